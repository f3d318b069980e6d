package uk.ctsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.calibration.CalibrationFile;
import uk.ctsim.experiment.calibration.CalibrationPlan;
import uk.ctsim.experiment.calibration.Calibrator;
import uk.ctsim.experiment.calibration.TargetMetrics;
import uk.ctsim.experiment.sweep.PointResult;
import uk.ctsim.output.CalibrationReport;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/**
 * {@code ctsim check-calibration FILE}: runs the file's scenario as it is (its parameters, if any, are not fitted) and
 * checks each target's model mean against its acceptable range; exit 3 when a target fails. {@code --markdown} writes
 * the result as docs/CALIBRATION.md is written.
 */
@Command(name = "check-calibration", mixinStandardHelpOptions = true,
    description = "Check a scenario against target figures (exit 3 when a target fails).")
final class CheckCalibrationCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TARGETS", description = "Calibration file with the targets (YAML or JSON).")
  Path targetsFile;

  @Option(names = "--replications", paramLabel = "N", description = "Replications (default: the file's).")
  Integer replications;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors).")
  Integer threads;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Write the result as Markdown to FILE (replaced).")
  Path markdown;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  CheckCalibrationCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    Path file = ScenarioFiles.existing(services, targetsFile);
    if (replications != null && replications < 1) throw new UserInputException("--replications " + replications + ": must be at least 1");
    if (threads != null && threads < 1) throw new UserInputException("--threads " + threads + ": must be at least 1");
    CalibrationPlan loaded = CalibrationFile.load(file);
    CalibrationPlan plan = new CalibrationPlan(loaded.file(), loaded.spec(), loaded.name(), loaded.scenarioFile(),
        loaded.base(), loaded.masterSeed(), replications != null ? replications : loaded.replications());
    List<Calibrator.TargetFit> fits = check(plan);
    PrintWriter out = spec.commandLine().getOut();
    out.print(CalibrationRows.render(fits));
    if (markdown != null) {
      String command = "ctsim check-calibration " + targetsFile + (replications != null ? " --replications " + replications : "");
      try {
        Files.writeString(services.resolve(markdown), CalibrationReport.markdown(plan, fits, command), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + markdown, e);
      }
      out.println("Written: " + markdown);
    }
    out.flush();
    return fits.stream().allMatch(Calibrator.TargetFit::accepted) ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }

  private List<Calibrator.TargetFit> check(CalibrationPlan plan) {
    Scenario scenario = ScenarioLoader.load(plan.scenarioFile(), plan.spec().set());
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    boolean show = !quiet && services.terminal().getAsBoolean();
    ExperimentResult result;
    try (Progress progress = Progress.start(plan.name(), plan.replications(), spec.commandLine().getErr(), show)) {
      result = services.runner().run(scenario, plan.replications(), plan.masterSeed(), t, progress);
    }
    List<String> metrics = plan.metrics();
    double[][] values = new double[result.replications().size()][metrics.size()];
    for (int r = 0; r < values.length; r++) {
      Map<String, Double> m = TargetMetrics.of(result.replications().get(r));
      for (int i = 0; i < metrics.size(); i++) values[r][i] = m.getOrDefault(metrics.get(i), 0.0);
    }
    return Calibrator.targetFits(plan.spec().targets(), new PointResult(0, metrics, values));
  }
}
