package uk.ctsim.output.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import uk.ctsim.cost.CostKind;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.output.Fixtures;
import uk.ctsim.scenario.ThreatLevel;

/** Each chart's dataset (series keys, category labels, values) against numbers recomputed from the fixture's rows. */
class ChartDataTest {
  private final ExperimentResult result = Fixtures.result();
  private final List<ReplicationResult> reps = result.replications();

  private double meanPounds(java.util.function.ToLongFunction<ReplicationResult> pence) {
    return reps.stream().mapToLong(pence).average().orElseThrow() / 100.0;
  }

  /** Issue 8 item 6: two random attacks of one type on one day had the same series key and the chart threw. */
  @Test
  void twoAttacksOfOneTypeOnOneDayAreTwoSeriesWithDistinctLabels() {
    ReplicationResult first = reps.get(0);
    java.util.List<uk.ctsim.experiment.IncidentRow> incidents = new java.util.ArrayList<>();
    for (String id : List.of("rnd-7", "rnd-9")) {
      incidents.add(new uk.ctsim.experiment.IncidentRow(id, "FIREARMS", uk.ctsim.scenario.AttackType.FIREARMS,
          uk.ctsim.scenario.ForceId.MET, java.time.LocalDateTime.of(2017, 5, 31, id.equals("rnd-7") ? 9 : 17, 0), false,
          8.0, 10, Map.of(uk.ctsim.scenario.PhaseSpec.Kind.IMMEDIATE, id.equals("rnd-7") ? 100.0 : 200.0), 1, 2, 3,
          0, 0, 0));
    }
    var twin = new ReplicationResult(1, 1, first.ledger(), first.daily(), first.events(), incidents, first.kpis());
    var run = new ExperimentResult(result.scenario(), 42L, List.of(twin));
    XYDataset lines = TimeCharts.lines(ActivityData.attackOfficers(run)).getXYPlot().getDataset();
    assertThat(lines.getSeriesCount()).isEqualTo(4);
    // The attack with more officer-hours (rnd-9) comes first.
    assertThat(lines.getSeriesKey(0)).isEqualTo("FIREARMS (2017-05-31) [rnd-9]: " + Labels.CT);
    assertThat(lines.getSeriesKey(2)).isEqualTo("FIREARMS (2017-05-31) [rnd-7]: " + Labels.CT);
    CategoryDataset split = dataset(BarCharts.bars(ActivityData.attackCtSplit(run)));
    assertThat(split.getColumnKeys()).containsExactly("FIREARMS (2017-05-31) [rnd-7]", "FIREARMS (2017-05-31) [rnd-9]");
    // As the report draws it: one panel per attack, each with the same two series, and a legend of two entries.
    var panels = (org.jfree.chart.plot.CombinedDomainXYPlot) TimeCharts.panels(ActivityData.attackOfficers(run)).getXYPlot();
    assertThat(panels.getSubplots()).hasSize(2);
    for (XYPlot panel : panels.getSubplots()) {
      assertThat(panel.getDataset().getSeriesKey(0)).isEqualTo(Labels.CT);
      assertThat(panel.getDataset().getSeriesKey(1)).isEqualTo(Labels.NON_CT);
    }
    assertThat(panels.getLegendItems().getItemCount()).isEqualTo(2);
  }

  @Test
  void costByLevelDrawsTheRunAloneWhenNoLevelsAreGiven() {
    JFreeChart chart = BarCharts.costByLevel(ChartData.costByLevel(result, Map.of()));
    var data = (StatisticalCategoryDataset) chart.getCategoryPlot().getDataset();
    assertThat(data.getColumnKeys()).containsExactly("Severe (as run)");
    assertThat(data.getRowKeys()).containsExactly("Additional (cash)", "Opportunity (diverted time)");
    double additional = meanPounds(r -> r.ledger().totalPence(CostKind.ADDITIONAL));
    assertThat(data.getMeanValue(0, 0).doubleValue()).isCloseTo(additional, within(1e-6));
    assertThat(data.getMeanValue(1, 0).doubleValue())
        .isCloseTo(meanPounds(r -> r.ledger().totalPence(CostKind.OPPORTUNITY)), within(1e-6));
    // Two replications: t(1) 97.5% = 12.706; sd of {a1, a2} = |a1 - a2| / sqrt(2); half = 12.706 * sd / sqrt(2). The
    // t interval goes below zero, so it is cut there (Summary's t-cut-at-zero) and the whisker is half of 0 to high.
    double a1 = reps.get(0).ledger().totalPence(CostKind.ADDITIONAL) / 100.0;
    double a2 = reps.get(1).ledger().totalPence(CostKind.ADDITIONAL) / 100.0;
    double high = additional + 12.706204736174705 * Math.abs(a1 - a2) / 2;
    assertThat(data.getStdDevValue(0, 0).doubleValue()).isCloseTo(high / 2, within(1e-3));
  }

