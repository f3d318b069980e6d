package uk.ctsim.model;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.PursueSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Pursue: plots, and the capacity of CT investigators to disrupt them. Capacity on a day is the share of CT
 * investigators' rostered minutes not abstracted to other demands.
 */
final class PursueProcess {
  private final PursueSpec spec;
  private final Workforce workforce;
  private final SimCalendar clock;
  private final RandomGenerator rng;
  private final double maxRatePerMinute;

  PursueProcess(PursueSpec spec, Workforce workforce, SimCalendar clock, RandomGenerator rng) {
    this.spec = spec;
    this.workforce = workforce;
    this.clock = clock;
    this.rng = rng;
    double max = spec.plotsPerYearByLevel().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    this.maxRatePerMinute = max / (365.0 * Minutes.PER_DAY);
  }

  /** Minutes to the next candidate arrival (thinned by {@link #accept}); infinite when no plots arrive. */
  double nextGap() {
    return maxRatePerMinute <= 0 ? Double.POSITIVE_INFINITY : -Math.log(1 - rng.nextDouble()) / maxRatePerMinute;
  }

  /**
   * Everything random about a candidate plot, drawn at once whether or not it is accepted: runs that differ only in
   * threat level (common random numbers) then keep their plot streams in step.
   */
  record Candidate(double acceptU, long leadMinutes, double disruptU, double typeU) {}

  Candidate candidate() {
    double acceptU = rng.nextDouble();
    double days = spec.plotLeadDaysMedian() * Math.exp(spec.plotLeadDaysSigma() * rng.nextGaussian());
    long lead = Math.max(Minutes.PER_DAY, Math.round(days * Minutes.PER_DAY));
    return new Candidate(acceptU, lead, rng.nextDouble(), rng.nextDouble());
  }

  /** Thinning: a candidate of the process at the highest rate is a plot with probability rate(level) / highest. */
  boolean accept(Candidate c, ThreatLevel level) {
    double rate = spec.plotsPerYearByLevel().getOrDefault(level, 0.0) / (365.0 * Minutes.PER_DAY);
    return c.acceptU() * maxRatePerMinute < rate;
  }

  /** Mean daily capacity share over [from, to). */
  double capacityShare(long from, long to) {
    int d0 = Math.max(0, Minutes.dayOf(from));
    int d1 = Math.min(clock.days() - 1, Minutes.dayOf(to));
    double sum = 0;
    int n = 0;
    for (int d = d0; d <= d1; d++) {
      sum += capacityShare(d);
      n++;
    }
    return n == 0 ? 1 : sum / n;
  }

  double capacityShare(int day) {
    long rostered = 0;
    long abstracted = 0;
    for (ForceId f : workforce.forces()) {
      Pool p = workforce.pool(f, Role.CT_INVESTIGATION);
      if (p == null) continue;
      rostered += p.rosteredMinutes[day];
      abstracted += p.abstractedMinutes[day];
    }
    return rostered == 0 ? 0 : Math.max(0, 1 - (double) abstracted / rostered);
  }

  double disruptionProbability(double capacity) {
    return spec.maxDisruptionProbability() * Math.pow(Math.min(1, capacity), spec.capacityElasticity());
  }

  AttackType attackType(double u) {
    double acc = 0;
    List<Map.Entry<AttackType, Double>> mix = spec.attackTypeMix().entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).toList();
    for (var e : mix) {
      acc += e.getValue();
      if (u < acc) return e.getKey();
    }
    return mix.get(mix.size() - 1).getKey();
  }
}
