package uk.ctsim.experiment.calibration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.ctsim.experiment.design.ExperimentFile;
import uk.ctsim.scenario.Problem;
import uk.ctsim.scenario.RecordFiles;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioException;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.Suggest;

/** Loads a calibration (or calibration-check) file and checks its paths and metric names against its scenario. */
public final class CalibrationFile {
  private CalibrationFile() {}

  /** @throws ScenarioException naming file, line and field for every mistake found */
  public static CalibrationPlan load(Path file) {
    RecordFiles.Loaded<CalibrationSpec> loaded = RecordFiles.load(file, CalibrationSpec.class);
    CalibrationSpec spec = loaded.value();
    RecordFiles.Locator at = loaded.locator();
    Path scenarioFile = file.toAbsolutePath().getParent().resolve(spec.scenario()).normalize();
    if (!Files.isRegularFile(scenarioFile)) {
      throw new ScenarioException(at.at("scenario", "no such scenario file: " + scenarioFile + " (a path relative to this file)"));
    }
    Scenario base = ScenarioLoader.load(scenarioFile, spec.set());
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < spec.parameters().size(); i++) {
      FitParameter p = spec.parameters().get(i);
      String field = "parameters[" + i + "].path";
      String lo = Double.toString(p.min());
      String hi = Double.toString(p.max());
      ExperimentFile.rejection(scenarioFile, spec.set(), p.path(), p.integer()
          ? List.of(Long.toString(Math.round(p.min())), Long.toString(Math.round(p.max()))) : List.of(lo, hi))
          .ifPresent(message -> problems.add(at.at(field, message)));
    }
    Set<String> names = TargetMetrics.names(base);
    for (int i = 0; i < spec.targets().size(); i++) {
      String metric = spec.targets().get(i).metric();
      if (!names.contains(metric)) {
        String hint = Suggest.didYouMean(metric, names);
        problems.add(at.at("targets[" + i + "].metric", "unknown metric '" + metric + "'"
            + (hint.isEmpty() ? "; see docs/EXPERIMENTS.md for the names a target may use" : hint)));
      }
    }
    if (!problems.isEmpty()) throw new ScenarioException(problems);
    String name = spec.name() != null ? spec.name() : ExperimentFile.stem(file);
    long seed = spec.seed() != null ? spec.seed() : base.run().seed();
    int replications = spec.replications() != null ? spec.replications() : base.run().replications();
    return new CalibrationPlan(file, spec, name, scenarioFile, base, seed, replications);
  }
}
