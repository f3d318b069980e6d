package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.output.Fixtures;
import uk.ctsim.scenario.ScenarioException;

@Tag("slow") // runs the CLI end to end: left out of the fast set (-Pfast)
class CliTest {
  @TempDir
  Path tmp;

  private CtsimCommandContext ctsim;

  @BeforeEach
  void setUp() throws IOException {
    ctsim = new CtsimCommandContext(tmp, Fixtures.result());
    Files.writeString(tmp.resolve("tiny.yaml"), "name: tiny\n");
  }

  private List<String> names(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void runWritesANewFolderUnderOutputAndPrintsTheSummary() throws IOException {
    var outcome = ctsim.run("run", "tiny.yaml", "--seed", "7", "--replications", "2", "--threads", "3");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    Path folder = tmp.resolve("output/tiny-test-london-2017-20170720-090000");
    assertThat(names(folder)).containsExactly("charts", "costs.csv", "costs.xlsx", "daily.csv", "events.csv",
        "incident_days.csv", "incidents.csv", "manifest.json", "metrics.csv", "mutual_aid.csv", "overtime_histogram.csv",
        "report.html",
        "summary.csv", "summary.json");
    assertThat(outcome.out()).contains("Scenario:      Tiny Test: London 2017").contains(folder.toString());
    assertThat(outcome.err()).as("no progress bar when stderr is not a terminal").isEmpty();
    assertThat(ctsim.runnerCalls).containsExactly("2 replications, seed 7, 3 threads");
    assertThat(Files.readString(folder.resolve("manifest.json"))).contains("\"scenario_file\" : \"" + tmp.resolve("tiny.yaml"));
  }

  @Test
  void benchPrintsTimesAllocationGarbageCollectionAndPeakHeap() {
    var outcome = ctsim.run("bench", "tiny.yaml", "--warmup", "0", "--replications", "2");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("replications        2 timed after 0 warm-up, one thread")
        .containsPattern("seconds/replication mean \\d+\\.\\d{3}, min \\d+\\.\\d{3}, max \\d+\\.\\d{3}")
        .containsPattern("gc s/replication    mean \\d+\\.\\d{3} \\(\\d+ collections")
        .containsPattern("peak heap           \\d+ MB");
    // A replication of the tiny scenario builds its officers and records their deployments: never nothing (about
    // 0.3 MB once the classes are loaded, more in a fresh JVM).
    var allocated = Pattern.compile("allocated MB/rep    mean (\\d+\\.\\d)").matcher(outcome.out());
    assertThat(allocated.find()).as(outcome.out()).isTrue();
    assertThat(Double.parseDouble(allocated.group(1))).isPositive();
  }

  @Test
  void benchMayLeaveOutTheCostingOrTheCollectorsAndSaysSo() {
    var outcome = ctsim.run("bench", "tiny.yaml", "--warmup", "0", "--replications", "1", "--leave-out",
        "COSTING,COLLECTORS");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("left out            [COSTING, COLLECTORS] (results incomplete)")
        .contains("seconds/replication mean");
    var wrong = ctsim.run("bench", "tiny.yaml", "--leave-out", "COSTS");
    assertThat(wrong.exitCode()).isNotZero();
    assertThat(wrong.err()).contains("--leave-out").contains("COSTING, COLLECTORS").doesNotContain("Exception");
  }

  @Test
  void schemaPrintsTheScenarioSchemaWithItsId() {
    var outcome = ctsim.run("schema");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).startsWith("{").contains("\"$id\"").contains("\"$schema\"").contains("\"period\"");
  }

