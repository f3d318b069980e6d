package uk.ctsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.experiment.calibration.CalibrationFile;
import uk.ctsim.experiment.calibration.CalibrationPlan;
import uk.ctsim.experiment.calibration.Calibrator;
import uk.ctsim.experiment.calibration.FitParameter;
import uk.ctsim.experiment.calibration.TargetMetrics;
import uk.ctsim.experiment.sweep.ScenarioPointModel;
import uk.ctsim.output.CalibrationFiles;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.ManifestJson;
import uk.ctsim.output.RunFolder;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ScenarioWriter;

/**
 * {@code ctsim calibrate FILE}: fits the file's parameters to its targets (Nelder-Mead or CMA-ES from Commons Math, on
 * common random numbers) and writes the fitted values, the fit at each target and the optimiser's path; with
 * {@code --write-scenario} also the scenario with the fitted values.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Fit scenario parameters to target figures with a derivative-free optimiser.")
final class CalibrateCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CALIBRATION", description = "Calibration file (YAML or JSON).")
  Path calibrationFile;

  @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: a new folder under output/).")
  Path output;

  @Option(names = "--write-scenario", paramLabel = "FILE",
      description = "Also write the scenario as run with the fitted values (YAML) to FILE, which must not exist.")
  Path writeScenario;

  @Option(names = "--quiet", description = "Print only the output folder's path.")
  boolean quiet;

  CalibrateCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    Path file = ScenarioFiles.existing(services, calibrationFile);
    CalibrationPlan plan = CalibrationFile.load(file);
    if (plan.spec().parameters().isEmpty()) {
      throw new UserInputException(calibrationFile + ": no parameters to fit; use check-calibration to check targets");
    }
    Path scenarioOut = writeScenario == null ? null : services.resolve(writeScenario);
    if (scenarioOut != null && Files.exists(scenarioOut)) throw new UserInputException(writeScenario + ": exists; choose a new file");
    double[] start = plan.spec().parameters().stream().mapToDouble(FitParameter::startUnit).toArray();
    Calibrator.Problem problem = new Calibrator.Problem(plan.parameters(), start, plan.spec().targets(),
        plan.replications(), plan.masterSeed(), plan.spec().method(), plan.spec().maxEvaluations());
    Calibrator.Fit fit = Calibrator.fit(problem,
        new ScenarioPointModel(plan.scenarioFile(), plan::overrides, plan.metrics(), TargetMetrics::of));
    RunFolder folder = FolderRun.open(services, output, plan.name() + "-calibration", OffsetDateTime.now(services.clock()));
    try {
      folder.write(CalibrationFiles.FITTED, out -> CalibrationFiles.writeFitted(plan, fit, out));
      folder.write(CalibrationFiles.FIT, out -> CalibrationFiles.writeFit(fit.targets(), out));
      folder.write(CalibrationFiles.PATH, out -> CalibrationFiles.writePath(plan, fit, out));
      folder.write(CalibrationFiles.JSON, out -> CalibrationFiles.writeJson(plan, fit, out));
    } catch (RuntimeException | Error e) {
      folder.discard(e);
      throw e;
    }
    Path where = folder.commit(ManifestJson.ofFolder("calibration", BuildInfo.version()));
    if (scenarioOut != null) writeScenario(plan, fit, scenarioOut);
    print(plan, fit, where);
    return ExitCodes.OK;
  }

  private void writeScenario(CalibrationPlan plan, Calibrator.Fit fit, Path target) {
    List<String> overrides = plan.overrides(fit.best().point());
    String yaml = "# " + plan.base().name() + " with the values fitted by ctsim calibrate " + plan.file().getFileName()
        + ":\n# " + String.join("\n# ", overrides) + "\n" + ScenarioWriter.toYaml(ScenarioLoader.load(plan.scenarioFile(), overrides));
    try {
      Files.writeString(target, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private void print(CalibrationPlan plan, Calibrator.Fit fit, Path folder) {
    PrintWriter out = spec.commandLine().getOut();
    if (quiet) {
      out.println(folder);
    } else {
      out.printf(Locale.ROOT, "%s: %d evaluations of %d replications (%s)%s; best loss %.6g at evaluation %d%n",
          plan.name(), fit.path().size(), plan.replications(), plan.spec().method(),
          fit.stoppedAtBudget() ? ", stopped at maxEvaluations" : "", fit.best().loss(), fit.best().index());
      for (int i = 0; i < plan.parameters().size(); i++) {
        out.println("  " + plan.parameters().get(i).path() + " = " + fit.best().point().texts().get(i));
      }
      out.print(CalibrationRows.render(fit.targets()));
      out.println("Output: " + folder);
    }
    out.flush();
  }
}
