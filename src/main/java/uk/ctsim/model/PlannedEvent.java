package uk.ctsim.model;

import uk.ctsim.scenario.EventSpec;

/**
 * An event on the model's calendar and the state of its policing plan. The event itself is its {@link EventSpec},
 * from the scenario's calendar or drawn by a generator; the plan is what the planner has booked so far.
 */
final class PlannedEvent {
  /** The revision of the plan before the first is made: the first plan is revision 0. */
  static final int NOT_PLANNED = -1;

  final EventSpec spec;
  /** The generator that drew the event, or null for an event of the scenario's calendar. */
  final String generatorId;
  /** Officers booked so far on each staffing row of the spec, per shift. */
  final int[] planned;
  int revision = NOT_PLANNED;
  /** The unarmed posture factor of the latest plan. */
  double plannedMultiplier;

  PlannedEvent(EventSpec spec, String generatorId) {
    this.spec = spec;
    this.generatorId = generatorId;
    this.planned = new int[spec.staffing().size()];
  }

  static PlannedEvent of(EventSpec e) {
    return new PlannedEvent(e, null);
  }

  String id() {
    return spec.id();
  }

  int plannedTotal() {
    int sum = 0;
    for (int p : planned) sum += p;
    return sum;
  }
}
