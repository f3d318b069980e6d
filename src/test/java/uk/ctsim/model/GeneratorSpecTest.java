package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.GeneratorSpec;
import uk.ctsim.scenario.Period;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Event generators: fixture lists on their dates, Poisson arrivals at their weekly rate, lognormal sizes split by the
 * role mix. Statistical checks use fixed seeds (deterministic, so they cannot flake) and accept ±4.5 standard
 * deviations of the statistic: a correct generator with another seed would fail about 7 times in a million.
 */
class GeneratorSpecTest {
  private static final LocalDate START = LocalDate.of(2017, 1, 2);

  private static SimCalendar clock(int days) {
    return new SimCalendar(new Period(START, START.plusDays(days - 1L)));
  }

  private static GeneratorSpec poisson(double perWeek, double median, double sigma, Map<Role, Double> mix) {
    return new GeneratorSpec("demo", GeneratorSpec.Kind.POISSON, EventType.PROTEST, ForceId.CITY, perWeek, null, median,
        sigma, LocalTime.of(11, 0), 5.0, 10, 4, mix, 0.25);
  }

  private static List<PlannedEvent> draw(GeneratorSpec g, int days, long seed) {
    RandomStreams s = new RandomStreams(seed);
    return EventGenerators.draw(List.of(g), clock(days), ThreatLevel.SEVERE, s.get(RandomStreams.Purpose.EVENT_ARRIVALS),
        s.get(RandomStreams.Purpose.EVENT_SIZES));
  }

  @Test
  void fixturesAreHeldOnTheirDatesInsideThePeriod() {
    GeneratorSpec g = new GeneratorSpec("games", GeneratorSpec.Kind.FIXTURES, EventType.FOOTBALL, null, null,
        List.of(START.minusDays(1), START, START.plusDays(9), START.plusDays(10)), 20.0, null, null, null, 3, null,
        Map.of(Role.NEIGHBOURHOOD, 0.6, Role.RESPONSE, 0.4), null);
    List<PlannedEvent> events = draw(g, 10, 1);
    assertThat(events).extracting(e -> e.spec.start()).containsExactly(START, START.plusDays(9));
    assertThat(events).extracting(e -> e.spec.id()).containsExactly("games-0001", "games-0002");
    PlannedEvent first = events.get(0);
    assertThat(first.spec.name()).isEqualTo("FOOTBALL " + START);
    assertThat(first.spec.days()).isEqualTo(1);
    assertThat(first.spec.planningDate()).isEqualTo(START.minusDays(3));
    assertThat(first.spec.dailyStart()).isEqualTo(LocalTime.of(10, 0));
    assertThat(first.spec.dailyHours()).isEqualTo(8.0);
    assertThat(first.spec.priority()).isEqualTo(6);
    assertThat(first.spec.force()).isEqualTo(ForceId.MET);
    assertThat(first.spec.referenceLevel()).isEqualTo(ThreatLevel.SEVERE);
    assertThat(first.generatorId).isEqualTo("games");
    assertThat(first.spec.staffing()).containsExactly(new StaffingRow(Role.NEIGHBOURHOOD, 12, null),
        new StaffingRow(Role.RESPONSE, 8, null));
  }

  @Test
  void aSizeTooSmallToSplitGoesWhollyToTheLargestRole() {
    GeneratorSpec g = new GeneratorSpec("tiny", GeneratorSpec.Kind.FIXTURES, EventType.FOOTBALL, null, null,
        List.of(START), 1.0, null, null, null, null, null,
        Map.of(Role.NEIGHBOURHOOD, 0.25, Role.RESPONSE, 0.4, Role.PUBLIC_ORDER, 0.35), null);
    assertThat(draw(g, 5, 1).get(0).spec.staffing()).containsExactly(new StaffingRow(Role.RESPONSE, 1, null));
  }

  @Test
  void poissonEventsCarryTheGeneratorsSettings() {
    List<PlannedEvent> events = draw(poisson(3, 10, 0, Map.of(Role.PUBLIC_ORDER, 1.0)), 60, 5);
    assertThat(events).isNotEmpty().allSatisfy(e -> {
      assertThat(e.spec.planningDate()).isEqualTo(e.spec.start().minusDays(10));
      assertThat(e.spec.force()).isEqualTo(ForceId.CITY);
      assertThat(e.spec.priority()).isEqualTo(4);
      assertThat(e.spec.recoveredShare()).isEqualTo(0.25);
      assertThat(e.spec.dailyHours()).isEqualTo(5.0);
      assertThat(e.spec.dailyStart()).isEqualTo(LocalTime.of(11, 0));
      assertThat(e.spec.staffing()).containsExactly(new StaffingRow(Role.PUBLIC_ORDER, 10, null));
      assertThat(e.spec.start()).isBetween(START, START.plusDays(59));
    });
    assertThat(draw(poisson(0, 10, 0, Map.of(Role.PUBLIC_ORDER, 1.0)), 60, 5)).isEmpty();
  }

  @Test
  void poissonArrivalsAverageTheirWeeklyRate() {
    // 3 a week over 364 days, 20 seeds: the total is Poisson with mean 20 x 156 = 3,120 and sd 55.9; band ±251.
    int total = 0;
    for (long seed = 1; seed <= 20; seed++) total += draw(poisson(3, 10, 0, Map.of(Role.PUBLIC_ORDER, 1.0)), 364, seed).size();
    assertThat((double) total).isCloseTo(3120, within(4.5 * Math.sqrt(3120)));
  }

  @Test
  void arrivalsAreSpreadEvenlyFromTheFirstDay() {
    // Announcements run from before the period, so the first weeks are not empty: the first and second halves of a
    // 364-day period each hold half of the events. Over 20 seeds the first-half count is Binomial(n, 0.5).
    int first = 0;
    int n = 0;
    for (long seed = 1; seed <= 20; seed++) {
      for (PlannedEvent e : draw(poisson(3, 10, 0, Map.of(Role.PUBLIC_ORDER, 1.0)), 364, seed)) {
        n++;
        if (e.spec.start().isBefore(START.plusDays(182))) first++;
      }
    }
    assertThat((double) first).isCloseTo(n / 2.0, within(4.5 * Math.sqrt(n * 0.25)));
  }

  @Test
  void sizesAreLognormalAroundTheMedian() {
    // log(size) ~ N(ln 50, 0.4); rounding to whole officers moves a log by under 0.01. Over n events the mean has sd
    // 0.4 / sqrt(n).
    double sum = 0;
    double sumSq = 0;
    int n = 0;
    for (long seed = 1; seed <= 10; seed++) {
      for (PlannedEvent e : draw(poisson(5, 50, 0.4, Map.of(Role.NEIGHBOURHOOD, 1.0)), 364, seed)) {
        double x = Math.log(e.spec.staffing().get(0).officers());
        sum += x;
        sumSq += x * x;
        n++;
      }
    }
    double mean = sum / n;
    double sd = Math.sqrt(sumSq / n - mean * mean);
    assertThat(n).isGreaterThan(2000);
    assertThat(mean).isCloseTo(Math.log(50), within(4.5 * 0.4 / Math.sqrt(n) + 0.01));
    assertThat(sd).isCloseTo(0.4, within(4.5 * 0.4 / Math.sqrt(2.0 * n) + 0.01));
  }
}
