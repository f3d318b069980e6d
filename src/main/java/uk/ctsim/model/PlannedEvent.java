package uk.ctsim.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.EventSpec;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.NonPayItem;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;

/** An event on the model's calendar (from the scenario or a generator) and the state of its policing plan. */
final class PlannedEvent {
  final String id;
  final String name;
  final EventType type;
  final ForceId force;
  final LocalDate start;
  final int days;
  final LocalTime dailyStart;
  final double dailyHours;
  final int priority;
  final LocalDate planningDate;
  final ThreatLevel referenceLevel;
  final List<StaffingRow> staffing;
  final List<NonPayItem> nonPay;
  final double recoveredShare;
  final String generatorId;
  final int[] planned;
  /** The revision of the plan before the first is made: the first plan is revision 0. */
  static final int NOT_PLANNED = -1;
  int revision = NOT_PLANNED;
  double plannedMultiplier;

  PlannedEvent(String id, String name, EventType type, ForceId force, LocalDate start, int days, LocalTime dailyStart,
      double dailyHours, int priority, LocalDate planningDate, ThreatLevel referenceLevel, List<StaffingRow> staffing,
      List<NonPayItem> nonPay, double recoveredShare, String generatorId) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.force = force;
    this.start = start;
    this.days = days;
    this.dailyStart = dailyStart;
    this.dailyHours = dailyHours;
    this.priority = priority;
    this.planningDate = planningDate;
    this.referenceLevel = referenceLevel;
    this.staffing = staffing;
    this.nonPay = nonPay;
    this.recoveredShare = recoveredShare;
    this.generatorId = generatorId;
    this.planned = new int[staffing.size()];
  }

  static PlannedEvent of(EventSpec e) {
    return new PlannedEvent(e.id(), e.name(), e.type(), e.force(), e.start(), e.days(), e.dailyStart(), e.dailyHours(),
        e.priority(), e.planningDate(), e.referenceLevel(), e.staffing(), e.nonPay(), e.recoveredShare(), null);
  }

  /** Armed, CTSFO and search rows scale with the armed posture multiplier. */
  static boolean armed(StaffingRow row) {
    return row.role() == Role.ARMED || row.role() == Role.CTSFO || row.accreditation() == Accreditation.AFO
        || row.accreditation() == Accreditation.ARV || row.accreditation() == Accreditation.CTSFO
        || row.accreditation() == Accreditation.SEARCH;
  }

  int plannedTotal() {
    int sum = 0;
    for (int p : planned) sum += p;
    return sum;
  }
}
