package uk.ctsim.experiment.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.util.function.Function;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.experiment.Metrics;
import uk.ctsim.experiment.Replication;
import uk.ctsim.experiment.design.ExperimentPlan;
import uk.ctsim.experiment.design.Point;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/** The simulation as a point model: the base scenario with the point's overrides, one replication, the kept outputs. */
public final class ScenarioPointModel implements PointModel {
  private final Path scenarioFile;
  private final Function<Point, List<String>> overrides;
  private final List<String> outputs;
  private final Function<ReplicationResult, Map<String, Double>> metrics;

  /**
   * @param overrides the {@code --set} overrides of a point (base overrides first)
   * @param metrics the named metrics of a replication, of which {@code outputs} are kept (a missing one counts as 0)
   */
  public ScenarioPointModel(Path scenarioFile, Function<Point, List<String>> overrides, List<String> outputs,
      Function<ReplicationResult, Map<String, Double>> metrics) {
    this.scenarioFile = scenarioFile;
    this.overrides = overrides;
    this.outputs = List.copyOf(outputs);
    this.metrics = metrics;
  }

  public ScenarioPointModel(ExperimentPlan plan) {
    this(plan.scenarioFile(), plan::overrides, plan.outputs(), Metrics::of);
  }

  @Override
  public PointRun at(Point point) {
    Scenario scenario = ScenarioLoader.load(scenarioFile, overrides.apply(point));
    return (replication, seed) -> {
      Map<String, Double> all = metrics.apply(Replication.run(scenario, replication, seed));
      Map<String, Double> kept = new LinkedHashMap<>();
      for (String name : outputs) kept.put(name, all.getOrDefault(name, 0.0));
      return kept;
    };
  }
}
