package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.cost.CostLine;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Strand;
import uk.ctsim.output.Fixtures;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;

/** Metric extraction on the hand-built replications of {@link Fixtures}; every expected figure is summed by hand. */
class MetricsTest {
  private final ReplicationResult first = Fixtures.result().replications().get(0);
  private final Map<String, Double> m = Metrics.of(first);

  @Test
  void totalsAndSurgeAreThePoundsOfTheLedger() {
    // lines: overtime 1,234,567.89; abstraction 5,000.05; mutual aid 0.99 (incident scene); recovery -10.00
    assertThat(m.get("cost.total")).isEqualTo(1_239_558.93, within(1e-9));
    assertThat(m.get("cost.additional")).isEqualTo(1_234_558.88, within(1e-9));
    assertThat(m.get("cost.opportunity")).isEqualTo(5_000.05, within(1e-9));
    assertThat(m.get("cost.surge")).isEqualTo(0.99, within(1e-9));
    assertThat(m.get("cost.surge_additional")).isEqualTo(0.99, within(1e-9));
  }

  @Test
  void breakdownsListEveryConstantWithZeroWhereThereIsNoCost() {
    assertThat(m.get("cost.by_category.OVERTIME")).isEqualTo(1_234_567.89, within(1e-9));
    assertThat(m.get("cost.by_category.RECOVERY")).isEqualTo(-10.0, within(1e-9));
    assertThat(m.get("cost.by_category.MILITARY")).isZero();
    assertThat(m.get("cost.by_strand.PREPARE")).isEqualTo(0.99, within(1e-9));
    assertThat(m.get("cost.by_force.NATIONAL")).isEqualTo(0.99, within(1e-9));
    assertThat(m.get("cost.by_force.BTP")).isZero();
    assertThat(m.get("cost.by_kind.OPPORTUNITY")).isEqualTo(5_000.05, within(1e-9));
    assertThat(m.get("cost.by_incident_type.VEHICLE_KNIFE")).isEqualTo(0.99, within(1e-9));
    assertThat(m.get("cost.by_incident_type.FIREARMS")).isZero();
  }

  @Test
  void calendarEventsAreNamedAndGeneratedEventsArePooled() {
    assertThat(m.get("cost.by_event.athletics")).isEqualTo(1_239_557.94, within(1e-9));
    assertThat(m).doesNotContainKey("cost.by_event.concert, \"big\"");
    assertThat(m.get("cost.events_generated")).isEqualTo(1.00, within(1e-9));
  }

  @Test
  void everyWeekOfThePeriodAndEveryWeekWithCostIsListedInOrder() {
    assertThat(m.keySet().stream().filter(k -> k.startsWith("cost.by_week."))).containsExactly(
        "cost.by_week.2017-W22", "cost.by_week.2017-W31");
    assertThat(m.get("cost.by_week.2017-W22")).isEqualTo(0.99, within(1e-9));
    assertThat(m.get("cost.by_week.2017-W31")).isEqualTo(1_239_557.94, within(1e-9));
  }

