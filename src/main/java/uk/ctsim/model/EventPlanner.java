package uk.ctsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.PostureSpec;
import uk.ctsim.scenario.StaffingRow;

/**
 * Plans events: on the planning date, staffing at the posture known then; at the final-plan date, and at any rise
 * in posture inside the final-plan window, the extra officers for the higher posture, found at the notice then
 * left. Plans never shrink: officers already found stay on the plan.
 */
final class EventPlanner {
  private final PostureSpec posture;
  private final ThreatState threat;
  private final SimCalendar clock;
  private final Deployer deployer;
  private final Consumer<SimEvent> out;
  private final long maxShiftMinutes;
  private final long finalPlanMinutes;
  private final List<PlannedEvent> planned = new ArrayList<>();

  EventPlanner(PostureSpec posture, ThreatState threat, SimCalendar clock, Deployer deployer, Consumer<SimEvent> out,
      double maxShiftHours, int finalPlanDays) {
    this.posture = posture;
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
    return clock.minuteOf(e.start) + Minutes.ofTimeOfDay(e.dailyStart);
  }

  /** Makes or revises the plan at {@code now}. */
  void plan(PlannedEvent e, long now) {
    int revision = e.revision + 1;
    long noticeFrom = revision == 0 ? clock.minuteOf(e.planningDate) : now;
    double unarmed = factor(e, threat.multiplier(now, false, e.referenceLevel));
    double armed = factor(e, threat.multiplier(now, true, e.referenceLevel));
    int[] increments = new int[e.staffing.size()];
    boolean any = false;
    for (int i = 0; i < increments.length; i++) {
      StaffingRow row = e.staffing.get(i);
      int required = (int) Math.round(row.officers() * (PlannedEvent.armed(row) ? armed : unarmed));
      increments[i] = Math.max(0, required - e.planned[i]);
      any |= increments[i] > 0;
    }
    if (revision > 0 && !any) return;
    e.revision = revision;
    e.plannedMultiplier = unarmed;
    DemandRef ref = new DemandRef(DemandKind.EVENT, e.id, e.force, revision);
    for (int i = 0; i < increments.length; i++) {
      e.planned[i] += increments[i];
      if (increments[i] > 0) book(e, e.staffing.get(i), increments[i], ref, now, noticeFrom);
    }
    out.accept(new SimEvent.EventPlanned(now, e.id, revision, unarmed, e.plannedTotal(),
        Minutes.clearDays(noticeFrom, startMinute(e))));
  }

  private double factor(PlannedEvent e, double multiplier) {
    return 1 + (multiplier - 1) * posture.eventTypeFactor(e.type);
  }

  private void book(PlannedEvent e, StaffingRow row, int officers, DemandRef ref, long now, long noticeFrom) {
    long hours = Minutes.ofHours(e.dailyHours);
    int shifts = (int) Math.max(1, (hours + maxShiftMinutes - 1) / maxShiftMinutes);
    long length = hours / shifts;
    for (int day = 0; day < e.days; day++) {
      long dayStart = clock.minuteOf(e.start.plusDays(day)) + Minutes.ofTimeOfDay(e.dailyStart);
      for (int k = 0; k < shifts; k++) {
        long s = dayStart + k * length;
        if (s < now) continue;
        int notice = Minutes.clearDays(noticeFrom, s);
        DemandShift d = new DemandShift(ref, row.role(), row.accreditation(), officers, s, s + length, now, notice, false,
            false, noticeFrom);
        deployer.fill(d, threat.level(now), threat.criticalSince());
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
      long end = clock.minuteOf(e.start.plusDays(e.days));
      if (e.revision != PlannedEvent.NOT_PLANNED && now >= finalPlanMinute(e) && now < end) plan(e, now);
    }
  }
}
