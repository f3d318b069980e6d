package uk.ctsim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.Difference;
import uk.ctsim.experiment.Summary;

/**
 * {@code levels.csv} and {@code comparison.csv}: one row per run (threat level or scenario) and metric.
 *
 * <p>Columns: the run's label ({@code level} or {@code run}), {@code metric}, {@code n}, {@code mean},
 * {@code ci95_low}, {@code ci95_high}, {@code p90} (the run's own statistics); {@code diff_mean},
 * {@code diff_ci95_low}, {@code diff_ci95_high} (this run minus the reference run, 95% interval), {@code diff_method}
 * ({@code paired} or {@code welch}); {@code welch_ci95_low}, {@code welch_ci95_high} (the interval as if the runs had
 * independent seeds) and {@code variance_reduction} ((var a + var b) / var(b − a), paired runs only). The reference
 * run's difference cells are empty. {@code ci95_method} is the method of the run's own interval, as in summary.csv.
 * Pounds ({@code cost.*}) have 2 decimals, other metrics 4.
 */
public final class ComparisonCsv {
  public static final String LEVELS_FILE = "levels.csv";
  public static final String COMPARISON_FILE = "comparison.csv";

  private ComparisonCsv() {}

  public static List<String> columns(String labelColumn) {
    return List.of(labelColumn, "metric", "n", "mean", "ci95_low", "ci95_high", "p90", "diff_mean", "diff_ci95_low",
        "diff_ci95_high", "diff_method", "welch_ci95_low", "welch_ci95_high", "variance_reduction", "ci95_method");
  }

  public static void write(Comparison comparison, String labelColumn, Writer out) throws IOException {
    try (CsvTable csv = new CsvTable(out, columns(labelColumn))) {
      for (Comparison.Row row : comparison.rows()) csv.row(cells(row));
    }
  }

  private static List<String> cells(Comparison.Row row) {
    String m = row.metric();
    Summary s = row.summary();
    List<String> cells = new ArrayList<>(List.of(row.label(), m, String.valueOf(s.n()), Cells.metric(m, s.mean()),
        Cells.metric(m, s.ciLow()), Cells.metric(m, s.ciHigh()), Cells.metric(m, s.p90())));
    Difference d = row.difference();
    if (d == null) {
      cells.addAll(List.of("", "", "", "", "", "", ""));
      cells.add(s.method());
    } else {
      cells.addAll(List.of(Cells.metric(m, d.mean()), Cells.metric(m, d.ciLow()), Cells.metric(m, d.ciHigh()),
          d.method().label(), Cells.metric(m, row.welch().ciLow()), Cells.metric(m, row.welch().ciHigh()),
          Cells.decimal(row.varianceReduction(), 4)));
      cells.add(s.method());
    }
    return cells;
  }
}