  @Test
  void costByLevelOrdersTheLevelsOfAComparison() {
    var levels = Map.of(ThreatLevel.CRITICAL, result, ThreatLevel.SUBSTANTIAL, result);
    var data = BarCharts.costByLevel(ChartData.costByLevel(result, levels)).getCategoryPlot().getDataset();
    assertThat(data.getColumnKeys()).containsExactly("Substantial", "Critical");
  }

  @Test
  void categoryBarsStackEachCategoryOverAdditionalAndOpportunity() {
    CategoryDataset data = dataset(BarCharts.bars(ChartData.byCategory(result)));
    assertThat(data.getRowKeys()).containsExactly("Abstraction", "Overtime", "Mutual aid", "Recovery");
    assertThat(data.getColumnKeys()).containsExactly("Additional (cash)", "Opportunity (diverted time)");
    assertThat(data.getValue("Overtime", "Additional (cash)").doubleValue()).isCloseTo((123_456_789.0 * 3 / 2) / 100, within(1e-6));
    assertThat(data.getValue("Abstraction", "Opportunity (diverted time)").doubleValue()).isCloseTo(5_000.05, within(1e-9));
    assertThat(data.getValue("Recovery", "Additional (cash)").doubleValue()).isCloseTo(-10.0, within(1e-9));
  }

  @Test
  void strandBarsHoldEveryStrandWithCost() {
    CategoryDataset data = dataset(BarCharts.bars(ChartData.byStrand(result)));
    assertThat(data.getRowKeys()).containsExactly("Protect", "Prepare");
    assertThat(data.getValue("Prepare", "Additional (cash)").doubleValue()).isCloseTo(0.99, within(1e-9));
  }

  @Test
  void topEventsAreSortedByMeanTotalWithAdditionalAndOpportunitySideBySide() {
    Bars bars = ChartData.topEvents(result);
    assertThat(bars.horizontal()).isTrue();
    CategoryDataset data = dataset(BarCharts.bars(bars));
    assertThat(data.getColumnKeys()).containsExactly("World Athletics Championships", "Concert");
    assertThat(data.getValue("Additional (cash)", "World Athletics Championships").doubleValue())
        .isCloseTo(123_455_789.0 * 1.5 / 100, within(1e-6));
    assertThat(data.getValue("Opportunity (diverted time)", "Concert").doubleValue()).isZero();
  }

