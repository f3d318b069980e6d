package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.output.Fixtures;
import uk.ctsim.scenario.ScenarioWriter;

@Tag("slow") // writes and reads run folders: left out of the fast set (-Pfast)
class ReportCommandTest {
  @TempDir
  Path tmp;

  private CtsimCommandContext ctsim;
  private Path run;

  @BeforeEach
  void runOnce() throws IOException {
    Files.writeString(tmp.resolve("tiny.yaml"), "name: tiny\n");
    ctsim = new CtsimCommandContext(tmp, Fixtures.result());
    ctsim.exporter = ScenarioWriter::toJson;
    var outcome = ctsim.run("run", "tiny.yaml", "--output", "run1", "--quiet");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    run = tmp.resolve("run1");
  }

  @Test
  void reportMakesTheReportFilesAgainFromTheDataWithoutSimulating() throws IOException {
    int runsBefore = ctsim.runnerCalls.size();
    var outcome = ctsim.run("report", "run1", "--output", "again");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(ctsim.runnerCalls).hasSize(runsBefore);
    Path again = tmp.resolve("again");
    assertThat(again.resolve("report.html")).isRegularFile();
    assertThat(again.resolve("costs.xlsx")).isRegularFile();
    assertThat(again.resolve("charts/cost-by-category.png")).isRegularFile();
    assertThat(again.resolve("INCOMPLETE")).doesNotExist();
    // The same folder gives the same report text (charts are inlined, so this covers their pixels too).
    assertThat(ctsim.run("report", "run1", "--output", "again2").exitCode()).isZero();
    assertThat(Files.readString(tmp.resolve("again2/report.html"))).isEqualTo(Files.readString(again.resolve("report.html")));
    assertThat(Files.readString(again.resolve("report.html"))).contains("Tiny Test: London 2017");
  }

  @Test
  void reportIntoAFolderThatAlreadyHasThemRefusesAndSaysWhatToDo() {
    var outcome = ctsim.run("report", "run1");
    assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(outcome.err()).contains("refusing to overwrite").contains("--output DIR");
  }

  @Test
  void reportOnAFolderWithoutAManifestIsTheUsersMistake() throws IOException {
    Files.createDirectory(tmp.resolve("empty"));
    var outcome = ctsim.run("report", "empty");
    assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(outcome.err()).contains("empty").contains("no manifest.json");
  }
}
