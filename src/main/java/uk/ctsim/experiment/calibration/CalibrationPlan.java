package uk.ctsim.experiment.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.design.Parameter;
import uk.ctsim.experiment.design.ParameterSpec;
import uk.ctsim.experiment.design.Point;
import uk.ctsim.experiment.design.RangeSpec;
import uk.ctsim.scenario.Scenario;

/** A checked calibration file, ready to run. */
public record CalibrationPlan(Path file, CalibrationSpec spec, String name, Path scenarioFile, Scenario base,
    long masterSeed, int replications) {

  /** The fitted parameters as design parameters over their bounds (unit value 0 is min, 1 is max). */
  public List<Parameter> parameters() {
    List<Parameter> out = new ArrayList<>();
    for (FitParameter p : spec.parameters()) {
      out.add(new Parameter(new ParameterSpec(p.path(), null, new RangeSpec(p.min(), p.max(), null), null, p.integer())));
    }
    return out;
  }

  /** The metric names the targets need, in target order without repeats. */
  public List<String> metrics() {
    return spec.targets().stream().map(Target::metric).distinct().toList();
  }

  /** The base overrides followed by the point's own. */
  public List<String> overrides(Point point) {
    List<String> out = new ArrayList<>(spec.set());
    out.addAll(point.overrides(parameters()));
    return out;
  }
}
