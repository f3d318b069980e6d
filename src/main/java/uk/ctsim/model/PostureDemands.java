package uk.ctsim.model;

import java.util.EnumMap;
import java.util.Map;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.PostureSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffFunction;

/**
 * Citywide posture: armed static guards at protected sites (three 8-hour shifts round the clock) and visible
 * patrols at crowded places (one shift a day), above what the posture reference level holds on ordinary duty.
 * Each day's shifts are booked at 00:00; a rise in posture during the day tops up the shifts still to start.
 *
 * <p>Officers above what the day's threat level alone asks (the decaying uplift of past attacks) are attributed to
 * the attack that caused the uplift: their demand's reference is that incident's id instead of "posture", so their
 * cost lines name it. A top-up goes to the attack first, up to its share of the day's extra officers.
 */
final class PostureDemands {
  private static final int[] GUARD_SHIFT_STARTS = {7 * Minutes.PER_HOUR, 15 * Minutes.PER_HOUR, 23 * Minutes.PER_HOUR};
  private static final int GUARD_SHIFT_MINUTES = 8 * Minutes.PER_HOUR;
  private static final String REFERENCE = "posture";

  private final PostureSpec spec;
  private final Posture posture;
  /** The force whose protected sites and crowded places the posture covers (the scenario's first force). */
  private final ForceId home;
  private final ThreatState threat;
  private final Deployer deployer;
  private final int rerosterNoticeDays;
  private final int[] guardsBooked = new int[GUARD_SHIFT_STARTS.length];
  private final int[] attackGuardsBooked = new int[GUARD_SHIFT_STARTS.length];
  private final EmergencyWorking emergencyWorking;
  /** The day's guard shifts: their starts (minutes after midnight) and length, fixed at the day's first booking. */
  private int[] shiftStarts = GUARD_SHIFT_STARTS;
  private int shiftMinutes = GUARD_SHIFT_MINUTES;
  private final StaffDesk desk;
  private final EnumMap<StaffFunction, Double> patrolShares;
  private int patrolsBooked;
  private int attackPatrolsBooked;
  /** No day: nothing booked yet. */
  private static final int NO_DAY = Integer.MIN_VALUE;
  private int bookedDay = NO_DAY;

  /** Posture in the Met's area, as before forces were data. */
  PostureDemands(PostureSpec spec, ThreatState threat, Deployer deployer, int rerosterNoticeDays) {
    this(spec, threat, deployer, rerosterNoticeDays, ForceId.MET, EmergencyWorking.off(e -> { }), null, Map.of());
  }

  PostureDemands(PostureSpec spec, ThreatState threat, Deployer deployer, int rerosterNoticeDays, ForceId home,
      StaffDesk desk, Map<StaffFunction, Double> patrolShares) {
    this(spec, threat, deployer, rerosterNoticeDays, home, EmergencyWorking.off(e -> { }), desk, patrolShares);
  }

  /**
   * With emergency working (its guard shift pattern) and PCSOs and special constables: {@code patrolShares} of each
   * booking of visible patrols is first offered to the {@code desk}'s members of that function in the home force;
   * officers walk whatever they do not.
   */
  PostureDemands(PostureSpec spec, ThreatState threat, Deployer deployer, int rerosterNoticeDays, ForceId home,
      EmergencyWorking emergencyWorking, StaffDesk desk, Map<StaffFunction, Double> patrolShares) {
    this.emergencyWorking = emergencyWorking;
    this.desk = desk;
    this.patrolShares = new EnumMap<>(StaffFunction.class);
    this.patrolShares.putAll(patrolShares);
    this.home = home;
    this.spec = spec;
    this.posture = threat.posture();
    this.threat = threat;
    this.deployer = deployer;
    this.rerosterNoticeDays = rerosterNoticeDays;
  }

