package uk.ctsim.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.MilitaryPeriod;
import uk.ctsim.scenario.MilitarySpec;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Military backfill as people (Operation Temperer): a national pool of soldiers, each of whom guards at most one post
 * at a time and rests at least {@code minRestHours} between guard shifts, so a post held round the clock takes about
 * three soldiers. They take static-guard shifts of the roles the scenario allows, in the scenario's dated periods
 * (with a threat timeline), or else from the lead time after posture became CRITICAL while it stays CRITICAL. The
 * search starts after the soldier last taken, so duty spreads over the pool.
 */
final class MilitaryPool {
  private final MilitarySpec spec;
  private final Consumer<SimEvent> out;
  private final long minRestMinutes;
  private final long[] periodFrom;
  private final long[] periodUntil;
  /** Each soldier's guard shifts, as start and end minutes in pairs, in the order taken. */
  private final long[][] shifts;
  private final int[] counts;
  private int cursor;

  /**
   * @param dated whether the scenario's dated periods apply (a threat timeline); otherwise the military follows the
   *     CRITICAL posture after its lead time
   */
  MilitaryPool(MilitarySpec spec, SimCalendar clock, Consumer<SimEvent> out, boolean dated) {
    this.spec = spec;
    this.out = out;
    this.minRestMinutes = Math.round(spec.minRestHours() * Minutes.PER_HOUR);
    List<MilitaryPeriod> periods = dated ? spec.periods() : List.of();
    periodFrom = new long[periods.size()];
    periodUntil = new long[periods.size()];
    for (int i = 0; i < periods.size(); i++) {
      periodFrom[i] = clock.minuteOf(periods.get(i).from());
      periodUntil[i] = clock.minuteOf(periods.get(i).until());
    }
    int n = spec.allowed() ? spec.personnel() : 0;
    shifts = new long[n][];
    counts = new int[n];
  }

  /** Takes up to {@code need} soldiers for the demand's shift; returns how many. */
  int fill(DemandShift d, int need, ThreatSnapshot threat) {
    if (!available(d, threat)) return 0;
    int n = shifts.length;
    int got = 0;
    int first = cursor;
    for (int k = 0; k < n && got < need; k++) {
      int soldier = (first + k) % n;
      if (!free(soldier, d.start(), d.end())) continue;
      take(soldier, d.start(), d.end());
      out.accept(new SimEvent.SoldierOnGuard(d.start(), d.end(), soldier + 1, d.ref()));
      cursor = (soldier + 1) % n;
      got++;
    }
    if (got > 0) out.accept(new SimEvent.MilitaryDeployed(d.start(), d.end(), d.ref(), got));
    return got;
  }

  private boolean available(DemandShift d, ThreatSnapshot threat) {
    if (shifts.length == 0 || d.ref().kind() != DemandKind.PROTECTED_SITES || !spec.roles().contains(d.role())) {
      return false;
    }
    if (periodFrom.length > 0) {
      for (int i = 0; i < periodFrom.length; i++) if (d.start() >= periodFrom[i] && d.start() < periodUntil[i]) return true;
      return false;
    }
    long since = threat.criticalSince();
    return threat.postureLevel() == ThreatLevel.CRITICAL && since != Minutes.NONE
        && d.start() >= since + Minutes.ofHours(spec.leadTimeHours());
  }

  /** Whether the soldier has no guard shift within the rest period of [start, end). */
  boolean free(int soldier, long start, long end) {
    long[] mine = shifts[soldier];
    for (int i = 0; i < counts[soldier]; i += 2) {
      if (mine[i] < end + minRestMinutes && start < mine[i + 1] + minRestMinutes) return false;
    }
    return true;
  }

  private void take(int soldier, long start, long end) {
    long[] mine = shifts[soldier];
    if (mine == null) mine = new long[8];
    else if (counts[soldier] == mine.length) mine = Arrays.copyOf(mine, mine.length * 2);
    mine[counts[soldier]++] = start;
    mine[counts[soldier]++] = end;
    shifts[soldier] = mine;
  }
}
