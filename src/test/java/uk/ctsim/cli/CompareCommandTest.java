package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.output.Fixtures;

/** {@code ctsim compare} on run folders written from hand-built results: the happy paths and every refusal. */
@Tag("slow") // runs the CLI end to end on scenarios: left out of the fast set (-Pfast)
class CompareCommandTest {
  @TempDir
  Path tmp;

  private CtsimCommandContext ctsim;

  @BeforeEach
  void setUp() throws IOException {
    ctsim = new CtsimCommandContext(tmp, Fixtures.result());
    Files.writeString(tmp.resolve("tiny.yaml"), "name: tiny\n");
  }

  /** A run folder of {@code result}, written by {@code ctsim run}. */
  private String runFolder(String name, ExperimentResult result) {
    ctsim.runner = (s, n, seed, t, done) -> result;
    var outcome = ctsim.run("run", "tiny.yaml", "--quiet", "--output", name);
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    return name;
  }

  /** The fixture's replications with other seeds (so the runs do not share random numbers) and another master seed. */
  private static ExperimentResult reseeded(long master, int count) {
    List<ReplicationResult> reps = Fixtures.result().replications();
    List<ReplicationResult> out = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      ReplicationResult r = reps.get(i % reps.size());
      out.add(new ReplicationResult(i + 1, master * 1000 + i, r.ledger(), r.daily(), r.events(), r.incidents(), r.kpis()));
    }
    return new ExperimentResult(Fixtures.scenario(), master, out);
  }

  @Test
  void runsThatShareSeedsAreComparedWithPairedIntervals() throws IOException {
    runFolder("a", Fixtures.result());
    runFolder("b", Fixtures.result());
    var outcome = ctsim.run("compare", "a", "b", "--output", "cmp");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("Differences from a with paired 95% intervals (runs share replication seeds")
        .contains("cost.total (£)").contains("(reference)");
    JsonNode json = new ObjectMapper().readTree(tmp.resolve("cmp/comparison.json").toFile());
    assertThat(json.get("method").asText()).isEqualTo("paired");
    assertThat(json.get("sources").get(1).get("folder").asText()).isEqualTo(tmp.resolve("b").toString());
    assertThat(json.get("runs").get(1).get("difference_from_reference").get("cost.total").get("mean").asDouble())
        .isZero();
    assertThat(Files.readString(tmp.resolve("cmp/comparison.csv"))).startsWith("run,metric,n,mean,")
        .contains("\nb,cost.total,2,");
  }

  @Test
  void runsWithDifferentSeedsGetWelchIntervalsAndMaySizeDifferently() {
    runFolder("a", Fixtures.result());
    runFolder("c", reseeded(7, 3));
    var outcome = ctsim.run("compare", "a", "c", "--output", "cmp");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("with welch 95% intervals (runs do not share seeds: independent samples)");
  }

  @Test
  void aScenarioFileArgumentIsRunIntoASubfolder() {
    runFolder("a", Fixtures.result());
    ctsim.runner = (s, n, seed, t, done) -> Fixtures.result();
    var outcome = ctsim.run("compare", "a", "tiny.yaml", "--output", "cmp", "--quiet");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(tmp.resolve("cmp/2-tiny-test-london-2017/metrics.csv")).exists();
    assertThat(tmp.resolve("cmp/comparison.csv")).exists();
  }

  @Test
  void aFolderThatIsNotARunIsRefused() throws IOException {
    runFolder("a", Fixtures.result());
    Files.createDirectories(tmp.resolve("photos"));
    var outcome = ctsim.run("compare", "a", "photos");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("photos is not a ctsim run folder: no manifest.json");
    assertThat(tmp.resolve("output")).doesNotExist();
  }

  @Test
  void aRunFolderWithoutMetricsSaysItMayBeFromAnOlderCtsim() throws IOException {
    runFolder("a", Fixtures.result());
    runFolder("old", Fixtures.result());
    Files.delete(tmp.resolve("old/metrics.csv"));
    var outcome = ctsim.run("compare", "a", "old");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("old is not a ctsim run folder: no metrics.csv (written by a ctsim older");
  }

  @Test
  void anUnfinishedRunIsRefused() throws IOException {
    runFolder("a", Fixtures.result());
    runFolder("b", Fixtures.result());
    Files.writeString(tmp.resolve("b/INCOMPLETE"), "x");
    var outcome = ctsim.run("compare", "a", "b");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("b is not a ctsim run folder: the run did not finish");
  }

  @Test
  void pairedRunsWithDifferentReplicationCountsAreRefused() {
    runFolder("a", Fixtures.result());
    runFolder("d", reseeded(42, 3));
    var outcome = ctsim.run("compare", "a", "d");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("(2 replications)").contains("(3 replications)")
        .contains("a paired comparison needs the same number of replications");
  }

  @Test
  void metricsThatDoNotLineUpAreRefused() throws IOException {
    runFolder("a", Fixtures.result());
    runFolder("b", Fixtures.result());
    Path metrics = tmp.resolve("b/metrics.csv");
    Files.writeString(metrics, Files.readString(metrics).replace(",kpi.attacks,", ",kpi.attackz,"));
    var outcome = ctsim.run("compare", "a", "b");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("metrics do not line up: kpi.attacks is missing from b");
  }

  @Test
  void aMissingArgumentIsRefusedAndOneRunIsNotEnough() {
    runFolder("a", Fixtures.result());
    var missing = ctsim.run("compare", "a", "nowhere");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere: no such file");
    var single = ctsim.run("compare", "a");
    assertThat(single.exitCode()).isEqualTo(2);
    assertThat(single.err()).contains("requires at least 2 values");
  }
}
