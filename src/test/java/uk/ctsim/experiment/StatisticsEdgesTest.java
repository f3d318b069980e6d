package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.ForceId;

/**
 * Edges of the statistics and comparisons: one or two replications, a zero spread, metrics that do not line up,
 * the strictness of the grant threshold, and the rows of a comparison, each worked by hand.
 */
class StatisticsEdgesTest {
  private static MetricTable table(double... totals) {
    List<Map<String, Double>> rows = new java.util.ArrayList<>();
    for (double t : totals) rows.add(Map.of(Metrics.TOTAL, t, Metrics.INCIDENTS_PASSING, t > 10 ? 1.0 : 0.0,
        Metrics.SURGE_COST, t, "cost.surge_additional", t / 2));
    return MetricTable.of(rows);
  }

  @Test
  void oneReplicationHasNoSpreadAndTwoHaveAnInterval() {
    Summary one = Summary.of(new double[] {5});
    assertThat(one.sd()).isNaN();
    assertThat(one.ciLow()).isNaN();
    assertThat(one.mean()).isEqualTo(5);
    // Two values 1 and 3: mean 2, sd sqrt(2), half-width t(0.975, 1) x sqrt(2) / sqrt(2) = 12.7062047362.
    Summary two = Summary.of(new double[] {1, 3});
    assertThat(two.sd()).isCloseTo(Math.sqrt(2), within(1e-12));
    assertThat(two.ciHigh() - two.mean()).isCloseTo(12.7062047362, within(1e-9));
    assertThatThrownBy(() -> Summary.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void welchNeedsTwoPerSideAndASpread() {
    Difference tooFew = Difference.welch(new double[] {1}, new double[] {2, 4});
    assertThat(tooFew.mean()).isEqualTo(2.0);
    assertThat(tooFew.ciLow()).isNaN();
    assertThat(Difference.welch(new double[] {1, 2}, new double[] {3}).ciHigh()).isNaN();
    Difference flat = Difference.welch(new double[] {1, 1}, new double[] {4, 4});
    assertThat(flat.ciLow()).isEqualTo(3.0);
    assertThat(flat.ciHigh()).isEqualTo(3.0);
    assertThat(flat.df()).isInfinite();
    // 1, 3 against 2, 6: va = 2/2 = 1, vb = 8/2 = 4, se = sqrt 5, df = 25 / (1 + 16) = 1.4705882353
    Difference d = Difference.welch(new double[] {1, 3}, new double[] {2, 6});
    assertThat(d.mean()).isEqualTo(2.0);
    assertThat(d.df()).isCloseTo(25.0 / 17, within(1e-12));
    assertThat(d.halfWidth()).isCloseTo(new org.apache.commons.math3.distribution.TDistribution(25.0 / 17)
        .inverseCumulativeProbability(0.975) * Math.sqrt(5), within(1e-9));
    Difference nan = Difference.welch(new double[] {1, Double.NaN}, new double[] {2, 6});
    assertThat(nan.ciLow()).isNaN();
  }

  @Test
  void varianceReductionIsUndefinedForASingleReplicationOrAConstantDifference() {
    assertThat(Difference.varianceReduction(new double[] {1}, new double[] {2})).isNaN();
    assertThat(Difference.varianceReduction(new double[] {1, 2}, new double[] {3, 4})).isNaN();
    // var(a) = 0.5, var(b) = 2, b - a = 1, 2: var 0.5, so (0.5 + 2) / 0.5 = 5
    assertThat(Difference.varianceReduction(new double[] {1, 2}, new double[] {2, 4})).isCloseTo(5.0, within(1e-12));
  }

  @Test
  void aComparisonListsEveryRunOfEveryMetricWithItsDifference() {
    MetricTable ref = table(10, 20);
    MetricTable higher = table(13, 27);
    Comparison c = new Comparison(List.of("base", "high"), List.of(ref, higher), 0, uk.ctsim.experiment.ComparisonMethod.PAIRED, List.of(Metrics.TOTAL,
        Metrics.SURGE_COST));
    assertThat(c.method()).isEqualTo(uk.ctsim.experiment.ComparisonMethod.PAIRED);
    List<Comparison.Row> rows = c.rows();
    assertThat(rows).extracting(Comparison.Row::label).containsExactly("base", "high", "base", "high");
    assertThat(rows).extracting(Comparison.Row::metric).containsExactly(Metrics.TOTAL, Metrics.TOTAL,
        Metrics.SURGE_COST, Metrics.SURGE_COST);
    assertThat(rows.get(0).difference()).isNull();
    assertThat(rows.get(1).difference().mean()).isEqualTo(5.0);
    assertThat(rows.get(1).difference().method()).isEqualTo(uk.ctsim.experiment.ComparisonMethod.PAIRED);
    assertThat(rows.get(1).welch().method()).isEqualTo(uk.ctsim.experiment.ComparisonMethod.WELCH);
    // var(ref) = 50, var(higher) = 98, differences 3 and 7: var 8, so (50 + 98) / 8 = 18.5
    assertThat(rows.get(1).varianceReduction()).isCloseTo(18.5, within(1e-12));
    Comparison welch = new Comparison(List.of("base", "high"), List.of(ref, higher), 1, uk.ctsim.experiment.ComparisonMethod.WELCH, List.of(Metrics.TOTAL));
    assertThat(welch.method()).isEqualTo(uk.ctsim.experiment.ComparisonMethod.WELCH);
    assertThat(welch.row("base", Metrics.TOTAL).difference().mean()).isEqualTo(-5.0);
    assertThat(welch.row("base", Metrics.TOTAL).varianceReduction()).isNaN();
    assertThatThrownBy(() -> welch.row("nobody", Metrics.TOTAL)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aComparisonRejectsRunsThatDoNotLineUp() {
    MetricTable two = table(1, 2);
    MetricTable three = table(1, 2, 3);
    assertThatThrownBy(() -> new Comparison(List.of("a", "b"), List.of(two, three), 0, uk.ctsim.experiment.ComparisonMethod.PAIRED, List.of(Metrics.TOTAL)))
        .isInstanceOf(IncomparableRunsException.class);
    assertThat(new Comparison(List.of("a", "b"), List.of(two, three), 0, uk.ctsim.experiment.ComparisonMethod.WELCH, List.of(Metrics.TOTAL)).paired())
        .isFalse();
    assertThatThrownBy(() -> new Comparison(List.of("a"), List.of(two, three), 0, uk.ctsim.experiment.ComparisonMethod.WELCH, List.of(Metrics.TOTAL)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Comparison(List.of("a", "b"), List.of(two, three), 2, uk.ctsim.experiment.ComparisonMethod.WELCH, List.of(Metrics.TOTAL)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Comparison(List.of("a", "b"), List.of(two, three), -1, uk.ctsim.experiment.ComparisonMethod.WELCH, List.of(Metrics.TOTAL)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Comparison(List.of("a", "b"), List.of(two, three), 0, uk.ctsim.experiment.ComparisonMethod.WELCH, List.of("kpi.none")))
        .isInstanceOf(IncomparableRunsException.class);
  }

  @Test
  void runsAreComparedOnTheMetricsTheyShareAndCalendarOnesMayDiffer() {
    MetricTable a = MetricTable.of(List.of(Map.of("cost.total", 1.0, "cost.by_event.x", 2.0, "cost.by_week.2017-W01", 3.0)));
    MetricTable b = MetricTable.of(List.of(Map.of("cost.total", 1.0, "cost.by_event.y", 2.0, "cost.by_week.2017-W01", 3.0)));
    assertThat(MetricAlignment.common(List.of("a", "b"), List.of(a, b)))
        .containsExactlyInAnyOrder("cost.total", "cost.by_week.2017-W01");
    MetricTable c = MetricTable.of(List.of(Map.of("cost.by_event.x", 2.0)));
    assertThatThrownBy(() -> MetricAlignment.common(List.of("a", "c"), List.of(a, c)))
        .isInstanceOf(IncomparableRunsException.class).hasMessageContaining("cost.total is missing from c");
    assertThat(a.has("cost.total")).isTrue();
    assertThat(a.has("cost.surge")).isFalse();
  }

  @Test
  void grantExposureCountsYearsWithAtLeastOnePassingIncident() {
    GrantExposure g = GrantExposure.of(table(5, 11, 20, 9));
    assertThat(g.replications()).isEqualTo(4);
    assertThat(g.pYearWithPassingIncident()).isEqualTo(0.5);
    assertThat(g.surgeCostMeanGbp()).isEqualTo(11.25);
    MetricTable exactlyOne = MetricTable.of(List.of(Map.of(Metrics.INCIDENTS_PASSING, 1.0, Metrics.SURGE_COST, 0.0,
        "cost.surge_additional", 0.0), Map.of(Metrics.INCIDENTS_PASSING, 0.5, Metrics.SURGE_COST, 0.0,
        "cost.surge_additional", 0.0)));
    assertThat(GrantExposure.of(exactlyOne).pYearWithPassingIncident()).isEqualTo(0.5);
  }

  private static IncidentRow incident(long additional, long threshold) {
    return new IncidentRow("x", "x", AttackType.VEHICLE_KNIFE, ForceId.MET, LocalDateTime.of(2017, 6, 3, 22, 0), false,
        8, 10, Map.of(), 0, 0, 0, additional, 0, threshold);
  }

  @Test
  void anIncidentPassesTheGrantThresholdOnlyWhenStrictlyAboveAPositiveThreshold() {
    assertThat(incident(101, 100).passesGrantThreshold()).isTrue();
    assertThat(incident(100, 100).passesGrantThreshold()).isFalse();
    assertThat(incident(5, 0).passesGrantThreshold()).isFalse();
    assertThat(incident(1, 0).passesGrantThreshold()).isFalse();
  }
}
