package uk.ctsim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.experiment.Summary;

/**
 * {@code summary.csv}: one row per metric with its statistics across replications.
 *
 * <p>Columns: {@code metric} (name, see {@link uk.ctsim.experiment.Metrics}), {@code n} (replications), {@code mean},
 * {@code sd}, {@code ci95_low}, {@code ci95_high} (95% interval of the mean), {@code ci95_method} ({@code t} for Student's t,
 * {@code bootstrap-percentile} where the t interval would leave a non-negative metric's support, {@code none} with one
 * replication: see {@link Summary}), {@code p5}, {@code p50},
 * {@code p90}, {@code p95} (R-7 percentiles), {@code min}, {@code max}. Pounds ({@code cost.*}) have 2 decimals,
 * other metrics 4; a value that cannot be computed (sd and interval of one replication) is an empty cell.
 */
public final class SummaryCsv {
  public static final String FILE = "summary.csv";
  public static final List<String> COLUMNS =
      List.of("metric", "n", "mean", "sd", "ci95_low", "ci95_high", "ci95_method", "p5", "p50", "p90", "p95", "min", "max");

  private SummaryCsv() {}

  public static void write(MetricTable table, Writer out) throws IOException {
    try (CsvTable csv = new CsvTable(out, COLUMNS)) {
      for (Map.Entry<String, Summary> e : table.summaries().entrySet()) {
        String m = e.getKey();
        Summary s = e.getValue();
        csv.row(List.of(m, String.valueOf(s.n()), Cells.metric(m, s.mean()), Cells.metric(m, s.sd()),
            Cells.metric(m, s.ciLow()), Cells.metric(m, s.ciHigh()), s.method(), Cells.metric(m, s.p5()), Cells.metric(m, s.p50()),
            Cells.metric(m, s.p90()), Cells.metric(m, s.p95()), Cells.metric(m, s.min()), Cells.metric(m, s.max())));
      }
    }
  }
}
