package uk.ctsim.model;

import java.util.ArrayList;
import java.util.List;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.WorkingTimeRule;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.WorkingTimeLimits;

/**
 * Decides whether an officer can take a demand shift from a given source, and how its minutes split into
 * rostered time and overtime. Working-time limits hold unless the demand is an emergency, in which case each
 * broken rule is returned so it can be recorded.
 *
 * <p>With at least the re-roster notice, an officer rostered on the day can be moved onto the demand's hours: the
 * first shift-length of it is rostered time, the rest overtime. With less notice only officers whose rostered shift
 * overlaps the demand can be taken; the part outside their shift is overtime, and the working span runs from the
 * earlier start to the later end.
 */
final class OfficerCheck {
  private static final List<WorkingTimeRule> CHECK_ORDER =
      List.of(WorkingTimeRule.MAX_SHIFT, WorkingTimeRule.MIN_REST, WorkingTimeRule.MAX_WEEKLY);
  private final long maxShift;
  private final long minRest;
  private final long maxWeekly;
  private final Roster roster;
  private final SimCalendar clock;
  private final int rerosterNoticeDays;

  OfficerCheck(WorkingTimeLimits limits, Roster roster, SimCalendar clock, int rerosterNoticeDays) {
    this.maxShift = Minutes.ofHours(limits.maxShiftHours());
    this.minRest = Minutes.ofHours(limits.minRestHours());
    this.maxWeekly = Minutes.ofHours(limits.maxWeeklyHours());
    this.roster = roster;
    this.clock = clock;
    this.rerosterNoticeDays = rerosterNoticeDays;
  }

  /** The assignment, or null if the officer cannot take the shift from this source. */
  Assignment assess(Officer o, SupplySource source, DemandShift d, int day) {
    // No deployment touches the demand's days or the rest periods either side of it: then the officer is not busy,
    // starts nothing on the day and keeps its rest (three questions, answered at once from the day bits).
    boolean clear = o.noCommitmentIn(Minutes.dayOf(d.start() - minRest), Minutes.dayOf(d.end() + minRest - 1));
    if (o.sick(day) || !clear && o.busy(d.start(), d.end())) return null;
    if (!d.secondTourAllowed() && !clear && o.deployedOnDay(day)) return null;
    int length = d.minutes();
    int rostered;
    long span;
    long tourStart = Minutes.NONE;
    long tourEnd = Minutes.NONE;
    switch (source) {
      case ON_DUTY, OVERTIME -> {
        if (o.onLeave(day) || !roster.rosteredOn(o, day) && !roster.rosteredOn(o, day - 1)) return null;
        if (!fitToShift(o, d, day)) return null;
        rostered = (int) fitRostered;
        span = fitSpan;
        tourStart = fitStart;
        tourEnd = fitEnd;
        boolean overtime = rostered < length;
        if (overtime != (source == SupplySource.OVERTIME)) return null;
      }
      case REST_DAY -> {
        if (o.onLeave(day) || roster.rosteredOn(o, day)) return null;
        rostered = 0;
        span = length;
      }
      case LEAVE -> {
        if (!o.onLeave(day)) return null;
        rostered = 0;
        span = length;
      }
      default -> {
        return null;
      }
    }
    // Broken rules as bits of their ordinals: most checks break nothing, and a broken check of a demand that is not
    // an emergency is refused, so the list is made only for an assignment that breaks a rule.
    int broken = 0;
    if (span > maxShift) broken |= bit(WorkingTimeRule.MAX_SHIFT);
    if (restBroken(o, d, day, source, clear)) broken |= bit(WorkingTimeRule.MIN_REST);
    int extra = length - rostered;
    int week = clock.weekIndex(day);
    if (o.extraMinutes(week) + extra + roster.weeklyMinutes(o.role) > maxWeekly) {
      broken |= bit(WorkingTimeRule.MAX_WEEKLY);
    }
    if (broken != 0 && !d.emergency()) return null;
    // Rest-day and leave minutes are not overtime: the deployer books them under their own kind.
    boolean fromShift = source == SupplySource.ON_DUTY || source == SupplySource.OVERTIME;
    return new Assignment(rostered, fromShift ? extra : 0, rules(broken), tourStart, tourEnd);
  }

  private static int bit(WorkingTimeRule rule) {
    return 1 << rule.ordinal();
  }

  /** The rules whose bits are set, in the order they are checked: maximum shift, minimum rest, maximum week. */
  private static List<WorkingTimeRule> rules(int broken) {
    if (broken == 0) return List.of();
    List<WorkingTimeRule> out = new ArrayList<>(3);
    for (WorkingTimeRule rule : CHECK_ORDER) {
      if ((broken & bit(rule)) != 0) out.add(rule);
    }
    return out;
  }

  /**
   * Whether the officer is on a shift the demand can use; if so the fit* fields hold the rostered minutes, the working
   * span and the tour's start and end. The tour is the rostered shift the demand uses (or, re-rostered, the one it
   * replaces). Fields, not an array, because this runs for every candidate officer.
   */
  private boolean fitToShift(Officer o, DemandShift d, int day) {
    int length = d.minutes();
    if (d.movable(rerosterNoticeDays)) {
      if (!roster.rosteredOn(o, day)) return false;
      long s = roster.shiftStart(o, day);
      fit(Math.min(length, roster.shiftMinutes(o, day)), length, s, s + roster.shiftMinutes(o, day));
      return true;
    }
    boolean found = false;
    for (int k = day - 1; k <= day; k++) {
      if (!roster.rosteredOn(o, k) || o.onLeave(k) || o.sick(k)) continue;
      long s = roster.shiftStart(o, k);
      long e = s + roster.shiftMinutes(o, k);
      long overlap = Math.min(e, d.end()) - Math.max(s, d.start());
      if (overlap <= 0) continue;
      long span = Math.max(e, d.end()) - Math.min(s, d.start());
      if (!found || overlap > fitRostered) fit(overlap, span, s, e);
      found = true;
    }
    return found;
  }

  /** The last fit {@link #fitToShift} found: rostered minutes, working span, tour start and end. */
  private long fitRostered;
  private long fitSpan;
  private long fitStart;
  private long fitEnd;

  private void fit(long rostered, long span, long start, long end) {
    fitRostered = rostered;
    fitSpan = span;
    fitStart = start;
    fitEnd = end;
  }

  /**
   * Whether the officer's neighbouring work leaves less than the minimum rest around the demand; {@code clear}: no
   * deployment touches those days.
   */
  private boolean restBroken(Officer o, DemandShift d, int day, SupplySource source, boolean clear) {
    if (!clear && (o.busy(d.start() - minRest, d.start()) || o.busy(d.end(), d.end() + minRest))) return true;
    if (source == SupplySource.ON_DUTY || source == SupplySource.OVERTIME) return false;
    for (int k = day - 1; k <= day + 1; k += 2) {
      if (!roster.working(o, k)) continue;
      long s = roster.shiftStart(o, k);
      long e = s + roster.shiftMinutes(o, k);
      if (s < d.end() + minRest && e > d.start() - minRest) return true;
    }
    return false;
  }
}
