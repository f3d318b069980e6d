package uk.ctsim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.HistogramBin;
import uk.ctsim.experiment.ReplicationResult;

/**
 * {@code overtime_histogram.csv}: officers by the overtime hours they worked over the period.
 *
 * <p>Columns: {@code replication}, {@code from_hours}, {@code to_hours} (the bin, from inclusive, to exclusive),
 * {@code officers} (how many officers of all forces had overtime in the bin). The first row of a replication, from 0 to 0,
 * counts the officers with no overtime at all.
 */
public final class OvertimeHistogramCsv {
  public static final String FILE = "overtime_histogram.csv";
  /** The columns, in file order. */
  public enum BinColumn implements CsvColumn {
    REPLICATION, FROM_HOURS, TO_HOURS, OFFICERS
  }

  public static final List<String> COLUMNS = CsvColumn.headers(BinColumn.values());

  private OvertimeHistogramCsv() {}

  public static void write(ExperimentResult result, Writer out) throws IOException {
    try (CsvTable table = new CsvTable(out, COLUMNS)) {
      for (ReplicationResult rep : result.replications()) rows(rep, table);
    }
  }

  /** One replication's rows, in the order {@link #write} gives them. */
  static void rows(ReplicationResult rep, CsvTable table) throws IOException {
    for (HistogramBin b : rep.overtimeHistogram()) {
      table.row(List.of(String.valueOf(rep.replication()), Cells.hours(b.fromHours()), Cells.hours(b.toHours()),
          String.valueOf(b.officers())));
    }
  }
}
