package uk.ctsim.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.Establishment;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.LeaveSpec;
import uk.ctsim.scenario.PayPoints;
import uk.ctsim.scenario.PayScaleTable;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;

/**
 * All officers, grouped into pools by force and role. Ranks and accreditations are allotted by exact quotas
 * (largest remainder) over a shuffled order; leave and sickness days are drawn once at the start.
 */
final class Workforce {
  private final List<Officer> officers = new ArrayList<>();
  private final Map<ForceId, Map<Role, Pool>> pools = new java.util.HashMap<>();
  /** The forces in output order (MET, CITY, BTP first, then by code), whatever order the scenario declares them in. */
  private final List<ForceId> forces;
  private final ForceNetwork network;
  final Roster roster;

  Workforce(Scenario scenario, SimCalendar clock, RandomStreams random) {
    this.roster = new Roster(scenario.rosters(), scenario.deployment().rerosterNoticeDays());
    int days = clock.days();
    RandomGenerator shuffle = random.get(RandomStreams.Purpose.WORKFORCE);
    for (ForceSpec force : scenario.forces()) {
      Map<Role, Pool> byRole = new EnumMap<>(Role.class);
      for (Role role : Role.values()) {
        Establishment est = force.establishment().get(role);
        List<Officer> list = new ArrayList<>();
        if (est != null) list = build(force.id(), role, est, days, shuffle);
        double floor = force.floors().getOrDefault(role, scenario.deployment().floors().get(role));
        byRole.put(role, new Pool(force.id(), role, list, days, floor));
      }
      pools.put(force.id(), byRole);
    }
    this.forces = pools.keySet().stream().sorted().toList();
    this.network = new ForceNetwork(scenario.forces(), forces, scenario.deployment().mutualAid());
    assignPayPoints(scenario, shuffle);
    countRostered(days);
    assignLeaveAndSickness(scenario.leave(), days, random);
  }

  /**
   * Each officer's pay point, drawn from the workforce stream after everything else it draws, one number an officer in
   * id order, against the number of points of the rank's scale on the first day of the period.
   */
  private void assignPayPoints(Scenario scenario, RandomGenerator rng) {
    PayPoints points = scenario.pay().points();
    Map<Rank, Integer> sizes = new EnumMap<>(Rank.class);
    for (Rank rank : Rank.values()) {
      int size = points.scaleTable()
          ? PayScaleTable.shipped().scale(rank, points.londonScales(), scenario.period().start()).length : 1;
      sizes.put(rank, size);
    }
    for (Officer o : officers) o.payStepsBelowTop = points.stepsBelowTop(rng.nextDouble(), sizes.get(o.rank));
    if (!points.progression()) return;
    // Increment dates: an officer below the top moves up a point 12 months after the last move, on a date drawn evenly
    // over the year (assumption: promotions and appointments are spread over the year; no distribution was found).
    for (Officer o : officers) {
      int day = rng.nextInt(365);
      if (o.payStepsBelowTop > 0) o.payIncrementDay = day;
    }
  }

  private List<Officer> build(ForceId force, Role role, Establishment est, int days, RandomGenerator shuffle) {
    int n = est.officers();
    Rank[] ranks = quota(est.ranks(), Rank.values(), n, Rank.class);
    int[] acc = new int[n];
    for (Accreditation a : Accreditation.values()) {
      double share = est.accreditations().getOrDefault(a, 0.0);
      int[] order = permutation(n, shuffle);
      int holders = (int) Math.round(share * n);
      for (int i = 0; i < holders; i++) acc[order[i]] |= 1 << a.ordinal();
    }
    int[] order = permutation(n, shuffle);
    int cycle = roster.cycleLength(role);
    List<Officer> list = new ArrayList<>(n);
    OfficerDays table = new OfficerDays(n, days);
    for (int i = 0; i < n; i++) {
      int k = order[i];
      Officer o = new Officer(officers.size(), force, ranks[k], role, acc[k], i % cycle, table, i);
      officers.add(o);
      list.add(o);
    }
    return list;
  }