  @Test
  void fundersAndFinancialYearsSplitTheTotalExactly() {
    // 31 March 2017 is the last day of 2016-17, 1 April 2017 the first of 2017-18 (April-to-March financial year)
    CostLedger ledger = CostLedger.of(List.of(
        line(Funder.CT_POLICING_GRANT, CostKind.ADDITIONAL, LocalDate.of(2017, 3, 31), 10_000L),
        line(Funder.FORCE_CORE_BUDGET, CostKind.OPPORTUNITY, LocalDate.of(2017, 3, 31), 20_000L),
        line(Funder.FORCE_CORE_BUDGET, CostKind.ADDITIONAL, LocalDate.of(2017, 4, 1), 300_000L),
        line(Funder.EVENT_ORGANISER, CostKind.ADDITIONAL, LocalDate.of(2017, 4, 1), -4_000L)));
    Map<String, Double> split = Metrics.of(new ReplicationResult(1, 1, ledger, first.daily(), first.events(),
        first.incidents(), first.kpis()));
    assertThat(split.get("cost.by_funder.CT_POLICING_GRANT")).isEqualTo(100.0);
    assertThat(split.get("cost.by_funder.FORCE_CORE_BUDGET")).isEqualTo(3_200.0);
    assertThat(split.get("cost.by_funder.EVENT_ORGANISER")).isEqualTo(-40.0);
    assertThat(split.get("cost.by_funder.SPECIAL_GRANT")).isZero();
    assertThat(split.get("cost.additional_by_funder.FORCE_CORE_BUDGET")).isEqualTo(3_000.0);
    assertThat(split.get("cost.by_financial_year.2016-17")).isEqualTo(300.0);
    assertThat(split.get("cost.by_financial_year.2017-18")).isEqualTo(2_960.0);
    assertThat(split.get("cost.additional_by_financial_year.2016-17")).isEqualTo(100.0);
    assertThat(split.get("cost.additional_by_financial_year.2017-18")).isEqualTo(2_960.0);
    assertThat(split.get("cost.by_month.2017-03")).isEqualTo(300.0);
    assertThat(split.get("cost.by_month.2017-06")).as("the simulated day, without cost").isZero();
    double byFunder = Arrays.stream(Funder.values()).mapToDouble(f -> split.get("cost.by_funder." + f)).sum();
    assertThat(byFunder).isEqualTo(split.get("cost.total")).isEqualTo(3_260.0);
  }

  private static CostLine line(Funder funder, CostKind kind, LocalDate day, long pence) {
    return new CostLine(ForceId.MET, funder, CostCategory.OVERTIME, Strand.PROTECT, kind, DemandKind.EVENT, "e", day,
        pence);
  }

  @Test
  void grantHoursAndKpis() {
    assertThat(m.get("grant.incidents_passing")).as("£0.99 is below the £32m threshold").isZero();
    assertThat(m.get("hours.abstraction.NEIGHBOURHOOD")).isEqualTo(8.0);
    assertThat(m.get("hours.abstraction.RESPONSE")).isZero();
    assertThat(m.get("kpi.attacks")).isEqualTo(1.0);
    assertThat(m.get("kpi.plots_disrupted")).isNaN();
  }

  @Test
  void namesComeInADocumentedOrderThatDoesNotDependOnMapIteration() {
    List<String> names = List.copyOf(m.keySet());
    assertThat(names.subList(0, 5)).containsExactly("cost.total", "cost.additional", "cost.opportunity", "cost.surge",
        "cost.surge_additional");
    assertThat(names.stream().filter(n -> n.startsWith("kpi."))).containsExactly("kpi.attacks", "kpi.plots_disrupted",
        "kpi.unmet_hours");
    assertThat(names.get(names.size() - 1)).isEqualTo("kpi.unmet_hours");
    assertThat(List.copyOf(Metrics.of(first).keySet())).isEqualTo(names);
  }

  @Test
  void anIncidentAboveItsForceThresholdCountsTowardsTheGrant() {
    IncidentRow small = first.incidents().get(0);
    IncidentRow big = new IncidentRow(small.incidentId(), small.name(), small.type(), small.force(), small.time(),
        small.fromPlot(), small.armedResponseMinutes(), small.peakConcurrentOfficers(), small.officerHoursByPhase(),
        small.ctHoursFirstWeek(), small.nonCtHoursFirstWeek(), small.investigationOfficersFirstWeek(),
        small.grantThresholdPence() + 1, 0, small.grantThresholdPence(), List.of(), small.grantThresholdPence() + 1, 0);
    ReplicationResult withBig = new ReplicationResult(1, 1, first.ledger(), first.daily(), first.events(),
        List.of(small, big), first.kpis());
    assertThat(Metrics.of(withBig).get("grant.incidents_passing")).isEqualTo(1.0);
  }
}
