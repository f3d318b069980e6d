package uk.ctsim.model;

import java.util.EnumMap;
import java.util.Map;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.RosterSpec;
import uk.ctsim.scenario.ShiftType;

/** Roster arithmetic: which shift an officer works on a day, from the role's cycle and the officer's offset. */
final class Roster {
  private final Map<Role, String> cycles;
  private final Map<Role, int[]> starts = new EnumMap<>(Role.class);
  private final Map<Role, int[]> lengths = new EnumMap<>(Role.class);
  private final Map<Role, Double> weeklyMinutes = new EnumMap<>(Role.class);

  private final int rerosterNoticeDays;

  Roster(RosterSpec spec, int rerosterNoticeDays) {
    this.rerosterNoticeDays = rerosterNoticeDays;
    this.cycles = spec.cycles();
    for (var e : cycles.entrySet()) {
      String cycle = e.getValue();
      int[] s = new int[cycle.length()];
      int[] l = new int[cycle.length()];
      double total = 0;
      for (int i = 0; i < cycle.length(); i++) {
        char c = cycle.charAt(i);
        if (c == RosterSpec.REST) {
          s[i] = -1;
        } else {
          ShiftType t = spec.shift(c);
          s[i] = t.startMinute();
          l[i] = t.minutes();
          total += l[i];
        }
      }
      starts.put(e.getKey(), s);
      lengths.put(e.getKey(), l);
      weeklyMinutes.put(e.getKey(), total * 7 / cycle.length());
    }
  }

  int cycleLength(Role role) {
    return cycles.get(role).length();
  }

  private int index(Officer o, int day) {
    return Math.floorMod(day + o.rosterOffset, cycleLength(o.role));
  }

  /** Whether the roster has the officer working on the day (leave and sickness aside). */
  boolean rosteredOn(Officer o, int day) {
    return starts.get(o.role)[index(o, day)] >= 0;
  }

  /** Start of the officer's rostered shift on the day, in minutes from the period start; -1 if a rest day. */
  long shiftStart(Officer o, int day) {
    int s = starts.get(o.role)[index(o, day)];
    return s < 0 ? -1 : (long) day * SimClock.MINUTES_PER_DAY + s;
  }

  int shiftMinutes(Officer o, int day) {
    return lengths.get(o.role)[index(o, day)];
  }

  /**
   * Whether officers at roster offset {@code offset} could supply the demand from the source on the day, judging by
   * the roster alone (the same rules as {@link OfficerCheck}, which still checks each officer).
   */
  boolean offsetCanSupply(Role role, int offset, uk.ctsim.scenario.SupplySource source, DemandShift d, int day) {
    int[] s = starts.get(role);
    int[] l = lengths.get(role);
    int len = s.length;
    int today = Math.floorMod(day + offset, len);
    switch (source) {
      case REST_DAY:
        return s[today] < 0;
      case LEAVE:
        return s[today] >= 0;
      case ON_DUTY:
      case OVERTIME:
        boolean overtimeWanted = source == uk.ctsim.scenario.SupplySource.OVERTIME;
        if (d.noticeDays() >= rerosterNoticeDays) {
          return s[today] >= 0 && (d.minutes() > l[today]) == overtimeWanted;
        }
        for (int k = day - 1; k <= day; k++) {
          int idx = Math.floorMod(k + offset, len);
          if (s[idx] < 0) continue;
          long start = (long) k * SimClock.MINUTES_PER_DAY + s[idx];
          long end = start + l[idx];
          if (Math.min(end, d.end()) - Math.max(start, d.start()) > 0) return true;
        }
        return false;
      default:
        return false;
    }
  }

  /** Average rostered minutes a week for the role. */
  double weeklyMinutes(Role role) {
    return weeklyMinutes.get(role);
  }

  /** Whether the officer is actually working the rostered shift (rostered, not on leave, not sick). */
  boolean working(Officer o, int day) {
    return rosteredOn(o, day) && !o.onLeave(day) && !o.sick(day);
  }
}
