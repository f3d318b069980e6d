package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.ctsim.model.TestScenario.day;
import static uk.ctsim.model.TestScenario.only;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.EventSpec;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.PhaseSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Pursue: plots arrive as a thinned Poisson process, run for a lognormal lead time, and are disrupted with a
 * probability that falls with the share of CT investigators' rostered time actually available.
 *
 * <p>Statistical checks use fixed seeds, so they are deterministic: they cannot flake, and they fail only if the
 * code changes. Each states its band: ±4.5 standard deviations of the statistic, so that a correct implementation
 * run with any other seed would fall outside with probability about 7 in a million (two normal tails).
 */
class PlotsAndDisruptionSpec {
  private static final double MINUTES_PER_YEAR = 365.0 * Minutes.PER_DAY;

  private static IncidentTypeSpec simple() {
    return new IncidentTypeSpec(null, null, null, List.of(TestScenario.phase(PhaseSpec.Kind.IMMEDIATE, 0, 0.1, 2, true,
        0, new StaffingRow(Role.ARMED, 1, null))), null);
  }

  private static TestScenario withPlots(Map<ThreatLevel, Double> rates, double leadMedian, double leadSigma) {
    return TestScenario.builder().officers(Role.CT_INVESTIGATION, 10)
        .incidentType(AttackType.FIREARMS, simple()).incidentType(AttackType.EXPLOSIVE, simple())
        .pursue(new uk.ctsim.scenario.PursueSpec(null, rates, leadMedian, leadSigma, 0.85, 1.5,
            Map.of(AttackType.VEHICLE_KNIFE, 0.5, AttackType.FIREARMS, 0.3, AttackType.EXPLOSIVE, 0.2)));
  }

  private static PursueProcess process(TestScenario b, long seed) {
    TestScenario.Parts p = b.parts(seed, e -> {});
    return new PursueProcess(p.scenario.pursue(), p.workforce, p.clock, p.streams.get(RandomStreams.Purpose.PLOTS),
        p.streams.get(RandomStreams.Purpose.ARRESTS));
  }

  private static long leadOf(PursueProcess p) {
    return p.leadMinutes(p.candidate(), AttackType.FIREARMS);
  }

  @Test
  void withNoPlotRateNoPlotArrives() {
    assertThat(process(TestScenario.builder(), 1).nextGap()).isInfinite();
  }

  @Test
  void aCandidateIsAPlotWithProbabilityItsLevelsRateOverTheHighest() {
    PursueProcess p = process(withPlots(Map.of(ThreatLevel.SEVERE, 12.0, ThreatLevel.CRITICAL, 24.0), 60, 0.5), 1);
    assertThat(p.accept(new PursueProcess.Candidate(0.4999, 0, 0, 0), ThreatLevel.SEVERE, 0)).isTrue();
    assertThat(p.accept(new PursueProcess.Candidate(0.5001, 0, 0, 0), ThreatLevel.SEVERE, 0)).isFalse();
    assertThat(p.accept(new PursueProcess.Candidate(0.9999, 0, 0, 0), ThreatLevel.CRITICAL, 0)).isTrue();
    assertThat(p.accept(new PursueProcess.Candidate(0.0, 0, 0, 0), ThreatLevel.LOW, 0)).isFalse();
  }

  @Test
  void candidatesArriveAtTheHighestRate() {
    // 2,000 gaps of an exponential with mean one year / 52: their mean has relative sd 1/sqrt(2000) = 2.24%,
    // so the band is ±10.1% of the mean.
    PursueProcess p = process(withPlots(Map.of(ThreatLevel.SEVERE, 26.0, ThreatLevel.CRITICAL, 52.0), 60, 0.5), 7);
    double sum = 0;
    for (int i = 0; i < 2000; i++) sum += p.nextGap();
    double expected = MINUTES_PER_YEAR / 52;
    assertThat(sum / 2000).isCloseTo(expected, within(expected * 4.5 / Math.sqrt(2000)));
  }

