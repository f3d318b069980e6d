package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.OutputFolderException;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunFolderReader;
import uk.ctsim.output.RunInfo;
import uk.ctsim.output.RunOutputs;
import uk.ctsim.scenario.Scenario;

/** Runs a scenario's replications with a progress bar and writes a complete run folder; shared by the commands. */
final class FolderRun {
  /** What a run produced: its results and their metrics. */
  record Done(ExperimentResult result, MetricTable table) {}

  private FolderRun() {}

  /**
   * Runs {@code asRun} (its run settings give seed and replications) and writes every file into {@code folder}.
   * The caller discards the folder if this throws.
   */
  static Done run(CliServices services, PrintWriter err, boolean showProgress, String task, RunFolder folder,
      Path file, List<String> sets, Scenario asRun, int threads, OffsetDateTime started) {
    int count = asRun.run().replications();
    ExperimentResult result;
    try (Progress progress = Progress.start(task, count, err, showProgress)) {
      result = services.runner().run(asRun, count, asRun.run().seed(), threads, progress);
    }
    MetricTable table = MetricTable.of(result);
    RunInfo info = new RunInfo(BuildInfo.version(), BuildInfo.gitCommit(services.workingDir()),
        BuildInfo.javaVersion(), file, sets, services.exporter().toJson(asRun), threads, started,
        OffsetDateTime.now(services.clock()));
    RunOutputs.writeAll(folder, result, table, info);
    // The data files are complete from here; a failure in the report files keeps them, so that
    // `ctsim report` can make the report again without simulating.
    ReportCommand.write(RunFolder.existing(folder.path()), result, RunFolderReader.manifest(folder.path()));
    return new Done(result, table);
  }

  /** The folder given with --output, else a new one named after {@code name} under {@code output/}. */
  static RunFolder open(CliServices services, Path output, String name, OffsetDateTime started) {
    try {
      return output != null ? RunFolder.createAt(services.resolve(output))
          : RunFolder.createUnder(services.workingDir().resolve("output"), name, started.toLocalDateTime());
    } catch (OutputFolderException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  /** A folder inside {@code parent}, for one level or one scenario of a comparison. */
  static RunFolder child(RunFolder parent, String name) {
    return RunFolder.createAt(parent.path().resolve(name));
  }
}
