package uk.ctsim.output.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import uk.ctsim.cost.CostLine;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.output.report.Table.Type;

/**
 * Mean cost by calendar month and by financial year (see {@link FinancialPeriods} for how a line is dated), additional
 * and opportunity, for the workbook's month and financial-year sheets.
 */
public final class PeriodTables {
  private PeriodTables() {}

  /** One row a month: the month (a date cell, its first day), its financial year, additional, opportunity, total. */
  public static Table byMonth(ExperimentResult result) {
    Map<YearMonth, double[]> sums = sums(result, l -> FinancialPeriods.monthOfWeek(l.isoWeek()));
    List<List<Object>> rows = new ArrayList<>();
    sums.forEach((month, s) -> {
      LocalDate first = month.atDay(1);
      rows.add(List.of(first, FinancialPeriods.financialYear(first), s[0], s[1], s[0] + s[1]));
    });
    return new Table("By month", Table.columns("Month", Type.DATE, "Financial year", Type.TEXT, "Additional (mean)",
        Type.POUNDS, "Opportunity (mean)", Type.POUNDS, "Total (mean)", Type.POUNDS), rows);
  }

  /** One row a financial year (April to March). */
  public static Table byFinancialYear(ExperimentResult result) {
    Map<String, double[]> sums = sums(result, l -> FinancialPeriods.financialYearOfWeek(l.isoWeek()));
    List<List<Object>> rows = new ArrayList<>();
    sums.forEach((year, s) -> rows.add(List.of(year, s[0], s[1], s[0] + s[1])));
    return new Table("By financial year", Table.columns("Financial year", Type.TEXT, "Additional (mean)", Type.POUNDS,
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
