package uk.ctsim.model;

import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.PostureSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Citywide posture: armed static guards at protected sites (three 8-hour shifts round the clock) and visible
 * patrols at crowded places (one shift a day), above what the posture reference level holds on ordinary duty.
 * Each day's shifts are booked at 00:00; a rise in posture during the day tops up the shifts still to start.
 */
final class PostureDemands {
  private static final int[] GUARD_SHIFT_STARTS = {7 * 60, 15 * 60, 23 * 60};
  private static final int GUARD_SHIFT_MINUTES = 8 * 60;
  private static final String REFERENCE = "posture";

  private final PostureSpec spec;
  private final ThreatState threat;
  private final Deployer deployer;
  private final int rerosterNoticeDays;
  private final int[] guardsBooked = new int[GUARD_SHIFT_STARTS.length];
  private int patrolsBooked;
  private int bookedDay = -1;

  PostureDemands(PostureSpec spec, ThreatState threat, Deployer deployer, int rerosterNoticeDays) {
    this.spec = spec;
    this.threat = threat;
    this.deployer = deployer;
    this.rerosterNoticeDays = rerosterNoticeDays;
  }

  int extraGuards(long minute) {
    ThreatLevel level = threat.level(minute);
    double wanted = spec.protectedSiteGuards().get(level) * (1 + threat.uplift(minute));
    return Math.max(0, (int) Math.round(wanted) - spec.protectedSiteGuards().get(spec.referenceLevel()));
  }

  int extraPatrols(long minute) {
    ThreatLevel level = threat.level(minute);
    double wanted = spec.visiblePatrols().get(level) * (1 + threat.uplift(minute));
    return Math.max(0, (int) Math.round(wanted) - spec.visiblePatrols().get(spec.referenceLevel()));
  }

  /** Books (or tops up) the day's posture shifts that start at or after {@code now}. */
  void book(int day, long now) {
    if (day != bookedDay) {
      bookedDay = day;
      java.util.Arrays.fill(guardsBooked, 0);
      patrolsBooked = 0;
    }
    long dayStart = (long) day * SimClock.MINUTES_PER_DAY;
    int guards = extraGuards(now);
    for (int k = 0; k < GUARD_SHIFT_STARTS.length; k++) {
      long s = dayStart + GUARD_SHIFT_STARTS[k];
      if (s < now || guards <= guardsBooked[k]) continue;
      DemandRef ref = new DemandRef(DemandKind.PROTECTED_SITES, REFERENCE, ForceId.MET, 0);
      fill(ref, Role.ARMED, Accreditation.AFO, guards - guardsBooked[k], s, s + GUARD_SHIFT_MINUTES, now);
      guardsBooked[k] = guards;
    }
    int patrols = extraPatrols(now);
    long s = dayStart + spec.patrolStart().toSecondOfDay() / 60;
    if (s >= now && patrols > patrolsBooked) {
      DemandRef ref = new DemandRef(DemandKind.VISIBLE_PATROL, REFERENCE, ForceId.MET, 0);
      fill(ref, Role.NEIGHBOURHOOD, null, patrols - patrolsBooked, s, s + Math.round(spec.patrolHours() * 60), now);
      patrolsBooked = patrols;
    }
  }

  private void fill(DemandRef ref, Role role, Accreditation acc, int officers, long start, long end, long now) {
    // A standing posture is rostered in: notice runs from when posture last rose, not from today.
    long since = Math.min(now, threat.postureRaisedAt());
    int notice = (int) Math.min(rerosterNoticeDays * 10L, SimClock.clearDays(since, start));
    deployer.fill(new DemandShift(ref, role, acc, officers, start, end, now, notice, false, false, since),
        threat.level(now), threat.criticalSince());
  }
}