  /** Exact counts by largest remainder, laid out in enum order. */
  private static <E extends Enum<E>> E[] quota(Map<E, Double> shares, E[] values, int n, Class<E> type) {
    int[] counts = new int[values.length];
    double[] rest = new double[values.length];
    int total = 0;
    for (E v : values) {
      double exact = shares.getOrDefault(v, 0.0) * n;
      counts[v.ordinal()] = (int) Math.floor(exact);
      rest[v.ordinal()] = exact - counts[v.ordinal()];
      total += counts[v.ordinal()];
    }
    while (total < n) {
      int best = 0;
      for (int i = 1; i < values.length; i++) if (rest[i] > rest[best]) best = i;
      counts[best]++;
      rest[best] = -1;
      total++;
    }
    @SuppressWarnings("unchecked")
    E[] out = (E[]) java.lang.reflect.Array.newInstance(type, n);
    int at = 0;
    for (E v : values) for (int c = 0; c < counts[v.ordinal()]; c++) out[at++] = v;
    return out;
  }

  private static int[] permutation(int n, RandomGenerator rng) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) p[i] = i;
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private void assignLeaveAndSickness(LeaveSpec spec, int days, RandomStreams random) {
    RandomGenerator leaveRng = random.get(RandomStreams.Purpose.LEAVE);
    RandomGenerator sickRng = random.get(RandomStreams.Purpose.SICKNESS);
    double yearShare = days / 365.0;
    int leaveDays = (int) Math.round(spec.annualLeaveDays() * yearShare);
    double sickMean = spec.sickDaysPerYear() * yearShare;
    PoissonDistribution sickCount = sickMean > 0 ? new PoissonDistribution(sickRng, sickMean,
        PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS) : null;
    for (Officer o : officers) {
      Pool pool = pool(o.force, o.role);
      int left = leaveDays;
      int guard = 0;
      // Blocks may start before the period, so its first days have their share of leave (no warm-up dip).
      int span = spec.leaveBlockDays() * 2;
      while (left > 0 && guard++ < 100) {
        int day = leaveRng.nextInt(days + span) - span;
        for (int d = Math.max(0, day); d < days && left > 0 && d < day + span; d++) {
          if (roster.rosteredOn(o, d) && !o.onLeave(d)) {
            o.setLeave(d);
            offDuty(pool, o, d);
            left--;
          }
        }
      }
      int sickDays = sickCount == null ? 0 : sickCount.sample();
      for (int i = 0; i < sickDays; i++) {
        int d = sickRng.nextInt(days);
        if (roster.rosteredOn(o, d) && !o.onLeave(d) && !o.sick(d)) {
          o.setSick(d);
          offDuty(pool, o, d);
        }
      }
    }
  }

  /** Each pool's officers rostered on each day, before leave and sickness take theirs off ({@link #offDuty}). */
  private void countRostered(int days) {
    for (Map<Role, Pool> byRole : pools.values()) {
      for (Pool pool : byRole.values()) {
        if (pool.officers.isEmpty()) continue;
        int[] byOffset = new int[roster.cycleLength(pool.role)];
        for (Officer o : pool.officers) byOffset[o.rosterOffset]++;
        roster.countRostered(pool.role, byOffset, days, pool.onDuty, pool.rosteredMinutes);
      }
    }
  }

  /** Takes a rostered officer's day of leave or sickness off the pool's count on duty (at most once a day). */
  private void offDuty(Pool pool, Officer o, int day) {
    pool.onDuty[day]--;
    pool.rosteredMinutes[day] -= roster.shiftMinutes(o, day);
  }

  List<Officer> officers() {
    return officers;
  }

  Pool pool(ForceId force, Role role) {
    // Asked for every team member and every officer at set-up, mostly for the force asked last: kept, to skip the hash.
    if (force != lastForce) {
      Map<Role, Pool> byRole = pools.get(force);
      if (byRole == null) return null;
      lastByRole = byRole;
      lastForce = force;
    }
    return lastByRole.get(role);
  }

  private ForceId lastForce;
  private Map<Role, Pool> lastByRole;

  /** Where the forces are: who responds together, who lends to whom, travel times. */
  ForceNetwork network() {
    return network;
  }

  List<ForceId> forces() {
    return forces;
  }

  List<Pool> pools() {
    List<Pool> all = new ArrayList<>();
    for (ForceId f : forces) all.addAll(pools.get(f).values());
    return all;
  }
}
