package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.output.OutputChoice;
import uk.ctsim.output.OutputFolderException;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunInfo;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ThreatLevel;

/** Runs a scenario's replications with a progress bar and writes a complete run folder; shared by the commands. */
final class FolderRun {
  /** The marker a folder gets when its data are complete and its report files could not be made. */
  static final String REPORTS_FAILED = "REPORTS-FAILED.txt";

  /**
   * What a run produced: its results (null when it wrote data files only and kept no results) and their metrics, where
   * its folder is, and why its report files could not be made (null when they were).
   */
  record Done(Scenario asRun, ExperimentResult result, MetricTable table, RunInfo info, Path folder,
      Throwable reportFailure) {}

  /**
   * One scenario to run into one folder.
   *
   * @param task the progress bar's label
   * @param asRun the scenario as run; its run settings give seed and replications
   * @param scenarioFile the file it was loaded from, for the manifest
   * @param overrides the {@code --set} overrides applied, for the manifest
   */
  record Job(String task, Scenario asRun, Path scenarioFile, List<String> overrides, int threads, boolean showProgress) {
    Job {
      overrides = List.copyOf(overrides);
    }
  }

  private FolderRun() {}

  /**
   * Runs the job's scenario, writes the data files into {@code folder}, then
   * the report files, then commits the folder. A failure in the report files never loses the data: the data are
   * committed with a {@value #REPORTS_FAILED} marker and the failure is returned in {@link Done#reportFailure()}.
   * The caller discards the folder if this throws.
   */
  static Done run(CliServices services, PrintWriter err, Job job, RunFolder folder, OffsetDateTime started) {
    return StreamedRun.run(services, err, job, folder, started, RunPlan.whole(job.asRun()));
  }

  /**
   * Writes the report files into a folder whose data files are written; on failure removes the report files it
   * wrote, writes the {@value #REPORTS_FAILED} marker and returns the failure (the caller notes it in the manifest).
   *
   * @param info how the run was made, for the report and workbook
   */
  static Throwable reports(CliServices services, RunFolder folder, ExperimentResult result,
      Map<ThreatLevel, ExperimentResult> levels, RunInfo info) {
    return reports(services, folder, result, levels, info, OutputChoice.EVERYTHING);
  }

  /** As {@link #reports(CliServices, RunFolder, ExperimentResult, Map, RunInfo)}, only the files {@code choice} asks for. */
  static Throwable reports(CliServices services, RunFolder folder, ExperimentResult result,
      Map<ThreatLevel, ExperimentResult> levels, RunInfo info, OutputChoice choice) {
    int mark = folder.mark();
    try {
      services.reports().write(folder, result, levels, info, choice);
      return null;
    } catch (RuntimeException | Error e) {
      folder.discardSince(mark, e);
      folder.write(REPORTS_FAILED, out -> out.write("The data files of this run are complete (manifest.json lists "
          + "and verifies them), but making the charts, report.html and costs.xlsx failed:\n" + e
          + "\nMake them again without simulating: ctsim report <this folder>\n"));
      return e;
    }
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
}
