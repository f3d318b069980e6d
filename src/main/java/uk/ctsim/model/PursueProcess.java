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
 * investigators' rostered minutes not abstracted to other demands, shared over the day's caseload; the neighbourhood
 * officers' share delivered feeds the disruption chance too. Plots arrive at the rate of the level times the tempo
 * factor of the day.
 */
final class PursueProcess {
  private final PursueSpec spec;
  private final Workforce workforce;
  private final SimCalendar clock;
  private final RandomGenerator rng;
  private final RandomGenerator arrestRng;
  private final double maxRatePerMinute;

  PursueProcess(PursueSpec spec, Workforce workforce, SimCalendar clock, RandomGenerator rng, RandomGenerator arrestRng) {
    this.spec = spec;
    this.workforce = workforce;
    this.clock = clock;
    this.rng = rng;
    this.arrestRng = arrestRng;
    double max = spec.plotsPerYearByLevel().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    this.maxRatePerMinute = max * spec.maxTempoFactor() / (365.0 * Minutes.PER_DAY);
  }

  /** Minutes to the next candidate arrival (thinned by {@link #accept}); infinite when no plots arrive. */
  double nextGap() {
    return maxRatePerMinute <= 0 ? Double.POSITIVE_INFINITY : -Math.log(1 - rng.nextDouble()) / maxRatePerMinute;
  }

  /**
   * Everything random about a candidate plot, drawn at once whether or not it is accepted: runs that differ only in
   * threat level (common random numbers) then keep their plot streams in step.
   *
   * @param leadZ the standard normal draw of the plot's lead time
   */
  record Candidate(double acceptU, double leadZ, double disruptU, double typeU) {}

  Candidate candidate() {
    double acceptU = rng.nextDouble();
    double z = rng.nextGaussian();
    return new Candidate(acceptU, z, rng.nextDouble(), rng.nextDouble());
  }

  /** Minutes from a plot's arrival to its end: the lognormal lead time times its type's factor, at least a day. */
  long leadMinutes(Candidate c, AttackType type) {
    double days = spec.plotLeadDaysMedian() * Math.exp(spec.plotLeadDaysSigma() * c.leadZ())
        * spec.leadTimeFactorByType().getOrDefault(type, 1.0);
    return Math.max(Minutes.PER_DAY, Math.round(days * Minutes.PER_DAY));
  }

  /** The plots per year at {@code level} on the day of {@code minute}: the level's rate times the day's tempo. */
  double ratePerYear(ThreatLevel level, long minute) {
    return spec.plotsPerYearByLevel().getOrDefault(level, 0.0) * spec.tempoFactor(clock.dateOf(minute));
  }

  /** Thinning: a candidate of the process at the highest rate is a plot with probability rate / highest. */
  boolean accept(Candidate c, ThreatLevel level, long minute) {
    double rate = ratePerYear(level, minute) / (365.0 * Minutes.PER_DAY);
    return c.acceptU() * maxRatePerMinute < rate;
  }

  /** Mean daily capacity share of CT investigators over [from, to). */
  double capacityShare(long from, long to) {
    return deliveredShare(Role.CT_INVESTIGATION, from, to);
  }

  /** Mean daily share of {@code role}'s rostered minutes not abstracted, over the days of [from, to]. */
  double deliveredShare(Role role, long from, long to) {
    int d0 = Math.max(0, Minutes.dayOf(from));
    int d1 = Math.min(clock.days() - 1, Minutes.dayOf(to));
    double sum = 0;
    int n = 0;
    for (int d = d0; d <= d1; d++) {
      sum += deliveredShare(role, d);
      n++;
    }
    return n == 0 ? 1 : sum / n;
  }

  double capacityShare(int day) {
    return deliveredShare(Role.CT_INVESTIGATION, day);
  }

  private double deliveredShare(Role role, int day) {
    long rostered = 0;
    long abstracted = 0;
    for (ForceId f : workforce.forces()) {
      Pool p = workforce.pool(f, role);
      if (p == null) continue;
      rostered += p.rosteredMinutes[day];
      abstracted += p.abstractedMinutes[day];
    }
    return rostered == 0 ? 0 : Math.max(0, 1 - (double) abstracted / rostered);
  }

  /** The caseload of live investigations on {@code day}: the reference caseload grown at its yearly rate. */
  double caseload(int day) {
    return spec.liveInvestigations() * Math.pow(1 + spec.caseloadGrowthPerYear(), day / 365.0);
  }

  /** The disruption chance from CT capacity alone, at the reference caseload and full neighbourhood delivery. */
  double disruptionProbability(double capacity) {
    return spec.maxDisruptionProbability() * Math.pow(Math.min(1, capacity), spec.capacityElasticity());
  }

  /**
   * The disruption chance of a plot of {@code type}: CT capacity per investigation (capacity × reference caseload /
   * caseload) and the neighbourhood share delivered, each with its elasticity, times the type's factor; at most 1.
   */
  double disruptionProbability(AttackType type, double capacity, double caseload, double neighbourhood) {
    double perCase = Math.min(1, capacity) * spec.liveInvestigations() / caseload;
    double p = disruptionProbability(perCase) * spec.disruptionFactorByType().getOrDefault(type, 1.0)
        * Math.pow(Math.min(1, neighbourhood), spec.neighbourhoodElasticity());
    return Math.min(1, p);
  }

  /** Arrests after a plot's end: a Poisson count with the spec's mean for a disruption or an attack. */
  int arrests(boolean disrupted) {
    double mean = disrupted ? spec.arrests().perDisruption() : spec.arrests().perAttack();
    return Poisson.draw(arrestRng, mean);
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
