package uk.ctsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricVectorTest {
  private static Map<String, Double> metrics(double total, double nan) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("cost.total", total);
    m.put("cost.additional", 1.5);
    m.put("kpi.plots_disrupted", nan);
    return m;
  }

  @Test
  void aVectorIsTheSameMapInTheSameOrderAndSharesTheNamesOfThePreviousOne() {
    MetricVector first = MetricVector.of(metrics(10.25, Double.NaN), null);
    MetricVector second = MetricVector.of(metrics(-3.0, Double.NaN), first);
    assertThat(first).isEqualTo(metrics(10.25, Double.NaN)).hasSize(3);
    assertThat(first.keySet()).containsExactly("cost.total", "cost.additional", "kpi.plots_disrupted");
    assertThat(second.get("cost.total")).isEqualTo(-3.0);
    assertThat(second.get("kpi.plots_disrupted")).isNaN();
    assertThat(second.get("cost.opportunity")).isNull();
    assertThat(second.containsKey("cost.additional")).isTrue();
    assertThat(second.containsKey("cost.opportunity")).isFalse();
    assertThat(second.keySet().iterator().next()).isSameAs(first.keySet().iterator().next());
  }

  @Test
  void otherNamesGetTheirOwnList() {
    MetricVector first = MetricVector.of(metrics(1, 2), null);
    Map<String, Double> other = new LinkedHashMap<>(Map.of("cost.total", 4.0));
    MetricVector second = MetricVector.of(other, first);
    assertThat(second).isEqualTo(other).hasSize(1);
    assertThat(second.get("cost.additional")).isNull();
  }
}
