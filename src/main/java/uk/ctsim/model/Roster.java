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

  Roster(RosterSpec spec) {
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

  /** Average rostered minutes a week for the role. */
  double weeklyMinutes(Role role) {
    return weeklyMinutes.get(role);
  }

  /** Whether the officer is actually working the rostered shift (rostered, not on leave, not sick). */
  boolean working(Officer o, int day) {
    return rosteredOn(o, day) && !o.onLeave(day) && !o.sick(day);
  }
}
