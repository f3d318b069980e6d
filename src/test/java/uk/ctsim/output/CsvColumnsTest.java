package uk.ctsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.PhaseSpec;

/** One column list per CSV: the headers the writers write are the reader's constants, in file order. */
class CsvColumnsTest {
  @Test
  void headersAreTheConstantsInLowerCaseInFileOrder() {
    assertThat(CostsCsv.COLUMNS).containsExactly("replication", "force", "funder", "category", "strand", "kind",
        "demand", "reference", "week", "month", "financial_year", "gbp");
    assertThat(OvertimeHistogramCsv.COLUMNS).containsExactly("replication", "from_hours", "to_hours", "officers");
    assertThat(MutualAidCsv.COLUMNS).containsExactly("replication", "date", "lending_force", "receiving_force",
        "officers_away", "shifts_worked", "officers_travelling");
    assertThat(MetricsCsv.COLUMNS).containsExactly("replication", "metric", "value");
    assertThat(IncidentDaysCsv.COLUMNS).containsExactly("replication", "incident_id", "day", "ct_officers",
        "non_ct_officers", "ct_hours", "non_ct_hours");
    assertThat(DailyCsv.COLUMNS.get(16)).isEqualTo("pursue_capacity_share");
    assertThat(DailyCsv.COLUMNS.subList(17, 23)).containsExactly("everyday_demand_hours", "everyday_ordinary_hours",
        "everyday_extra_hours", "everyday_unmet_hours", "everyday_backlog_hours", "everyday_deferred_hours");
    assertThat(DailyCsv.COLUMNS.subList(23, 31)).containsExactly("plots", "plots_disrupted", "arrests", "arrest_hours",
        "caseload", "prevent_referrals", "channel_cases", "prevent_hours");
    assertThat(DailyCsv.COLUMNS.subList(31, 34)).containsExactly("owed_hours_repaid", "owed_hours_outstanding",
        "fatigue_sick_hours");
    assertThat(DailyCsv.COLUMNS.get(34)).isEqualTo("abstraction_hours_neighbourhood");
    assertThat(EventsCsv.COLUMNS.subList(10, 12)).containsExactly("final_officers_per_day", "officer_hours_neighbourhood");
    assertThat(EventsCsv.COLUMNS.get(EventsCsv.COLUMNS.size() - 1)).isEqualTo("cost_ratio_to_initial_plan");
    assertThat(CsvColumn.headers(EventsCsv.EventTotal.OFFICER_HOURS_TOTAL, EventsCsv.EventTotal.UNMET_HOURS))
        .isEqualTo(List.of("officer_hours_total", "unmet_hours"));
  }

  @Test
  void eachIncidentPhaseHasItsOwnHoursColumn() {
    assertThat(IncidentsCsv.hoursColumn(PhaseSpec.Kind.IMMEDIATE).header()).isEqualTo("officer_hours_immediate");
    assertThat(IncidentsCsv.hoursColumn(PhaseSpec.Kind.SCENE).header()).isEqualTo("officer_hours_scene");
    assertThat(IncidentsCsv.hoursColumn(PhaseSpec.Kind.INVESTIGATION).header()).isEqualTo("officer_hours_investigation");
  }
}
