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
 * Executes every notebook in notebooks/ against a fresh quickstart run, as a researcher would. Needs Jupyter
 * (Debian: jupyter-nbconvert, python3-pandas, python3-matplotlib, python3-ipykernel; .ci/run installs them). In CI
 * a missing Jupyter fails the test; elsewhere the test is skipped with a message saying what to install.
 */
@Tag("slow") // executes the notebooks with Jupyter: left out of the fast set (-Pfast)
class NotebooksTest {
  @TempDir
  static Path work;

  private static Path run;

  @BeforeAll
  static void makeARun() throws IOException {
    Scenario scenario = ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"));
    ExperimentResult result = Experiment.run(scenario, 2, 5L, 2, r -> { });
    run = work.resolve("run");
    RunFolder folder = RunFolder.createAt(run);
    RunOutputs.writeAll(folder, result, new RunInfo(BuildInfo.version(), null, BuildInfo.javaVersion(),
        Path.of("scenarios/quickstart.yaml").toAbsolutePath(), List.of(), ScenarioWriter.toJson(scenario), 2,
        java.time.OffsetDateTime.parse("2017-07-20T09:00:00Z"), java.time.OffsetDateTime.parse("2017-07-20T09:00:05Z")));
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
    try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
      notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertThat(notebooks).isNotEmpty();
    for (Path notebook : notebooks) {
      ProcessBuilder pb = new ProcessBuilder("jupyter", "nbconvert", "--to", "notebook", "--execute",
          "--ExecutePreprocessor.timeout=300", "--output-dir", work.toString(), notebook.toString())
          .directory(Path.of("notebooks").toFile().getAbsoluteFile().getParentFile())
          .redirectErrorStream(true);
      pb.environment().put("CTSIM_RUN", run.toAbsolutePath().toString());
      pb.environment().put("MPLBACKEND", "Agg");
      Process p = pb.start();
      String log = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).as("%s failed:%n%s", notebook, log).isZero();
      String executed = Files.readString(work.resolve(notebook.getFileName()));
      assertThat(executed).contains("costs.csv and summary.json agree for every replication");
    }
  }
}
