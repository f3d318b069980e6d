package uk.ctsim.experiment.design;

import java.nio.file.Path;
import java.util.List;
import uk.ctsim.scenario.Scenario;

/**
 * An experiment ready to run: the checked file, its base scenario (with the file's {@code set} applied), the design's
 * points, the seed and replication count, and the outputs to keep.
 */
public record ExperimentPlan(Path file, ExperimentSpec spec, String name, Path scenarioFile, Scenario base,
    Design design, long masterSeed, int replications, List<String> outputs) {
  public ExperimentPlan {
    outputs = List.copyOf(outputs);
  }

  /** The base overrides followed by the point's own. */
  public List<String> overrides(Point point) {
    List<String> out = new java.util.ArrayList<>(spec.set());
    out.addAll(point.overrides(design.parameters()));
    return out;
  }
}