  /** Books (or tops up) the day's posture shifts that start at or after {@code now}. */
  void book(int day, long now) {
    if (day != bookedDay) {
      bookedDay = day;
      java.util.Arrays.fill(guardsBooked, 0);
      java.util.Arrays.fill(attackGuardsBooked, 0);
      patrolsBooked = 0;
      attackPatrolsBooked = 0;
      chooseShifts(day);
    }
    long dayStart = Minutes.startOfDay(day);
    for (int k = 0; k < shiftStarts.length; k++) {
      long s = dayStart + shiftStarts[k];
      // A dated posture period that ends before the shift no longer holds it (its end is known when booked).
      ThreatSnapshot snapshot = threat.snapshotFor(now, s);
      String cause = snapshot.cause();
      int guards = posture.extraGuards(snapshot);
      int attackGuards = posture.attackGuards(snapshot, guards);
      int topUp = guards - guardsBooked[k] - attackGuardsBooked[k];
      if (s < now || topUp <= 0) continue;
      int toAttack = cause == null ? 0 : Math.min(topUp, Math.max(0, attackGuards - attackGuardsBooked[k]));
      long end = s + shiftMinutes;
      if (toAttack > 0) {
        fill(new DemandRef(DemandKind.PROTECTED_SITES, cause, home, 0), Role.ARMED, Accreditation.AFO,
            toAttack, s, end, snapshot);
      }
      if (topUp > toAttack) {
        fill(new DemandRef(DemandKind.PROTECTED_SITES, REFERENCE, home, 0), Role.ARMED, Accreditation.AFO,
            topUp - toAttack, s, end, snapshot);
      }
      attackGuardsBooked[k] += toAttack;
      guardsBooked[k] += topUp - toAttack;
    }
    bookPatrols(dayStart, now);
  }

  /**
   * Three 8-hour guard shifts from 07:00, or, when the home force is under emergency working at the first shift's
   * start, shifts of the emergency length from 07:00 (two of 12 hours: 07:00 and 19:00).
   */
  private void chooseShifts(int day) {
    long first = Minutes.startOfDay(day) + GUARD_SHIFT_STARTS[0];
    if (!emergencyWorking.active(home, first)) {
      shiftStarts = GUARD_SHIFT_STARTS;
      shiftMinutes = GUARD_SHIFT_MINUTES;
      return;
    }
    shiftMinutes = emergencyWorking.shiftMinutes();
    shiftStarts = new int[Minutes.PER_DAY / shiftMinutes];
    for (int k = 0; k < shiftStarts.length; k++) shiftStarts[k] = GUARD_SHIFT_STARTS[0] + k * shiftMinutes;
  }

  private void bookPatrols(long dayStart, long now) {
    long s = dayStart + Minutes.ofTimeOfDay(spec.patrolStart());
    ThreatSnapshot snapshot = threat.snapshotFor(now, s);
    String cause = snapshot.cause();
    int patrols = posture.extraPatrols(snapshot);
    int attackPatrols = posture.attackPatrols(snapshot, patrols);
    int topUp = patrols - patrolsBooked - attackPatrolsBooked;
    if (s < now || topUp <= 0) return;
    int toAttack = cause == null ? 0 : Math.min(topUp, Math.max(0, attackPatrols - attackPatrolsBooked));
    long end = s + Minutes.ofHours(spec.patrolHours());
    if (toAttack > 0) patrol(new DemandRef(DemandKind.VISIBLE_PATROL, cause, home, 0), toAttack, s, end, snapshot);
    if (topUp > toAttack) {
      patrol(new DemandRef(DemandKind.VISIBLE_PATROL, REFERENCE, home, 0), topUp - toAttack, s, end, snapshot);
    }
    attackPatrolsBooked += toAttack;
    patrolsBooked += topUp - toAttack;
  }

  /**
   * Visible patrols: each function's share of them (rounded) offered to PCSOs or special constables first; officers
   * walk the rest, including any the volunteers and PCSOs could not.
   */
  private void patrol(DemandRef ref, int patrols, long start, long end, ThreatSnapshot snapshot) {
    int officers = patrols;
    for (Map.Entry<StaffFunction, Double> share : patrolShares.entrySet()) {
      int offered = Math.min(officers, (int) Math.round(patrols * share.getValue()));
      if (offered > 0) officers -= desk.offer(ref, share.getKey(), offered, start, end);
    }
    if (officers > 0) fill(ref, spec.patrolRole(), spec.patrolAccreditation(), officers, start, end, snapshot);
  }

  private void fill(DemandRef ref, Role role, Accreditation acc, int officers, long start, long end,
      ThreatSnapshot now) {
    // A standing posture is rostered in: notice runs from when posture last rose, not from today.
    long since = Math.min(now.minute(), posture.raisedAt());
    int ample = rerosterNoticeDays * 10;
    int notice = since == Posture.STANDING ? ample : Math.min(ample, Minutes.clearDays(since, start));
    deployer.fill(new DemandShift(ref, role, acc, officers, start, end, now.minute(), notice, false, false, since), now);
  }
}
