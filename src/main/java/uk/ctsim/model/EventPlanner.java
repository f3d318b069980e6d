package uk.ctsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.EventSpec;
import uk.ctsim.scenario.StaffingRow;

/**
 * Plans events: on the planning date, staffing at the posture known then; at the final-plan date, and at any rise
 * in posture inside the final-plan window, the extra officers for the higher posture, found at the notice then
 * left. Plans never shrink: officers already found stay on the plan.
 */
final class EventPlanner {
  private final Posture posture;
  private final ThreatState threat;
  private final SimCalendar clock;
  private final Deployer deployer;
  private final Consumer<SimEvent> out;
  private final long maxShiftMinutes;
  private final long finalPlanMinutes;
  private final List<PlannedEvent> planned = new ArrayList<>();

  EventPlanner(ThreatState threat, SimCalendar clock, Deployer deployer, Consumer<SimEvent> out,
      double maxShiftHours, int finalPlanDays) {
    this.posture = threat.posture();
    this.threat = threat;
    this.clock = clock;
    this.deployer = deployer;
    this.out = out;
    this.maxShiftMinutes = Minutes.ofHours(maxShiftHours);
    this.finalPlanMinutes = (long) finalPlanDays * Minutes.PER_DAY;
  }

  long finalPlanMinute(PlannedEvent e) {
    return startMinute(e) - finalPlanMinutes;
  }

  long startMinute(PlannedEvent e) {
    return clock.minuteOf(e.spec.start()) + Minutes.ofTimeOfDay(e.spec.dailyStart());
  }

  /** Makes or revises the plan at {@code now}. */
  void plan(PlannedEvent e, long now) {
    int revision = e.revision + 1;
    EventSpec spec = e.spec;
    long noticeFrom = revision == 0 ? clock.minuteOf(spec.planningDate()) : now;
    ThreatSnapshot snapshot = threat.snapshot(now);
    double unarmed = posture.eventFactor(spec.type(), posture.multiplier(snapshot, false, spec.referenceLevel()));
    double armed = posture.eventFactor(spec.type(), posture.multiplier(snapshot, true, spec.referenceLevel()));
    int[] increments = new int[spec.staffing().size()];
    boolean any = false;
    for (int i = 0; i < increments.length; i++) {
      StaffingRow row = spec.staffing().get(i);
      int required = (int) Math.round(row.officers() * (Posture.armed(row) ? armed : unarmed));
      increments[i] = Math.max(0, required - e.planned[i]);
      any |= increments[i] > 0;
    }
    if (revision > 0 && !any) return;
    e.revision = revision;
    e.plannedMultiplier = unarmed;
    DemandRef ref = new DemandRef(DemandKind.EVENT, spec.id(), spec.force(), revision);
    for (int i = 0; i < increments.length; i++) {
      e.planned[i] += increments[i];
      if (increments[i] > 0) book(spec, spec.staffing().get(i), increments[i], ref, snapshot, noticeFrom);
    }
    out.accept(new SimEvent.EventPlanned(now, spec.id(), revision, unarmed, e.plannedTotal(),
        Minutes.clearDays(noticeFrom, startMinute(e))));
  }

  private void book(EventSpec e, StaffingRow row, int officers, DemandRef ref, ThreatSnapshot threat,
      long noticeFrom) {
    long now = threat.minute();
    long hours = Minutes.ofHours(e.dailyHours());
    int shifts = (int) Math.max(1, (hours + maxShiftMinutes - 1) / maxShiftMinutes);
    long length = hours / shifts;
    for (int day = 0; day < e.days(); day++) {
      long dayStart = clock.minuteOf(e.start()) + Minutes.startOfDay(day) + Minutes.ofTimeOfDay(e.dailyStart());
      for (int k = 0; k < shifts; k++) {
        long s = dayStart + k * length;
        if (s < now) continue;
        int notice = Minutes.clearDays(noticeFrom, s);
        DemandShift d = new DemandShift(ref, row.role(), row.accreditation(), officers, s, s + length, now, notice, false,
            false, noticeFrom);
        deployer.fill(d, threat);
      }
    }
  }

  void add(PlannedEvent e) {
    planned.add(e);
  }

  List<PlannedEvent> events() {
    return planned;
  }

  /** After a rise in posture: re-plan every planned event inside its final-plan window that has not ended. */
  void postureRose(long now) {
    for (PlannedEvent e : planned) {
      long end = clock.minuteOf(e.spec.start()) + Minutes.startOfDay(e.spec.days());
      if (e.revision != PlannedEvent.NOT_PLANNED && now >= finalPlanMinute(e) && now < end) plan(e, now);
    }
  }
}