  @Test
  void leadTimesAreLognormalAroundTheMedianAndAtLeastADay() {
    // log(lead days) ~ N(ln 60, 0.5): over 4,000 draws the mean has sd 0.5/sqrt(4000) = 0.0079 and the sample sd has
    // sd about 0.5/sqrt(8000) = 0.0056.
    PursueProcess p = process(withPlots(Map.of(ThreatLevel.SEVERE, 12.0), 60, 0.5), 11);
    int n = 4000;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      double x = Math.log(p.leadMinutes(p.candidate(), AttackType.FIREARMS) / (double) Minutes.PER_DAY);
      sum += x;
      sumSq += x * x;
    }
    double mean = sum / n;
    double sd = Math.sqrt(sumSq / n - mean * mean);
    assertThat(mean).isCloseTo(Math.log(60), within(4.5 * 0.5 / Math.sqrt(n)));
    assertThat(sd).isCloseTo(0.5, within(4.5 * 0.5 / Math.sqrt(2.0 * n)));
    assertThat(leadOf(process(withPlots(Map.of(ThreatLevel.SEVERE, 12.0), 10, 0), 1)))
        .isEqualTo(10 * Minutes.PER_DAY);
    assertThat(leadOf(process(withPlots(Map.of(ThreatLevel.SEVERE, 12.0), 1, 0), 1)))
        .isEqualTo(Minutes.PER_DAY);
  }

  @Test
  void capacityIsTheShareOfRosteredInvestigatorTimeNotAbstracted() {
    TestScenario.Parts parts = withPlots(Map.of(ThreatLevel.SEVERE, 12.0), 60, 0.5).parts(1, e -> {});
    PursueProcess p = new PursueProcess(parts.scenario.pursue(), parts.workforce, parts.clock,
        parts.streams.get(RandomStreams.Purpose.PLOTS), parts.streams.get(RandomStreams.Purpose.ARRESTS));
    Pool ct = parts.workforce.pool(ForceId.MET, Role.CT_INVESTIGATION);
    assertThat(ct.rosteredMinutes[3]).isEqualTo(10 * 480);
    ct.abstractedMinutes[3] = 1200;
    ct.abstractedMinutes[4] = 4800;
    ct.abstractedMinutes[5] = 9999;
    assertThat(p.capacityShare(2)).isEqualTo(1.0);
    assertThat(p.capacityShare(3)).isEqualTo(0.75);
    assertThat(p.capacityShare(4)).isZero();
    assertThat(p.capacityShare(5)).isZero();
    // Over a plot's life: the mean of its days, clipped to the period.
    assertThat(p.capacityShare(day(2) + 600, day(4) + 10)).isCloseTo((1 + 0.75 + 0) / 3, within(1e-12));
    assertThat(p.capacityShare(-day(5), day(2))).isEqualTo(1.0);
    assertThat(p.capacityShare(day(26), day(40))).isEqualTo(1.0);
    assertThat(p.capacityShare(day(40), day(41))).isEqualTo(1.0);
    // With no investigators rostered there is no capacity.
    PursueProcess none = process(TestScenario.builder(), 1);
    assertThat(none.capacityShare(3)).isZero();
  }

  @Test
  void disruptionFallsWithCapacityByTheElasticity() {
    PursueProcess p = process(withPlots(Map.of(ThreatLevel.SEVERE, 12.0), 60, 0.5), 1);
    assertThat(p.disruptionProbability(1.0)).isEqualTo(0.85);
    assertThat(p.disruptionProbability(1.3)).isEqualTo(0.85);
    assertThat(p.disruptionProbability(0.25)).isCloseTo(0.85 * 0.125, within(1e-15));
    assertThat(p.disruptionProbability(0)).isZero();
  }

  @Test
  void anUndisruptedPlotBecomesAnAttackOfTheMixsType() {
    PursueProcess p = process(withPlots(Map.of(ThreatLevel.SEVERE, 12.0), 60, 0.5), 1);
    // Types in enum order: VEHICLE_KNIFE [0, 0.5), FIREARMS [0.5, 0.8), EXPLOSIVE [0.8, 1).
    assertThat(p.attackType(0.0)).isEqualTo(AttackType.VEHICLE_KNIFE);
    assertThat(p.attackType(0.4999)).isEqualTo(AttackType.VEHICLE_KNIFE);
    assertThat(p.attackType(0.5)).isEqualTo(AttackType.FIREARMS);
    assertThat(p.attackType(0.7999)).isEqualTo(AttackType.FIREARMS);
    assertThat(p.attackType(0.8)).isEqualTo(AttackType.EXPLOSIVE);
    assertThat(p.attackType(1.0)).isEqualTo(AttackType.EXPLOSIVE);
  }

  /**
   * 100 CT investigators on duty every day; with {@code abstracted} of them on an 8-hour event every day of the
   * period, the capacity share is {@code 1 - abstracted / 100} on every day.
   */
  private static List<SimEvent> plotsWithInvestigatorsAway(int abstracted, long seed) {
    TestScenario b = withPlots(Map.of(ThreatLevel.SEVERE, 1000.0), 3, 0).officers(Role.CT_INVESTIGATION, 100)
        .floor(Role.CT_INVESTIGATION, 0);
    if (abstracted > 0) {
      b.event(new EventSpec("desk", null, EventType.STATE_OCCASION, null, TestScenario.START, 28, LocalTime.of(8, 0),
          8.0, null, null, LocalDate.of(2017, 5, 1), ThreatLevel.SEVERE,
          List.of(new StaffingRow(Role.CT_INVESTIGATION, abstracted, null)), null, null));
    }
    return b.run(seed);
  }

  @Test
  void plotsResolveAfterTheirLeadTimeAtTheCapacityOfTheirLife() {
    List<SimEvent> events = plotsWithInvestigatorsAway(50, 3);
    var arrived = only(events, SimEvent.PlotArrived.class);
    var resolved = only(events, SimEvent.PlotResolved.class);
    assertThat(arrived).allSatisfy(a -> assertThat(a.resolveMinute() - a.minute()).isEqualTo(3L * Minutes.PER_DAY));
    assertThat(resolved).isNotEmpty().allSatisfy(r -> {
      assertThat(r.capacityShare()).isEqualTo(0.5);
      assertThat(r.disruptionProbability()).isCloseTo(0.85 * Math.pow(0.5, 1.5), within(1e-15));
    });
    var attacks = only(events, SimEvent.IncidentOccurred.class);
    assertThat(attacks).hasSize((int) resolved.stream().filter(r -> !r.disrupted()).count())
        .allSatisfy(a -> assertThat(a.fromPlot()).isTrue());
    assertThat(attacks.get(0).incidentId()).startsWith("plot-");
  }

  @Test
  void disruptionFrequencyFollowsTheProbabilityAtEachCapacity() {
    // Each resolved plot is disrupted with probability p: the count over n plots is Binomial(n, p), accepted within
    // ±4.5 sd (false-alarm rate about 7 in a million for another seed; with these fixed seeds it is deterministic).
    int[] away = {0, 25, 50};
    double[] capacity = {1.0, 0.75, 0.5};
    double[] share = new double[away.length];
    for (int k = 0; k < away.length; k++) {
      int n = 0;
      int disrupted = 0;
      for (long seed = 1; seed <= 8; seed++) {
        for (var r : only(plotsWithInvestigatorsAway(away[k], seed), SimEvent.PlotResolved.class)) {
          assertThat(r.capacityShare()).isCloseTo(capacity[k], within(1e-12));
          n++;
          if (r.disrupted()) disrupted++;
        }
      }
      double p = 0.85 * Math.pow(capacity[k], 1.5);
      double sd = Math.sqrt(n * p * (1 - p));
      assertThat(n).as("plots resolved").isGreaterThan(300);
      assertThat((double) disrupted).as("disrupted at capacity %s", capacity[k]).isCloseTo(n * p, within(4.5 * sd));
      share[k] = disrupted / (double) n;
    }
    assertThat(share[0]).isGreaterThan(share[1]);
    assertThat(share[1]).isGreaterThan(share[2]);
  }

  private static uk.ctsim.scenario.PursueSpec tempoSpec(java.util.List<uk.ctsim.scenario.TempoChange> tempo,
      Map<AttackType, Double> leadFactor, Map<AttackType, Double> disruptFactor, double growth, double nElasticity) {
    return new uk.ctsim.scenario.PursueSpec(400, Map.of(ThreatLevel.SEVERE, 4.0, ThreatLevel.CRITICAL, 8.0), 60.0, 0.0,
        0.9, 0.5, Map.of(AttackType.FIREARMS, 1.0), tempo, growth, leadFactor, disruptFactor, nElasticity, null);
  }

  private static PursueProcess process(uk.ctsim.scenario.PursueSpec spec) {
    TestScenario.Parts p = TestScenario.builder().officers(Role.CT_INVESTIGATION, 10)
        .incidentType(AttackType.FIREARMS, simple()).pursue(spec).parts(1, e -> {});
    return new PursueProcess(p.scenario.pursue(), p.workforce, p.clock, p.streams.get(RandomStreams.Purpose.PLOTS),
        p.streams.get(RandomStreams.Purpose.ARRESTS));
  }

  @Test
  void plotsFollowADatedTempoAtAnUnchangedLevel() {
    // SEVERE 4 a year; from day 2 of the period the tempo is 3 times that (12 a year), so the highest rate is
    // CRITICAL 8 x 3 = 24 a year and a candidate is a SEVERE plot with probability 4/24 before and 12/24 after.
    var tempo = java.util.List.of(new uk.ctsim.scenario.TempoChange(TestScenario.START.plusDays(2), 3.0));
    PursueProcess p = process(tempoSpec(tempo, Map.of(), Map.of(), 0, 0));
    long dayOne = Minutes.startOfDay(1) + 600;
    long dayTwo = Minutes.startOfDay(2);
    assertThat(p.ratePerYear(ThreatLevel.SEVERE, dayOne)).isEqualTo(4.0);
    assertThat(p.ratePerYear(ThreatLevel.SEVERE, dayTwo)).isEqualTo(12.0);
    assertThat(p.ratePerYear(ThreatLevel.CRITICAL, dayTwo)).isEqualTo(24.0);
    assertThat(p.accept(new PursueProcess.Candidate(4.0 / 24 - 1e-6, 0, 0, 0), ThreatLevel.SEVERE, dayOne)).isTrue();
    assertThat(p.accept(new PursueProcess.Candidate(4.0 / 24 + 1e-6, 0, 0, 0), ThreatLevel.SEVERE, dayOne)).isFalse();
    assertThat(p.accept(new PursueProcess.Candidate(0.5 - 1e-6, 0, 0, 0), ThreatLevel.SEVERE, dayTwo)).isTrue();
    assertThat(p.accept(new PursueProcess.Candidate(0.5 + 1e-6, 0, 0, 0), ThreatLevel.SEVERE, dayTwo)).isFalse();
    // Candidates arrive at the highest rate, 24 a year: with a uniform of 1 - 1/e the gap is one mean, a year / 24.
    assertThat(tempoSpec(tempo, Map.of(), Map.of(), 0, 0).maxTempoFactor()).isEqualTo(3.0);
  }

  @Test
  void aTempoFactorBelowOneKeepsTheLevelsHighestRateAsTheCandidateRate() {
    var tempo = java.util.List.of(new uk.ctsim.scenario.TempoChange(TestScenario.START.plusDays(1), 0.5));
    assertThat(tempoSpec(tempo, Map.of(), Map.of(), 0, 0).maxTempoFactor()).isEqualTo(1.0);
    assertThat(tempoSpec(tempo, Map.of(), Map.of(), 0, 0).tempoFactor(TestScenario.START)).isEqualTo(1.0);
    assertThat(tempoSpec(tempo, Map.of(), Map.of(), 0, 0).tempoFactor(TestScenario.START.plusDays(5))).isEqualTo(0.5);
  }

  @Test
  void lowSophisticationPlotsMatureFasterAndAreHarderToDisrupt() {
    PursueProcess p = process(tempoSpec(java.util.List.of(), Map.of(AttackType.VEHICLE_KNIFE, 0.5),
        Map.of(AttackType.VEHICLE_KNIFE, 0.8), 0, 0));
    PursueProcess.Candidate c = new PursueProcess.Candidate(0, 0, 0, 0);
    assertThat(p.leadMinutes(c, AttackType.FIREARMS)).isEqualTo(60L * Minutes.PER_DAY);
    assertThat(p.leadMinutes(c, AttackType.VEHICLE_KNIFE)).isEqualTo(30L * Minutes.PER_DAY);
    // 0.9 x 0.64^0.5 = 0.72 at the reference caseload; x 0.8 = 0.576 for a vehicle or knife plot.
    assertThat(p.disruptionProbability(AttackType.FIREARMS, 0.64, 400, 1)).isCloseTo(0.72, within(1e-12));
    assertThat(p.disruptionProbability(AttackType.VEHICLE_KNIFE, 0.64, 400, 1)).isCloseTo(0.576, within(1e-12));
  }

  @Test
  void aGrowingCaseloadSharesTheCapacityAndNeighbourhoodHoursFeedDisruption() {
    PursueProcess p = process(tempoSpec(java.util.List.of(), Map.of(), Map.of(), 0.21, 0.5));
    // 400 x 1.21^(365/365) = 484 live investigations after a year.
    assertThat(p.caseload(0)).isEqualTo(400.0);
    assertThat(p.caseload(365)).isCloseTo(484.0, within(1e-9));
    // Capacity 1 over a caseload of 500: 0.9 x (400/500)^0.5 = 0.80498; neighbourhood 0.81: x 0.9 = 0.72449.
    assertThat(p.disruptionProbability(AttackType.FIREARMS, 1.0, 500, 1)).isCloseTo(0.9 * Math.sqrt(0.8), within(1e-12));
    assertThat(p.disruptionProbability(AttackType.FIREARMS, 1.0, 500, 0.81))
        .isCloseTo(0.9 * Math.sqrt(0.8) * 0.9, within(1e-12));
    assertThat(p.disruptionProbability(AttackType.FIREARMS, 1.0, 400, 1)).isCloseTo(0.9, within(1e-12));
  }
}
