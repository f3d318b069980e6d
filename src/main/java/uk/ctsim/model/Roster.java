package uk.ctsim.model;

import uk.ctsim.model.events.Minutes;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.RosterSpec;
import uk.ctsim.scenario.ShiftType;

/** Roster arithmetic: which shift an officer works on a day, from the role's cycle and the officer's offset. */
final class Roster {
  private final int[][] startsByRole = new int[Role.values().length][];
  private final int[][] lengthsByRole = new int[Role.values().length][];
  /** Average rostered minutes a week, by role ordinal (an array: read for every candidate officer). */
  private final double[] weeklyMinutes = new double[Role.values().length];

  private final int rerosterNoticeDays;
  /** The start of a rest day in a role's table of shift starts (minutes after midnight): no shift. */
  private static final int REST = -1;

  /**
   * {@code floorMod(day, length)} for days -2 to {@link #TABLED_DAYS} - 3, by role (roles with cycles of one length share
   * a table): a roster index is then a look-up and an add, not a division, and a candidate check asks for several.
   */
  private final int[][] dayInCycleByRole = new int[Role.values().length][];
  private static final int TABLED_DAYS = 4 * 366 + 4;

  Roster(RosterSpec spec, int rerosterNoticeDays) {
    this.rerosterNoticeDays = rerosterNoticeDays;
    java.util.Map<Integer, int[]> tables = new java.util.HashMap<>();
    for (var e : spec.cycles().entrySet()) {
      String cycle = e.getValue();
      int[] s = new int[cycle.length()];
      int[] l = new int[cycle.length()];
      double total = 0;
      for (int i = 0; i < cycle.length(); i++) {
        char c = cycle.charAt(i);
        if (c == RosterSpec.REST) {
          s[i] = REST;
        } else {
          ShiftType t = spec.shift(c);
          s[i] = t.startMinute();
          l[i] = t.minutes();
          total += l[i];
        }
      }
      startsByRole[e.getKey().ordinal()] = s;
      lengthsByRole[e.getKey().ordinal()] = l;
      weeklyMinutes[e.getKey().ordinal()] = total * 7 / cycle.length();
      dayInCycleByRole[e.getKey().ordinal()] = tables.computeIfAbsent(cycle.length(), len -> {
        int[] t = new int[TABLED_DAYS];
        for (int i = 0; i < t.length; i++) t[i] = Math.floorMod(i - 2, len);
        return t;
      });
    }
  }

  int cycleLength(Role role) {
    return startsByRole[role.ordinal()].length;
  }

  private int index(Officer o, int day) {
    return index(o.role.ordinal(), o.rosterOffset, day);
  }

  /** Where in the role's cycle officers at the offset are on the day: {@code floorMod(day + offset, cycle length)}. */
  private int index(int role, int offset, int day) {
    int len = startsByRole[role].length;
    int[] table = dayInCycleByRole[role];
    int at = day + 2;
    if (at < 0 || at >= table.length || offset < 0 || offset >= len) return Math.floorMod(day + offset, len);
    int i = table[at] + offset;
    return i >= len ? i - len : i;
  }

  /** Whether the roster has the officer working on the day (leave and sickness aside). */
  boolean rosteredOn(Officer o, int day) {
    return startsByRole[o.role.ordinal()][index(o, day)] >= 0;
  }

  /** Start of the officer's rostered shift on the day, in minutes from the period start; {@link Minutes#NONE} on a rest day. */
  long shiftStart(Officer o, int day) {
    int s = startsByRole[o.role.ordinal()][index(o, day)];
    return s == REST ? Minutes.NONE : Minutes.startOfDay(day) + s;
  }

  int shiftMinutes(Officer o, int day) {
    return lengthsByRole[o.role.ordinal()][index(o, day)];
  }

  /**
   * Whether officers at roster offset {@code offset} could supply the demand from the source on the day, judging by
   * the roster alone: the same rules as {@link OfficerCheck}, which still checks each officer's leave, sickness,
   * deployments and limits. A shift longer than {@code maxShiftMinutes} is ruled out here unless it is an emergency.
   */
  boolean offsetCanSupply(Role role, int offset, uk.ctsim.scenario.SupplySource source, DemandShift d, int day,
      long maxShiftMinutes) {
    int[] s = startsByRole[role.ordinal()];
    int[] l = lengthsByRole[role.ordinal()];
    int len = s.length;
    int today = index(role.ordinal(), offset, day);
    switch (source) {
      case REST_DAY:
        return s[today] < 0;
      case LEAVE:
        return s[today] >= 0;
      case ON_DUTY:
      case OVERTIME:
        boolean overtimeWanted = source == uk.ctsim.scenario.SupplySource.OVERTIME;
        if (d.movable(rerosterNoticeDays)) {
          return s[today] >= 0 && (d.minutes() > l[today]) == overtimeWanted;
        }
        long bestOverlap = 0;
        long bestSpan = 0;
        for (int k = day - 1; k <= day; k++) {
          int idx = index(role.ordinal(), offset, k);
          if (s[idx] < 0) continue;
          long start = Minutes.startOfDay(k) + s[idx];
          long end = start + l[idx];
          long overlap = Math.min(end, d.end()) - Math.max(start, d.start());
          if (overlap > bestOverlap) {
            bestOverlap = overlap;
            bestSpan = Math.max(end, d.end()) - Math.min(start, d.start());
          }
        }
        if (bestOverlap <= 0) return false;
        if (!overtimeWanted) return bestOverlap >= d.minutes();
        return bestOverlap < d.minutes() && (d.emergency() || bestSpan <= maxShiftMinutes);
      default:
        return false;
    }
  }

  /**
   * The day whose rostered tour, for officers at roster offset {@code offset}, ends exactly at {@code minute} (the day
   * of {@code minute} or the day before, for a night tour), or {@code Integer.MIN_VALUE} when none does.
   */
  int tourEndingAt(Role role, int offset, long minute) {
    int[] s = startsByRole[role.ordinal()];
    int[] l = lengthsByRole[role.ordinal()];
    int day = Minutes.dayOf(minute);
    for (int k = day - 1; k <= day; k++) {
      int idx = index(role.ordinal(), offset, k);
      if (s[idx] >= 0 && Minutes.startOfDay(k) + s[idx] + l[idx] == minute) return k;
    }
    return Integer.MIN_VALUE;
  }

  /** Average rostered minutes a week for the role. */
  double weeklyMinutes(Role role) {
    return weeklyMinutes[role.ordinal()];
  }

  /**
   * Adds to {@code onDuty} and {@code minutes}, on each of days 0 to {@code days - 1}, the officers of the role the
   * roster has working that day (leave and sickness aside), given how many officers hold each roster offset: a
   * pool's count is a sum over the cycle's offsets, not over its officers.
   */
  void countRostered(Role role, int[] officersByOffset, int days, int[] onDuty, long[] minutes) {
    int[] s = startsByRole[role.ordinal()];
    int[] l = lengthsByRole[role.ordinal()];
    for (int offset = 0; offset < s.length; offset++) {
      int n = officersByOffset[offset];
      if (n == 0) continue;
      int at = Math.floorMod(offset, s.length);
      for (int d = 0; d < days; d++) {
        if (s[at] >= 0) {
          onDuty[d] += n;
          minutes[d] += (long) n * l[at];
        }
        if (++at == s.length) at = 0;
      }
    }
  }

  /** Whether the officer is actually working the rostered shift (rostered, not on leave, not sick). */
  boolean working(Officer o, int day) {
    return rosteredOn(o, day) && !o.onLeave(day) && !o.sick(day);
  }
}