  @Test
  void cumulativeCostStartsAtZeroAndEndsAtTheMedianTotal() {
    CumulativeCost input = ActivityData.cumulativeCost(result);
    assertThat(input.weekEnds()).containsExactly(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 2));
    assertThat(input.median().get(0)).isZero();
    // The period (1-2 June) is all in 2017-W22, which holds only the 99p mutual-aid line in each replication;
    // lines of other weeks (W31) fall outside the period and are not on this axis.
    assertThat(input.median().get(1)).isCloseTo(0.99, within(1e-9));
    assertThat(input.p5().get(1)).isCloseTo(0.99, within(1e-9));
    XYDataset data = TimeCharts.cumulativeCost(input).getXYPlot().getDataset();
    assertThat(data.getItemCount(0)).isEqualTo(2);
  }

  @Test
  void deploymentStacksTheDeploymentsAboveAndOrdinaryDutyInItsOwnPanel() {
    JFreeChart chart = TimeCharts.deployment(ActivityData.deployment(result));
    var combined = (org.jfree.chart.plot.CombinedDomainXYPlot) chart.getXYPlot();
    XYPlot top = combined.getSubplots().get(0);
    XYPlot bottom = combined.getSubplots().get(1);
    XYDataset stacked = top.getDataset(0);
    assertThat(stacked.getSeriesCount()).isEqualTo(4);
    assertThat(stacked.getSeriesKey(0)).isEqualTo(Labels.EVENTS);
    assertThat(stacked.getYValue(0, 0)).isEqualTo(20);
    assertThat(stacked.getYValue(3, 0)).isEqualTo(3);
    XYDataset unmet = top.getDataset(1);
    assertThat(unmet.getSeriesKey(0)).isEqualTo(TimeCharts.UNMET);
    assertThat(unmet.getYValue(0, 0)).isEqualTo(0.005);
    assertThat(bottom.getDataset().getSeriesKey(0)).isEqualTo(Labels.ORDINARY);
    assertThat(bottom.getDataset().getYValue(0, 0)).isEqualTo(60);
  }

  @Test
  void everyMarkerKindHasALegendEntry() {
    var input = new CumulativeCost(List.of(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 8)), List.of(0.0, 1.0),
        List.of(0.0, 2.0), List.of(0.0, 3.0), List.of(new DayMarker(LocalDate.of(2017, 6, 3), "London Bridge",
            DayMarker.Kind.ATTACK), new DayMarker(LocalDate.of(2017, 6, 4), "Critical", DayMarker.Kind.THREAT_LEVEL)), 2);
    var items = TimeCharts.cumulativeCost(input).getXYPlot().getLegendItems();
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) labels.add(items.get(i).getLabel());
    assertThat(labels).contains("Attack (first replication)", "Threat level change (first replication)");
  }

  @Test
  void levelDifferencesArePairedAndLeaveOutTheReference() {
    var levels = Map.of(ThreatLevel.SEVERE, result, ThreatLevel.CRITICAL, result);
    CostByLevel diffs = ChartData.levelDifferences(levels, ThreatLevel.SEVERE);
    assertThat(diffs.bars()).hasSize(1);
    assertThat(diffs.bars().get(0).label()).isEqualTo("Critical");
    assertThat(diffs.bars().get(0).additional().mean()).isZero();
    var chart = BarCharts.differences(diffs, "Severe");
    assertThat(chart.getTitle().getText()).startsWith("Difference from Severe");
  }

  @Test
  void weeklyChartsSumDaysIntoIsoWeeks() {
    CategoryDataset abstraction = dataset(BarCharts.bars(ActivityData.abstractionByRole(result)));
    assertThat(abstraction.getRowKeys()).containsExactly("Neighbourhood", "CT investigation");
    assertThat(abstraction.getColumnKeys()).containsExactly("2017-W22");
    assertThat(abstraction.getValue("Neighbourhood", "2017-W22").doubleValue()).isEqualTo(8.0);
    CategoryDataset overtime = dataset(BarCharts.bars(ActivityData.overtimeByWeek(result)));
    assertThat(overtime.getValue("Overtime", "2017-W22").doubleValue()).isCloseTo(12.345, within(1e-9));
    CategoryDataset rest = dataset(BarCharts.bars(ActivityData.restDaysByWeek(result)));
    assertThat(rest.getValue("Rest days cancelled", "2017-W22").doubleValue()).isEqualTo(1.0);
  }

  @Test
  void attackChartsShowTheFirstReplicationsAttacks() {
    CategoryDataset split = dataset(BarCharts.bars(ActivityData.attackCtSplit(result)));
    assertThat(split.getColumnKeys()).containsExactly("London Bridge (2017-06-03)");
    assertThat(split.getValue(Labels.CT, "London Bridge (2017-06-03)").doubleValue()).isEqualTo(3000);
    assertThat(split.getValue(Labels.NON_CT, "London Bridge (2017-06-03)").doubleValue()).isEqualTo(6000);
    XYDataset lines = TimeCharts.lines(ActivityData.attackOfficers(result)).getXYPlot().getDataset();
    assertThat(lines.getSeriesCount()).isEqualTo(2);
    assertThat(lines.getSeriesKey(0)).isEqualTo("London Bridge (2017-06-03): " + Labels.CT);
    assertThat(lines.getSeriesKey(1)).isEqualTo("London Bridge (2017-06-03): " + Labels.NON_CT);
    assertThat(lines.getItemCount(0)).isEqualTo(ActivityData.SURGE_DAYS);
    // From the incident's day-by-day record: day 0 50 CT and 900 others, day 1 40 and 600, then none.
    assertThat(lines.getYValue(0, 0)).isEqualTo(50);
    assertThat(lines.getYValue(1, 0)).isEqualTo(900);
    assertThat(lines.getYValue(0, 1)).isEqualTo(40);
    assertThat(lines.getYValue(1, 1)).isEqualTo(600);
    assertThat(lines.getYValue(1, 2)).isZero();
  }

  @Test
  void overtimeHistogramCountsOfficersWithOvertimeByBandAndNamesThoseWithNone() {
    var bars = ActivityData.overtimeHistogram(result);
    assertThat(bars.title()).contains("90 officers had none");
    CategoryDataset histogram = dataset(BarCharts.bars(bars));
    assertThat(histogram.getColumnKeys()).containsExactly("0-10", "10-20");
    assertThat(histogram.getValue("Officers", "0-10").doubleValue()).isEqualTo(8);
    assertThat(histogram.getValue("Officers", "10-20").doubleValue()).isEqualTo(2);
  }

  @Test
  void chartsUseOneColourPerCategoryEverywhere() {
    var categoryChart = BarCharts.bars(ChartData.byCategory(result));
    var paint = categoryChart.getCategoryPlot().getRenderer().getSeriesPaint(1);
    assertThat(paint).isEqualTo(Palette.of("Overtime", 99));
  }

  @Test
  void moneyIsShownWithSeparatorsAndShortUnits() {
    assertThat(Money.pounds(1_234_567.4)).isEqualTo("£1,234,567");
    assertThat(Money.pounds(-1_234)).isEqualTo("-£1,234");
    assertThat(Money.shortPounds(12_500)).isEqualTo("£12.5k");
    assertThat(Money.shortPounds(3_270_000)).isEqualTo("£3.27m");
    assertThat(Money.shortPounds(1.2e9)).isEqualTo("£1.2bn");
    assertThat(Money.shortPounds(950)).isEqualTo("£950");
  }

  private static CategoryDataset dataset(JFreeChart chart) {
    CategoryPlot plot = chart.getCategoryPlot();
    return plot.getDataset();
  }
}
