package uk.ctsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.EverydayFunction;
import uk.ctsim.scenario.EverydaySpec;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.SupplySource;

/**
 * Everyday (non-counter-terrorism) demand, as aggregate officer-hours per function and shift, never as single jobs.
 * At the start of each 8-hour shift (07:00, 15:00, 23:00) each function of each force compares its demand (and any
 * backlog) with the hours its role's officers on ordinary duty give it that day: the rostered hours less those
 * already taken by counter-terrorism demand, times the function's share of the role, spread evenly over the three
 * shifts. A shortfall is filled from the function's sources (rest days, leave) in whole officer-shifts through the
 * {@link Deployer}; what is left is unmet (work that cannot wait) or waits (work that can). Waiting work is done
 * oldest first when a later shift has hours to spare; work that has waited {@code maxWaitDays} is dropped and
 * counted unmet (never done).
 */
final class EverydayDemand {
  static final int[] SHIFT_STARTS = {7 * Minutes.PER_HOUR, 15 * Minutes.PER_HOUR, 23 * Minutes.PER_HOUR};
  static final int SHIFT_MINUTES = 8 * Minutes.PER_HOUR;
  private static final double SHIFT_HOURS = Minutes.hours(SHIFT_MINUTES);

  private final List<Line> lines = new ArrayList<>();
  private final SimCalendar clock;
  private final Deployer deployer;
  private final Consumer<SimEvent> out;
  /** How long a tour is extended for everyday work: the longest shift less an 8-hour tour. */
  private final int extensionMinutes;

  /** One function in one force: its pool, its mean demand per shift and its backlog, oldest first. */
  private static final class Line {
    final ForceId force;
    final EverydayFunction function;
    final Pool pool;
    final double meanShiftHours;
    /** Waiting work: the shift it arrived in and its hours, oldest first. */
    final java.util.ArrayDeque<double[]> waiting = new java.util.ArrayDeque<>();
    double backlog;

    Line(ForceId force, EverydayFunction function, Pool pool, double meanShiftHours) {
      this.force = force;
      this.function = function;
      this.pool = pool;
      this.meanShiftHours = meanShiftHours;
    }
  }

  EverydayDemand(EverydaySpec spec, List<ForceSpec> forces, Workforce workforce, SimCalendar clock, Deployer deployer,
      Consumer<SimEvent> out) {
    this(spec, forces, workforce, clock, deployer, out, 12.0);
  }

  EverydayDemand(EverydaySpec spec, List<ForceSpec> forces, Workforce workforce, SimCalendar clock, Deployer deployer,
      Consumer<SimEvent> out, double maxShiftHours) {
    this.clock = clock;
    this.deployer = deployer;
    this.out = out;
    this.extensionMinutes = (int) Math.max(0, Minutes.ofHours(maxShiftHours) - SHIFT_MINUTES);
    for (ForceSpec force : forces) {
      for (EverydayFunction f : spec.functions()) {
        Pool pool = workforce.pool(force.id(), f.role());
        if (pool == null || pool.officers.isEmpty()) continue;
        double mean = f.loading() * f.roleShare() * meanRosteredHours(pool, clock.days()) / SHIFT_STARTS.length;
        lines.add(new Line(force.id(), f, pool, mean));
      }
    }
  }

