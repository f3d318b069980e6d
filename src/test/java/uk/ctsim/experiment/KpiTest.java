package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.Role;

/** The indicator names the compiler checks are the ones a replication records, no more and no fewer. */
class KpiTest {
  @Test
  void everyIndicatorARecordsIsNamedByTheEnumAndNoOther() {
    List<String> recorded = Metrics.names(uk.ctsim.output.Fixtures.scenario()).stream()
        .filter(n -> n.startsWith("kpi.") && !n.startsWith("kpi.unmet_hours.")).sorted().toList();
    assertThat(recorded).isEqualTo(Arrays.stream(Kpi.values()).map(Kpi::metric).sorted().toList());
    List<String> byRole = Metrics.names(uk.ctsim.output.Fixtures.scenario()).stream()
        .filter(n -> n.startsWith("kpi.unmet_hours.")).sorted().toList();
    assertThat(byRole).isEqualTo(Arrays.stream(Role.values()).map(r -> "kpi." + Kpi.unmetHoursOf(r)).sorted().toList());
  }

  @Test
  void keysAndMetricNamesAreLowerCaseWithThePrefix() {
    assertThat(Kpi.UNMET_HOURS.key()).isEqualTo("unmet_hours");
    assertThat(Kpi.UNMET_HOURS.metric()).isEqualTo("kpi.unmet_hours");
    assertThat(Kpi.ARMED_RESPONSE_MINUTES_MEAN.metric()).isEqualTo("kpi.armed_response_minutes_mean");
    assertThat(Kpi.unmetHoursOf(Role.CT_INVESTIGATION)).isEqualTo("unmet_hours.CT_INVESTIGATION");
    assertThat(Metrics.MAIN).contains("kpi.attacks", "kpi.unmet_hours", "kpi.armed_response_minutes_mean");
  }
}
