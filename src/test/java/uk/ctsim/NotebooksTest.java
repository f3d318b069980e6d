package uk.ctsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunInfo;
import uk.ctsim.output.RunOutputs;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ScenarioWriter;

/**
 * Executes every notebook in notebooks/ against fresh quickstart folders (a run, a levels comparison, a sweep), as a
 * researcher would, and checks that each executed notebook holds its charts as image outputs. Needs Jupyter
 * (Debian: jupyter-nbconvert, python3-pandas, python3-matplotlib, python3-ipykernel; .ci/run installs them). In CI
 * a missing Jupyter fails the test; elsewhere the test is skipped with a message saying what to install.
 */
@Tag("slow") // executes the notebooks with Jupyter: left out of the fast set (-Pfast)
class NotebooksTest {
  @TempDir
  static Path work;

  private static Path run;
  private static Path levels;
  private static Path sweep;

  /** Each notebook's expected text and the least number of charts (image outputs) it must hold once executed. */
  private static final java.util.Map<String, Object[]> EXPECT = java.util.Map.of(
      "run-overview.ipynb", new Object[] {"costs.csv and summary.json agree for every replication", 3},
      "02-threat-levels.ipynb", new Object[] {"athletics example shown for", 2},
      "03-sensitivity.ipynb", new Object[] {"sensitivity shown for 2 output(s)", 3});

  @BeforeAll
  static void makeARun() throws IOException {
    Scenario scenario = ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"));
    ExperimentResult result = Experiment.run(scenario, 2, 5L, 2, r -> { });
    run = work.resolve("run");
    RunFolder folder = RunFolder.createAt(run);
    RunOutputs.writeAll(folder, result, new RunInfo(BuildInfo.version(), null, BuildInfo.javaVersion(),
        Path.of("scenarios/quickstart.yaml").toAbsolutePath(), List.of(), ScenarioWriter.toJson(scenario), 2,
        java.time.OffsetDateTime.parse("2017-07-20T09:00:00Z"), java.time.OffsetDateTime.parse("2017-07-20T09:00:05Z")));
    levels = NotebookFolders.levels(work.resolve("levels"), scenario);
    sweep = NotebookFolders.sweep(work.resolve("sweep"), work.resolve("oat.yaml"));
  }

  private static boolean jupyterPresent() {
    try {
      return new ProcessBuilder("jupyter", "nbconvert", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void everyNotebookRunsToTheEndOnARealRun() throws Exception {
    if (!jupyterPresent()) {
      assertThat(System.getenv("CI")).as("Jupyter is missing in CI: .ci/run must install jupyter-nbconvert").isNull();
      Assumptions.abort("jupyter nbconvert not installed (apt-get install jupyter-nbconvert python3-pandas "
          + "python3-matplotlib python3-ipykernel); notebooks not executed");
    }
    List<Path> notebooks;
    try (Stream<Path> files = Files.list(Path.of("notebooks").toAbsolutePath())) {
      notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertThat(notebooks).isNotEmpty();
    for (Path notebook : notebooks) {
      ProcessBuilder pb = new ProcessBuilder("jupyter", "nbconvert", "--to", "notebook", "--execute",
          "--ExecutePreprocessor.timeout=300", "--output-dir", work.toString(), notebook.toString())
          .directory(Path.of("notebooks").toFile().getAbsoluteFile().getParentFile())
          .redirectErrorStream(true);
      pb.environment().put("CTSIM_RUN", run.toAbsolutePath().toString());
      pb.environment().put("CTSIM_LEVELS", levels.toAbsolutePath().toString());
      pb.environment().put("CTSIM_SWEEP", sweep.toAbsolutePath().toString());
      pb.environment().remove("MPLBACKEND"); // the notebooks draw inline; a forced Agg backend would drop the images
      Process p = pb.start();
      String log = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).as("%s failed:%n%s", notebook, log).isZero();
      String executed = Files.readString(work.resolve(notebook.getFileName()));
      Object[] expected = EXPECT.get(notebook.getFileName().toString());
      assertThat(expected).as("expectations for %s in NotebooksTest", notebook).isNotNull();
      assertThat(executed).contains((String) expected[0]);
      assertThat(images(executed)).as("image outputs in executed %s", notebook).isGreaterThanOrEqualTo((Integer) expected[1]);
    }
  }

  /** The number of PNG images among the outputs of an executed notebook. */
  static int images(String executedJson) throws IOException {
    int count = 0;
    for (var cell : new com.fasterxml.jackson.databind.ObjectMapper().readTree(executedJson).get("cells")) {
      var outputs = cell.get("outputs");
      if (outputs == null) continue;
      for (var output : outputs) {
        if (output.has("data") && output.get("data").has("image/png")) count++;
      }
    }
    return count;
  }
}
