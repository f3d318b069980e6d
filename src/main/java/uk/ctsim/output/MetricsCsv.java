package uk.ctsim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.ctsim.experiment.MetricTable;

/**
 * {@code metrics.csv}: every metric of every replication, long format, so statistics and comparisons can be redone
 * from the run folder ({@code ctsim compare} reads it).
 *
 * <p>Columns: {@code replication} (1-based), {@code metric}, {@code value} (pounds for {@code cost.*} to 2 decimals,
 * other metrics to 4). Rows are by replication, then in metric order.
 */
public final class MetricsCsv {
  public static final String FILE = "metrics.csv";
  /** The columns, in file order. */
  public enum MetricColumn implements CsvColumn {
    REPLICATION, METRIC, VALUE
  }

  public static final List<String> COLUMNS = CsvColumn.headers(MetricColumn.values());

  private MetricsCsv() {}

  public static void write(MetricTable table, List<Integer> replicationNumbers, Writer out) throws IOException {
    if (replicationNumbers.size() != table.replications()) {
      throw new IllegalArgumentException("one replication number per replication of the table");
    }
    List<String> names = table.names();
    double[][] columns = new double[names.size()][];
    for (int i = 0; i < names.size(); i++) columns[i] = table.values(names.get(i));
    try (CsvTable csv = new CsvTable(out, COLUMNS)) {
      for (int r = 0; r < table.replications(); r++) {
        String rep = String.valueOf(replicationNumbers.get(r));
        for (int i = 0; i < names.size(); i++) csv.row(List.of(rep, names.get(i), Cells.metric(names.get(i), columns[i][r])));
      }
    }
  }
}
