package uk.ctsim.model;

import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.ForceId;

/**
 * An incident to respond to; {@code scale} multiplies its response profile's staffing. {@code latitude} and {@code
 * longitude} are where it happened, or NaN when not known (first response is then the lead force's usual responders).
 */
record Incident(String id, String name, AttackType type, ForceId force, long minute, boolean fromPlot, double scale,
    double latitude, double longitude) {
  /** An incident without a location. */
  Incident(String id, String name, AttackType type, ForceId force, long minute, boolean fromPlot, double scale) {
    this(id, name, type, force, minute, fromPlot, scale, Double.NaN, Double.NaN);
  }

  /** An incident at its type's full response. */
  Incident(String id, String name, AttackType type, ForceId force, long minute, boolean fromPlot) {
    this(id, name, type, force, minute, fromPlot, 1.0);
  }

  boolean located() {
    return !Double.isNaN(latitude);
  }
}
