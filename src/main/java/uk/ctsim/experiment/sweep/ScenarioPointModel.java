package uk.ctsim.experiment.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.experiment.Metrics;
import uk.ctsim.experiment.Replication;
import uk.ctsim.experiment.design.ExperimentPlan;
import uk.ctsim.experiment.design.Point;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/** The simulation as a point model: the base scenario with the point's overrides, one replication, the kept outputs. */
public final class ScenarioPointModel implements PointModel {
  private final ExperimentPlan plan;

  public ScenarioPointModel(ExperimentPlan plan) {
    this.plan = plan;
  }

  @Override
  public PointRun at(Point point) {
    Scenario scenario = ScenarioLoader.load(plan.scenarioFile(), plan.overrides(point));
    List<String> outputs = plan.outputs();
    return (replication, seed) -> {
      Map<String, Double> all = Metrics.of(Replication.run(scenario, replication, seed));
      Map<String, Double> kept = new LinkedHashMap<>();
      for (String name : outputs) kept.put(name, all.getOrDefault(name, 0.0));
      return kept;
    };
  }
}
