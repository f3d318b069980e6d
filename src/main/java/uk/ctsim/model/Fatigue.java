package uk.ctsim.model;

import java.util.Arrays;
import java.util.function.Consumer;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.FatigueSpec;

/**
 * Sickness after long weeks. The first time an officer's hours in an ISO week (the role's rostered week plus the
 * officer's extra hours that week) pass the limit, a draw of the officer's own for that week decides whether they go
 * sick for a day in the following week: then the first rostered tour of that week on which the officer is working and
 * free is lost to sickness (the pool has one officer and one tour fewer on duty that day). The draw comes from the
 * officer's id, the week and a seed from the fatigue stream, so other streams and other officers' draws do not move.
 */
final class Fatigue {
  private final FatigueSpec spec;
  private final Workforce workforce;
  private final SimCalendar clock;
  private final Consumer<SimEvent> out;
  private final long seed;
  private final long limitMinutes;
  /** The last week each officer was judged in, by officer id ({@link #NEVER}: not yet); grown as ids need. */
  private int[] judged = new int[0];
  private static final int NEVER = Integer.MIN_VALUE;

  Fatigue(FatigueSpec spec, long seed, Workforce workforce, SimCalendar clock, Consumer<SimEvent> out) {
    this.spec = spec;
    this.seed = seed;
    this.workforce = workforce;
    this.clock = clock;
    this.out = out;
    this.limitMinutes = Math.round(spec.weeklyHours() * Minutes.PER_HOUR);
  }

  static Fatigue off(Workforce workforce, SimCalendar clock, Consumer<SimEvent> out) {
    return new Fatigue(FatigueSpec.defaults(), 0, workforce, clock, out);
  }

  /** The officer's draw for the week, uniform on [0, 1). */
  double draw(int officerId, int week) {
    long z = RandomStreams.splitMix64(seed ^ RandomStreams.splitMix64(officerId * 1_000_003L + week));
    return (z >>> 11) * 0x1.0p-53;
  }

  /** Judges the officer after extra minutes were added to the week of {@code day}. */
  void worked(Officer o, int day) {
    if (!spec.enabled()) return;
    int week = clock.weekIndex(day);
    double worked = o.extraMinutes(week) + workforce.roster.weeklyMinutes(o.role);
    if (worked <= limitMinutes) return;
    if (o.id >= judged.length) {
      int was = judged.length;
      judged = Arrays.copyOf(judged, Math.max(o.id + 1, 2 * was));
      Arrays.fill(judged, was, judged.length, NEVER);
    }
    if (judged[o.id] == week) return;
    judged[o.id] = week;
    if (draw(o.id, week) >= spec.sickDayProbability()) return;
    for (int k = Math.max(day + 1, firstDayOfWeek(week + 1)); k < firstDayOfWeek(week + 2) && k < clock.days(); k++) {
      if (!workforce.roster.working(o, k)) continue;
      long start = workforce.roster.shiftStart(o, k);
      int minutes = workforce.roster.shiftMinutes(o, k);
      if (o.busy(start, start + minutes)) continue;
      o.setSick(k);
      Pool pool = workforce.pool(o.force, o.role);
      pool.onDuty[k]--;
      pool.rosteredMinutes[k] -= minutes;
      out.accept(new SimEvent.FatigueSickness(start, o.id, o.force, o.role, minutes));
      return;
    }
  }

  private int firstDayOfWeek(int week) {
    int offset = clock.date(0).getDayOfWeek().getValue() - 1;
    return week * 7 - offset;
  }
}
