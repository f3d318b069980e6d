package uk.ctsim.model;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.StaffFunction;
import uk.ctsim.scenario.StaffSpec;

/**
 * Police staff of every force by function, and the desk that gives them duties. A force's members of a function are
 * its staff (full-time equivalent) times the function's share, rounded (PCSOs and special constables: the force's
 * own counts, {@link StaffSpec#members}), made the first time a demand asks for them
 * (a scenario that draws no staff makes none). Staff work a day of {@code dayHours} from {@code dayStartHour}, Monday
 * to Friday except public holidays; a duty outside that day is overtime. A member is given a duty only if it leaves
 * {@code minRestHours} of rest before and after their other duties and keeps their week within {@code maxWeeklyHours};
 * members are taken in turn, so duties spread.
 */
final class StaffDesk {
  /** PCSOs' shifts run from 07:00 to midnight, weekends included (Wiltshire's 2017 PCSO terms, docs/SOURCES.md). */
  private static final long PCSO_DAY_START = 7L * Minutes.PER_HOUR;
  private final StaffSpec spec;
  private final Map<ForceId, ForceSpec> forces = new HashMap<>();
  private final SimCalendar clock;
  private final Consumer<SimEvent> out;
  private final Map<ForceId, Map<StaffFunction, List<StaffMember>>> members = new HashMap<>();
  private final Map<ForceId, Map<StaffFunction, int[]>> cursors = new HashMap<>();
  private final long dayStartMinute;
  private final long dayMinutes;
  private final long restMinutes;
  private final long maxWeekMinutes;
  private final long specialsMaxWeekMinutes;
  private int nextId;

  StaffDesk(StaffSpec spec, List<ForceSpec> forces, SimCalendar clock, Consumer<SimEvent> out) {
    this.spec = spec;
    for (ForceSpec f : forces) this.forces.put(f.id(), f);
    this.clock = clock;
    this.out = out;
    this.dayStartMinute = Math.round(spec.dayStartHour() * Minutes.PER_HOUR);
    this.dayMinutes = Math.round(spec.dayHours() * Minutes.PER_HOUR);
    this.restMinutes = Math.round(spec.minRestHours() * Minutes.PER_HOUR);
    this.maxWeekMinutes = Math.round(spec.maxWeeklyHours() * Minutes.PER_HOUR);
    this.specialsMaxWeekMinutes = Math.round(spec.specialsMaxWeeklyHours() * Minutes.PER_HOUR);
  }

  /**
   * Gives {@code people} members of the function in the demand's lead force a duty over [start, end); records each
   * duty and, if too few are free, the shortfall.
   */
  void fill(DemandRef demand, StaffFunction function, int people, long start, long end) {
    int given = offer(demand, function, people, start, end);
    if (given < people) out.accept(new SimEvent.StaffUnmet(start, end, demand, function, people - given));
  }

  /**
   * Gives up to {@code people} members of the function a duty over [start, end), as {@link #fill} but recording no
   * shortfall (the caller gives the rest to officers); returns how many were given.
   */
  int offer(DemandRef demand, StaffFunction function, int people, long start, long end) {
    List<StaffMember> list = members(demand.leadForce(), function);
    int[] cursor = cursors.get(demand.leadForce()).get(function);
    int week = clock.weekIndex(Minutes.dayOf(start));
    int weeks = clock.weekIndex(clock.days()) + 1;
    long cap = function == StaffFunction.SPECIAL_CONSTABLE ? specialsMaxWeekMinutes : maxWeekMinutes;
    int given = 0;
    for (int tried = 0; tried < list.size() && given < people; tried++) {
      StaffMember m = list.get(cursor[0]);
      cursor[0] = (cursor[0] + 1) % list.size();
      if (!m.freeFor(start, end, restMinutes) || m.weekMinutes(week) + (end - start) > cap) continue;
      m.commit(start, end, week, weeks);
      out.accept(deployed(m, demand, start, end));
      given++;
    }
    return given;
  }

  /**
   * The duty's event, its minutes split into working day, overtime and public holiday. A PCSO's working day is
   * 07:00 to midnight on any day (shifts, weekends included, paid by a shift allowance); a special constable, unpaid,
   * has no overtime or public-holiday minutes.
   */
  SimEvent.StaffDeployed deployed(StaffMember m, DemandRef demand, long start, long end) {
    if (m.function == StaffFunction.SPECIAL_CONSTABLE) {
      return new SimEvent.StaffDeployed(start, end, m.id, m.force, m.function, demand, (int) (end - start), 0, 0);
    }
    boolean pcso = m.function == StaffFunction.PCSO;
    int working = 0;
    int holiday = 0;
    for (int day = Minutes.dayOf(start); day <= Minutes.dayOf(end - 1); day++) {
      long dayStart = Minutes.startOfDay(day);
      if (clock.isBankHoliday(day)) {
        holiday += overlap(start, end, dayStart, dayStart + Minutes.PER_DAY);
      } else if (pcso) {
        working += overlap(start, end, dayStart + PCSO_DAY_START, dayStart + Minutes.PER_DAY);
      } else if (weekday(day)) {
        working += overlap(start, end, dayStart + dayStartMinute, dayStart + dayStartMinute + dayMinutes);
      }
    }
    int overtime = (int) (end - start) - working - holiday;
    return new SimEvent.StaffDeployed(start, end, m.id, m.force, m.function, demand, working, overtime, holiday);
  }

  private boolean weekday(int day) {
    DayOfWeek d = clock.start().plusDays(day).getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  private static int overlap(long a, long b, long c, long d) {
    return (int) Math.max(0, Math.min(b, d) - Math.max(a, c));
  }

  /** The force's members of the function, made on first use; none for a force the scenario does not declare. */
  List<StaffMember> members(ForceId force, StaffFunction function) {
    Map<StaffFunction, List<StaffMember>> byFunction = members.computeIfAbsent(force, f -> new EnumMap<>(StaffFunction.class));
    List<StaffMember> list = byFunction.get(function);
    if (list != null) return list;
    ForceSpec forceSpec = forces.get(force);
    int n = forceSpec == null ? 0 : spec.members(forceSpec, function);
    list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) list.add(new StaffMember(nextId++, force, function));
    byFunction.put(function, list);
    cursors.computeIfAbsent(force, f -> new EnumMap<>(StaffFunction.class)).put(function, new int[1]);
    return list;
  }
}
