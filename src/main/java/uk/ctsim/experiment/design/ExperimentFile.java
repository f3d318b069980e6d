package uk.ctsim.experiment.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.ctsim.experiment.Metrics;
import uk.ctsim.scenario.Problem;
import uk.ctsim.scenario.RecordFiles;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioException;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.Suggest;

/**
 * Loads an experiment file and checks it against its base scenario: each parameter's path and its extreme values are
 * applied to the scenario as {@code --set} overrides would be, so an unknown path gets the scenario's own "did you
 * mean" and a value the scenario rejects gets its reason, both placed at the parameter's line; each output must be a
 * metric the scenario produces.
 */
public final class ExperimentFile {
  private ExperimentFile() {}

  /** @throws ScenarioException naming file, line and field for every mistake found */
  public static ExperimentPlan load(Path file) {
    RecordFiles.Loaded<ExperimentSpec> loaded = RecordFiles.load(file, ExperimentSpec.class);
    ExperimentSpec spec = loaded.value();
    RecordFiles.Locator at = loaded.locator();
    Path dir = file.toAbsolutePath().getParent();
    Path scenarioFile = dir.resolve(spec.scenario()).normalize();
    if (!java.nio.file.Files.isRegularFile(scenarioFile)) {
      throw new ScenarioException(at.at("scenario", "no such scenario file: " + scenarioFile + " (a path relative to the experiment file)"));
    }
    Scenario base = ScenarioLoader.load(scenarioFile, spec.set());
    List<Problem> problems = new ArrayList<>();
    List<Parameter> parameters = parameters(spec, scenarioFile, at, problems);
    checkOutputs(spec, base, at, problems);
    Design design = null;
    try {
      design = Designs.of(spec.design(), parameters);
    } catch (IllegalArgumentException e) {
      problems.add(at.at("design.type", e.getMessage()));
    }
    if (!problems.isEmpty()) throw new ScenarioException(problems);
    String name = spec.name() != null ? spec.name() : stem(file);
    long seed = spec.seed() != null ? spec.seed() : base.run().seed();
    int replications = spec.replications() != null ? spec.replications() : base.run().replications();
    return new ExperimentPlan(file, spec, name, scenarioFile, base, design, seed, replications, spec.outputs());
  }

  private static List<Parameter> parameters(ExperimentSpec spec, Path scenarioFile, RecordFiles.Locator at,
      List<Problem> problems) {
    List<Parameter> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < spec.parameters().size(); i++) {
      Parameter p = new Parameter(spec.parameters().get(i));
      String field = "parameters[" + i + "].path";
      if (!seen.add(p.path())) problems.add(at.at(field, "'" + p.path() + "' is already a parameter"));
      else checkAgainstScenario(p, spec.set(), scenarioFile, field, at, problems);
      out.add(p);
    }
    return out;
  }

  /** Applies the parameter's lowest and highest values (or each listed value) to the base scenario. */
  private static void checkAgainstScenario(Parameter p, List<String> set, Path scenarioFile, String field,
      RecordFiles.Locator at, List<Problem> problems) {
    List<String> texts = p.spec().values() != null ? p.spec().values() : List.of(p.text(0), p.text(1));
    rejection(scenarioFile, set, p.path(), texts).ifPresent(message -> problems.add(at.at(field, message)));
  }

  /**
   * Why the scenario rejects {@code path} set to one of {@code texts} (after {@code set}), or empty when it accepts
   * them all: an unknown path gets the scenario's "did you mean", a bad value its reason.
   */
  public static java.util.Optional<String> rejection(Path scenarioFile, List<String> set, String path, List<String> texts) {
    for (String text : new java.util.LinkedHashSet<>(texts)) {
      List<String> overrides = new ArrayList<>(set);
      overrides.add(path + "=" + text);
      try {
        ScenarioLoader.load(scenarioFile, overrides);
      } catch (ScenarioException e) {
        Problem first = e.problems().get(0);
        String where = first.field().startsWith("--set") ? "" : first.field() + ": ";
        return java.util.Optional.of("the scenario rejects " + path + "=" + text + ": " + where + first.message());
      }
    }
    return java.util.Optional.empty();
  }

  private static void checkOutputs(ExperimentSpec spec, Scenario base, RecordFiles.Locator at, List<Problem> problems) {
    Set<String> names = Metrics.names(base);
    for (int i = 0; i < spec.outputs().size(); i++) {
      String name = spec.outputs().get(i);
      if (!names.contains(name)) {
        String hint = Suggest.didYouMean(name, names);
        problems.add(at.at("outputs[" + i + "]", "unknown metric '" + name + "'" + (hint.isEmpty()
            ? "; metric names are listed in output/README.md (summary.csv)" : hint)));
      }
    }
  }

  /** The file name without its extension. */
  public static String stem(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
