package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.GeneratorSpec;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.Period;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ThreatLevel;

/**
 * The random samplers of the model against the distributions they claim (in the manner of Commons RNG's
 * parametric sampler tests), each with its false-alarm rate stated.
 *
 * <p>Every check uses fixed seeds, so it is deterministic: it cannot flake, and it fails only when the code changes.
 * The bands say how often a correct sampler would fail with some other seed: ±4.5 standard deviations of a
 * statistic that is close to normal is about 7 in a million (two normal tails), and a Kolmogorov-Smirnov test at
 * p &lt; 0.0001 fails a correct sampler 1 time in 10,000. A wrong rate, a wrong spread or a draw shared between
 * incidents moves the statistics far outside these bands.
 */
@Tag("slow")
class SamplersStatisticalTest {
  private static final LocalDate START = LocalDate.of(2017, 1, 2);
  private static final double FOUR_AND_A_HALF_SD = 4.5;

  @Test
  void generatedEventsArriveAsAPoissonProcess() {
    // 3 a week over 364 days: Poisson with mean 3/7 × 364 = 156 a replication. Over 200 seeds the total is Poisson
    // with mean 31,200 (sd 176.6), and the index of dispersion (n - 1) s² / mean is chi-square with 199 degrees of
    // freedom (mean 199, sd 19.95), close to normal: a process that bunched or spaced its events would move it.
    GeneratorSpec g = new GeneratorSpec("demo", GeneratorSpec.Kind.POISSON, EventType.PROTEST, ForceId.MET, 3.0, null,
        10.0, 0.0, LocalTime.of(11, 0), 5.0, 10, 4, Map.of(Role.PUBLIC_ORDER, 1.0), 0.0);
    SimCalendar calendar = new SimCalendar(new Period(START, START.plusDays(363)));
    int seeds = 200;
    double[] counts = new double[seeds];
    double total = 0;
    for (int s = 0; s < seeds; s++) {
      RandomStreams streams = new RandomStreams(1_000 + s);
      counts[s] = EventGenerators.draw(List.of(g), calendar, ThreatLevel.SEVERE,
          streams.get(RandomStreams.Purpose.EVENT_ARRIVALS), streams.get(RandomStreams.Purpose.EVENT_SIZES)).size();
      total += counts[s];
    }
    double mean = 3.0 / 7 * 364;
    assertThat(total).isCloseTo(seeds * mean, within(FOUR_AND_A_HALF_SD * Math.sqrt(seeds * mean)));
    double m = total / seeds;
    double ss = 0;
    for (double c : counts) ss += (c - m) * (c - m);
    double dispersion = ss / m;
    assertThat(dispersion).isCloseTo(seeds - 1, within(FOUR_AND_A_HALF_SD * Math.sqrt(2.0 * (seeds - 1))));
  }

  @Test
  void randomIncidentsArriveAtTheirLevelsRateByThinning() {
    // Hoaxes at 26 a year at SEVERE and 52 at CRITICAL: candidates come at 52 a year and half are kept, so a fixed
    // SEVERE year of 364 days holds Poisson(26 × 364/365 = 25.93) hoaxes. Over 40 seeds: mean 1,037.1, sd 32.2.
    TestScenario b = TestScenario.builder().period(START, 364).fixed(ThreatLevel.SEVERE)
        .incidentType(AttackType.HOAX, new IncidentTypeSpec(Map.of(ThreatLevel.SEVERE, 26.0, ThreatLevel.CRITICAL, 52.0),
            null, null, List.of(), null));
    int seeds = 40;
    int total = 0;
    for (int s = 0; s < seeds; s++) total += TestScenario.only(b.run(500 + s), SimEvent.IncidentOccurred.class).size();
    double mean = seeds * 26.0 * 364 / 365;
    assertThat((double) total).isCloseTo(mean, within(FOUR_AND_A_HALF_SD * Math.sqrt(mean)));
  }

  @Test
  void eachIncidentsOwnResponseDrawIsStandardNormal() {
    // The armed response time is median × exp(sigma × Z), Z drawn from the incident's id so that it is the same in
    // every run of a threat-level comparison. 5,000 ids give 5,000 draws: their mean has sd 1/sqrt(5000) = 0.0141,
    // their sd about 1/sqrt(10000) = 0.01; and they pass a Kolmogorov-Smirnov test against N(0, 1) at p >= 0.0001.
    TestScenario.Parts parts = TestScenario.builder().officers(Role.ARMED, 10).parts(3, e -> {});
    IncidentResponder responder = new IncidentResponder(parts.scenario.incidents(), parts.threat(), parts.deployer,
        parts.workforce, parts.clock, e -> {}, parts.streams.get(RandomStreams.Purpose.ARMED_RESPONSE),
        new StaffDesk(parts.scenario.staff(), parts.scenario.forces(), parts.clock, e -> {}));
    int n = 5_000;
    double[] z = new double[n];
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      z[i] = responder.gaussianFor("vehicle_knife-" + (i + 1));
      sum += z[i];
      sumSq += z[i] * z[i];
    }
    double mean = sum / n;
    double sd = Math.sqrt(sumSq / n - mean * mean);
    assertThat(mean).isCloseTo(0, within(FOUR_AND_A_HALF_SD / Math.sqrt(n)));
    assertThat(sd).isCloseTo(1, within(FOUR_AND_A_HALF_SD / Math.sqrt(2.0 * n)));
    double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(null, 0, 1), z);
    assertThat(p).isGreaterThanOrEqualTo(0.0001);
    assertThat(responder.gaussianFor("x-1")).as("the same id, the same draw").isEqualTo(responder.gaussianFor("x-1"));
  }
}
