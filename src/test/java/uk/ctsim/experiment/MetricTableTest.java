package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricTableTest {
  private static Map<String, Double> row(Object... pairs) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    return m;
  }

  @Test
  void aMetricMissingFromAReplicationCountsAsZero() {
    MetricTable t = MetricTable.of(List.of(row("cost.total", 10, "cost.by_event.a", 4), row("cost.total", 20),
        row("cost.total", 30, "cost.by_event.a", 8)));
    assertThat(t.names()).containsExactly("cost.total", "cost.by_event.a");
    assertThat(t.values("cost.by_event.a")).containsExactly(4, 0, 8);
    assertThat(t.summary("cost.by_event.a").mean()).isEqualTo(4.0, within(1e-12));
    assertThat(t.replications()).isEqualTo(3);
  }

  @Test
  void namesKeepTheOrderInWhichTheyFirstAppear() {
    MetricTable t = MetricTable.of(List.of(row("b", 1, "c", 1), row("a", 1, "b", 2)));
    assertThat(t.names()).containsExactly("b", "c", "a");
    assertThat(t.summaries().keySet()).containsExactly("b", "c", "a");
  }

  @Test
  void summariesAreThoseOfSummaryOf() {
    MetricTable t = MetricTable.of(List.of(row("x", 1), row("x", 2), row("x", 3), row("x", 10)));
    assertThat(t.summary("x")).isEqualTo(Summary.of(new double[] {1, 2, 3, 10}));
    assertThat(t.summary("x").mean()).isEqualTo(4.0);
  }

  @Test
  void valuesAreACopyAndUnknownNamesAreRefused() {
    MetricTable t = MetricTable.of(List.of(row("x", 1), row("x", 2)));
    t.values("x")[0] = 99;
    assertThat(t.values("x")).containsExactly(1, 2);
    assertThatThrownBy(() -> t.values("y")).hasMessageContaining("no metric named y");
    assertThatThrownBy(() -> MetricTable.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void grantExposureIsTheShareOfYearsWithAPassingIncidentAndTheP90OfSurgeCost() {
    MetricTable t = MetricTable.of(List.of(
        row(Metrics.INCIDENTS_PASSING, 0, Metrics.SURGE_COST, 100, "cost.surge_additional", 10),
        row(Metrics.INCIDENTS_PASSING, 2, Metrics.SURGE_COST, 200, "cost.surge_additional", 20),
        row(Metrics.INCIDENTS_PASSING, 0, Metrics.SURGE_COST, 300, "cost.surge_additional", 30),
        row(Metrics.INCIDENTS_PASSING, 1, Metrics.SURGE_COST, 400, "cost.surge_additional", 40)));
    GrantExposure g = GrantExposure.of(t);
    assertThat(g.pYearWithPassingIncident()).isEqualTo(0.5);
    assertThat(g.surgeCostMeanGbp()).isEqualTo(250.0);
    // position 1 + 0.9 × 3 = 3.7 → 300 + 0.7 × 100
    assertThat(g.surgeCostP90Gbp()).isEqualTo(370.0, within(1e-9));
    assertThat(g.surgeAdditionalP90Gbp()).isEqualTo(37.0, within(1e-9));
  }
}