  /** The role's rostered officer-hours on an average day of the period (leave and sickness excluded). */
  static double meanRosteredHours(Pool pool, int days) {
    long sum = 0;
    for (int d = 0; d < days; d++) sum += pool.rosteredMinutes[d];
    return days == 0 ? 0 : Minutes.hours(sum) / days;
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  /** The demand of a function in a shift: the mean times the shift, day-of-week and month factors. */
  static double demandHours(double meanShiftHours, EverydayFunction f, int shift, java.time.LocalDate date) {
    return meanShiftHours * EverydayFunction.relative(f.shiftFactors(), shift)
        * EverydayFunction.relative(f.dayFactors(), date.getDayOfWeek().getValue() - 1)
        * EverydayFunction.relative(f.monthFactors(), date.getMonthValue() - 1);
  }

  /** Meets every function's demand of shift {@code shift} (0, 1, 2) of the day. */
  void shift(int day, int shift, ThreatSnapshot threat) {
    long start = Minutes.startOfDay(day) + SHIFT_STARTS[shift];
    int index = day * SHIFT_STARTS.length + shift;
    for (Line line : lines) {
      EverydayFunction f = line.function;
      double demand = demandHours(line.meanShiftHours, f, shift, clock.date(day));
      Pool pool = line.pool;
      double ordinary = Minutes.hours(Math.max(0, pool.rosteredMinutes[day] - pool.abstractedMinutes[day]))
          * f.roleShare() / SHIFT_STARTS.length;
      double dropped = expire(line, index - f.maxWaitDays() * SHIFT_STARTS.length);
      double shortfall = Math.max(0, demand + line.backlog - ordinary);
      double extra = shortfall > 0 ? callIn(line, start, shortfall, threat) : 0;
      double left = shortfall - extra;
      double deferred = 0;
      double unmet = dropped;
      if (f.deferrable()) {
        deferred = work(line, ordinary + extra, demand, index);
      } else {
        unmet += left;
      }
      out.accept(new SimEvent.EverydayShift(start, line.force, f.id(), f.role(), demand, ordinary, extra, unmet,
          line.backlog, deferred));
    }
  }

  /**
   * Fills the shortfall from the function's sources in order: OVERTIME keeps on officers whose tour ends as the shift
   * starts, for the rest of the longest shift allowed; REST_DAY and LEAVE call officers in for the whole shift.
   * Returns the hours used (at most the shortfall).
   */
  private double callIn(Line line, long start, double shortfall, ThreatSnapshot threat) {
    EverydayFunction f = line.function;
    DemandRef ref = new DemandRef(DemandKind.EVERYDAY, f.id(), line.force, 0);
    double extra = 0;
    for (SupplySource source : f.sources()) {
      double left = shortfall - extra;
      if (left <= 1e-9) break;
      if (source == SupplySource.OVERTIME) {
        if (extensionMinutes <= 0) continue;
        double hours = Minutes.hours(extensionMinutes);
        int officers = (int) Math.ceil(left / hours - 1e-9);
        DemandShift d = new DemandShift(ref, f.role(), null, officers, start, start + extensionMinutes, start, 0, false);
        extra += Math.min(left, deployer.extendTours(d) * hours);
      } else {
        int officers = (int) Math.ceil(left / SHIFT_HOURS - 1e-9);
        DemandShift d = new DemandShift(ref, f.role(), null, officers, start, start + SHIFT_MINUTES, start, 0, false);
        extra += Math.min(left, deployer.fillEveryday(d, threat, List.of(source)) * SHIFT_HOURS);
      }
    }
    return extra;
  }

  /** Drops the waiting work that arrived at or before shift {@code oldest}; returns its hours. */
  private static double expire(Line line, int oldest) {
    double dropped = 0;
    while (!line.waiting.isEmpty() && line.waiting.peekFirst()[0] <= oldest) dropped += line.waiting.pollFirst()[1];
    line.backlog -= dropped;
    if (line.waiting.isEmpty()) line.backlog = 0;
    return dropped;
  }

  /**
   * Spends {@code supply} hours on the waiting work (oldest first), then on the shift's new demand; the new demand
   * left waits. Returns the new demand deferred.
   */
  private static double work(Line line, double supply, double demand, int index) {
    double spare = supply;
    while (spare > 0 && !line.waiting.isEmpty()) {
      double[] oldest = line.waiting.peekFirst();
      double done = Math.min(spare, oldest[1]);
      oldest[1] -= done;
      spare -= done;
      line.backlog -= done;
      if (oldest[1] <= 0) line.waiting.pollFirst();
    }
    if (line.waiting.isEmpty()) line.backlog = 0;
    double deferred = Math.max(0, demand - spare);
    if (deferred > 0) {
      line.waiting.addLast(new double[] {index, deferred});
      line.backlog += deferred;
    }
    return deferred;
  }
}
