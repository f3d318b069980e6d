package uk.ctsim.output.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import uk.ctsim.cost.CostLine;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.output.chart.Labels;
import uk.ctsim.output.report.Table.Type;
import uk.ctsim.scenario.Funder;

/**
 * Mean cost by calendar month, financial year (April to March) and funder, as each cost line records them, additional
 * and opportunity, for the workbook's month, financial-year and funder sheets.
 */
public final class PeriodTables {
  private PeriodTables() {}

  /** One row a month: the month (a date cell, its first day), its financial year, additional, opportunity, total. */
  public static Table byMonth(ExperimentResult result) {
    Map<String, double[]> sums = sums(result, CostLine::month);
    Map<String, String> years = new TreeMap<>();
    result.replications().forEach(r -> r.ledger().lines().forEach(l -> years.put(l.month(), l.financialYear())));
    List<List<Object>> rows = new ArrayList<>();
    sums.forEach((month, s) -> rows.add(List.of(YearMonth.parse(month).atDay(1), years.get(month), s[0], s[1], s[0] + s[1])));
    return new Table("By month", Table.columns("Month", Type.DATE, "Financial year", Type.TEXT, "Additional (mean)",
        Type.POUNDS, "Opportunity (mean)", Type.POUNDS, "Total (mean)", Type.POUNDS), rows);
  }

  /** One row a financial year (April to March). */
  public static Table byFinancialYear(ExperimentResult result) {
    List<List<Object>> rows = new ArrayList<>();
    sums(result, CostLine::financialYear).forEach((year, s) -> rows.add(List.of(year, s[0], s[1], s[0] + s[1])));
    return new Table("By financial year", Table.columns("Financial year", Type.TEXT, "Additional (mean)", Type.POUNDS,
        "Opportunity (mean)", Type.POUNDS, "Total (mean)", Type.POUNDS), rows);
  }

  /** One row a funder (the budget or payer a line is booked to), in the order of {@link Funder}. */
  public static Table byFunder(ExperimentResult result) {
    List<List<Object>> rows = new ArrayList<>();
    sums(result, CostLine::funder).forEach((funder, s) -> rows.add(List.of(Labels.of(funder), s[0], s[1], s[0] + s[1])));
    return new Table("By funder", Table.columns("Funder", Type.TEXT, "Additional (mean)", Type.POUNDS,
        "Opportunity (mean)", Type.POUNDS, "Total (mean)", Type.POUNDS), rows);
  }

  /** Mean pounds by key and kind (index 0 additional, 1 opportunity), keys in natural order. */
  private static <K extends Comparable<K>> Map<K, double[]> sums(ExperimentResult result, Function<CostLine, K> key) {
    int n = result.replications().size();
    Map<K, double[]> sums = new TreeMap<>();
    for (ReplicationResult rep : result.replications()) {
      for (CostLine line : rep.ledger().lines()) {
        sums.computeIfAbsent(key.apply(line), k -> new double[2])[line.kind().ordinal()] += line.pence() / 100.0 / n;
      }
    }
    return sums;
  }
}