  @Test
  void onATerminalAProgressBarShowsReplicationsDoneRateAndTimeLeft() {
    ctsim.terminal = true;
    var outcome = ctsim.run("run", "tiny.yaml", "--replications", "2", "--output", "bar");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.err()).contains("Tiny Test: London 2017").contains("100%").contains("2/2 rep")
        .contains("rep/s").endsWith("\n");
  }

  @Test
  void quietSilencesTheProgressBarEvenOnATerminal() {
    ctsim.terminal = true;
    var outcome = ctsim.run("run", "tiny.yaml", "--quiet", "--output", "q");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void quietPrintsOnlyTheFolder() {
    var outcome = ctsim.run("run", "tiny.yaml", "--quiet", "--output", "mine");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).isEqualTo(tmp.resolve("mine") + "\n");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void missingScenarioFileIsBadInputNamingTheFile() {
    var outcome = ctsim.run("run", "nowhere.yaml");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("nowhere.yaml: no such file");
    assertThat(ctsim.runnerCalls).isEmpty();
  }

  @Test
  void unknownOptionPrintsUsageAndExits2() {
    var outcome = ctsim.run("run", "tiny.yaml", "--colour", "blue");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("Unknown option").contains("Usage: ctsim run");
  }

  @Test
  void existingNonEmptyOutputFolderIsRefusedBeforeRunningAndNothingIsWritten() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("previous"));
    Files.writeString(dir.resolve("costs.csv"), "old");
    var outcome = ctsim.run("run", "tiny.yaml", "--output", "previous");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("previous").contains("not empty");
    assertThat(names(dir)).containsExactly("costs.csv");
    assertThat(tmp.resolve("output")).doesNotExist();
    assertThat(ctsim.runnerCalls).isEmpty();
  }

  @Test
  void malformedSetIsBadInput() {
    var outcome = ctsim.run("run", "tiny.yaml", "--set", "replications");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("--set 'replications': expected path=value");
  }

  @Test
  void scenarioErrorsAreShownAsTheLoaderWroteThem() {
    ctsim.loader = (file, overrides) -> {
      throw new ScenarioException(new uk.ctsim.scenario.Problem(java.nio.file.Path.of("tiny.yaml"), 3, 5, "period.end",
          "2016-01-01 is before start 2017-01-01"));
    };
    var outcome = ctsim.run("run", "tiny.yaml");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).isEqualTo("tiny.yaml:3:5: period.end: 2016-01-01 is before start 2017-01-01\n");
  }

  @Test
  void aBugIsAnInternalErrorWithTheStackTraceOnlyWhenVerbose() {
    ctsim.runner = (s, n, seed, t, done) -> {
      throw new IllegalStateException("boom");
    };
    var quiet = ctsim.run("run", "tiny.yaml");
    assertThat(quiet.exitCode()).isEqualTo(1);
    assertThat(quiet.err()).contains("internal error: java.lang.IllegalStateException: boom").doesNotContain("\tat ");
    var verbose = ctsim.run("--verbose", "run", "tiny.yaml");
    assertThat(verbose.exitCode()).isEqualTo(1);
    assertThat(verbose.err()).contains("\tat ");
    var verboseAfter = ctsim.run("run", "tiny.yaml", "--verbose");
    assertThat(verboseAfter.err()).contains("\tat ");
  }

  @Test
  void aFailedRunRemovesItsFolder() {
    ctsim.runner = (s, n, seed, t, done) -> {
      throw new IllegalStateException("boom");
    };
    ctsim.run("run", "tiny.yaml", "--output", "failed");
    assertThat(tmp.resolve("failed")).doesNotExist();
  }

  @Test
  void runsNeverOverwriteEachOther() throws IOException {
    assertThat(ctsim.run("run", "tiny.yaml", "--quiet").exitCode()).isZero();
    assertThat(ctsim.run("run", "tiny.yaml", "--quiet").exitCode()).isZero();
    assertThat(names(tmp.resolve("output")))
        .containsExactly("tiny-test-london-2017-20170720-090000", "tiny-test-london-2017-20170720-090000-2");
  }

  @Test
  void validateReportsEachFileAndExits2IfAnyIsInvalid() {
    var ok = ctsim.run("validate", "tiny.yaml");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).isEqualTo("tiny.yaml: ok (120 officers, 0 events, 2017-06-01 to 2017-06-02)\n");
    var mixed = ctsim.run("validate", "tiny.yaml", "missing.yaml");
    assertThat(mixed.exitCode()).isEqualTo(2);
    assertThat(mixed.out()).contains("tiny.yaml: ok");
    assertThat(mixed.err()).contains("missing.yaml: no such file");
  }

  @Test
  void noSubcommandPrintsUsageAndExits2() {
    var outcome = ctsim.run();
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("Usage: ctsim").contains("run").contains("validate");
  }
}
