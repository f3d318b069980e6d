package uk.ctsim.model;

import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.ForceId;

/** An incident to respond to; {@code scale} multiplies its response profile's staffing. */
record Incident(String id, String name, AttackType type, ForceId force, long minute, boolean fromPlot, double scale) {
  /** An incident at its type's full response. */
  Incident(String id, String name, AttackType type, ForceId force, long minute, boolean fromPlot) {
    this(id, name, type, force, minute, fromPlot, 1.0);
  }
}
