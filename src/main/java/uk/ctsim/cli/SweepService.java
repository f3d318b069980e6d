package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import uk.ctsim.experiment.design.ExperimentFile;
import uk.ctsim.experiment.design.ExperimentPlan;
import uk.ctsim.experiment.sweep.PointResult;
import uk.ctsim.experiment.sweep.ScenarioPointModel;
import uk.ctsim.experiment.sweep.Sweep;
import uk.ctsim.output.OutputFolderException;
import uk.ctsim.output.SweepFolder;
import uk.ctsim.output.SweepOutputs;
import uk.ctsim.output.SweepTables;

/**
 * {@code ctsim sweep}: loads the experiment file, opens (or resumes) its folder, runs the missing points and writes
 * the sweep's tables, charts and report.
 */
final class SweepService {
  /**
   * What {@code ctsim sweep} was asked.
   *
   * @param output the sweep folder; null for {@code output/<experiment name>}
   * @param threads worker threads; null for the available processors
   */
  record Request(Path experimentFile, Path output, Integer threads, boolean showProgress) {}

  /** What a sweep produced: its plan, every point's result, how many points ran now, and its folder. */
  record Swept(ExperimentPlan plan, List<PointResult> results, int ran, Path folder) {}

  private SweepService() {}

  static Swept run(CliServices services, PrintWriter err, Request request) {
    Path file = ScenarioFiles.existing(services, request.experimentFile());
    Integer threads = request.threads();
    if (threads != null && threads < 1) throw new UserInputException("--threads " + threads + ": must be at least 1");
    ExperimentPlan plan = ExperimentFile.load(file);
    Path dir = request.output() != null ? services.resolve(request.output())
        : services.workingDir().resolve("output").resolve(plan.name());
    SweepFolder folder;
    try {
      folder = SweepFolder.open(dir, SweepTables.experimentJson(plan, services.exporter().toJson(plan.base())));
    } catch (OutputFolderException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    Sweep.Settings settings = new Sweep.Settings(plan.outputs(), plan.replications(), plan.masterSeed(),
        threads != null ? threads : Runtime.getRuntime().availableProcessors());
    int missing = Sweep.missing(plan.design().points(), folder).size();
    List<PointResult> results;
    try (Progress progress = Progress.start(plan.name(), missing * plan.replications(), err, request.showProgress())) {
      results = Sweep.run(plan.design().points(), new ScenarioPointModel(plan), settings, folder, progress);
    }
    SweepOutputs.write(folder, plan, results);
    return new Swept(plan, results, missing, folder.path());
  }
}
