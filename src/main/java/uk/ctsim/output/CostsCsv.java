package uk.ctsim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.ctsim.cost.CostLine;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;

/**
 * {@code costs.csv}: one row per cost ledger line, replications in order, lines in the ledger's order.
 *
 * <p>Columns: {@code replication} (1-based index), {@code force} (MET, CITY, BTP, NATIONAL), {@code funder} (Funder),
 * {@code category}
 * (CostCategory), {@code strand} (CONTEST strand), {@code kind} (ADDITIONAL or OPPORTUNITY), {@code demand}
 * (DemandKind), {@code reference} (event id, incident id or "posture"), {@code week} (ISO week, such as 2017-W23),
 * {@code month} (such as 2017-06), {@code financial_year} (April to March, such as 2017-18), {@code gbp} (pounds, 2 decimals; negative for recovery).
 */
public final class CostsCsv {
  public static final String FILE = "costs.csv";
  /** The columns, in file order. */
  public enum CostColumn implements CsvColumn {
    REPLICATION, FORCE, FUNDER, CATEGORY, STRAND, KIND, DEMAND, REFERENCE, WEEK, MONTH, FINANCIAL_YEAR, GBP
  }

  public static final List<String> COLUMNS = CsvColumn.headers(CostColumn.values());

  private CostsCsv() {}

  public static void write(ExperimentResult result, Writer out) throws IOException {
    try (CsvTable table = new CsvTable(out, COLUMNS)) {
      for (ReplicationResult rep : result.replications()) rows(rep, table);
    }
  }

  /** One replication's rows, in the order {@link #write} gives them. */
  static void rows(ReplicationResult rep, CsvTable table) throws IOException {
    for (CostLine line : rep.ledger().lines()) {
      table.row(List.of(String.valueOf(rep.replication()), Cells.enumName(line.force()),
          Cells.enumName(line.funder()), Cells.enumName(line.category()), Cells.enumName(line.strand()), Cells.enumName(line.kind()),
          Cells.enumName(line.demand()), Cells.text(line.reference()), Cells.text(line.isoWeek()),
          Cells.text(line.month()), Cells.text(line.financialYear()), Cells.gbp(line.pence())));
    }
  }
}
