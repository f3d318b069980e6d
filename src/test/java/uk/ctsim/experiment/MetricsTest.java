package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.output.Fixtures;

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
        small.grantThresholdPence() + 1, 0, small.grantThresholdPence());
    ReplicationResult withBig = new ReplicationResult(1, 1, first.ledger(), first.daily(), first.events(),
        List.of(small, big), first.kpis());
    assertThat(Metrics.of(withBig).get("grant.incidents_passing")).isEqualTo(1.0);
  }
}
