package uk.ctsim.experiment.sweep;

import java.util.Map;
import uk.ctsim.experiment.design.Point;

/**
 * What a sweep evaluates: the simulation of a scenario with the point's overrides, or in tests a cheap function of
 * the point's values through the same code path.
 */
@FunctionalInterface
public interface PointModel {
  /** Prepares a point (for a scenario, loads it with the point's overrides) once for all its replications. */
  PointRun at(Point point);

  /** A prepared point. */
  @FunctionalInterface
  interface PointRun {
    /** The named outputs of replication {@code replication}, run with {@code seed}; a pure function of both. */
    Map<String, Double> replicate(int replication, long seed);
  }
}
