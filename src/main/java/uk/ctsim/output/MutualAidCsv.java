package uk.ctsim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.MutualAidDay;
import uk.ctsim.experiment.ReplicationResult;

/**
 * {@code mutual_aid.csv}: mutual aid as people, by day, lending force and receiving force.
 *
 * <p>Columns: {@code replication}, {@code date}, {@code lending_force}, {@code receiving_force},
 * {@code officers_away} (lent officers away from the lender on any part of the day: the lender's capacity lost),
 * {@code shifts_worked} (shifts starting that day worked at the receiving force) and {@code officers_travelling}
 * (lent officers who set out that day, there or home). Days on which a pair of forces has none are left out; a run with
 * no mutual aid as people has the header only.
 */
public final class MutualAidCsv {
  public static final String FILE = "mutual_aid.csv";
  /** The columns, in file order. */
  public enum AidColumn implements CsvColumn {
    REPLICATION, DATE, LENDING_FORCE, RECEIVING_FORCE, OFFICERS_AWAY, SHIFTS_WORKED, OFFICERS_TRAVELLING
  }

  public static final List<String> COLUMNS = CsvColumn.headers(AidColumn.values());

  private MutualAidCsv() {}

  public static void write(ExperimentResult result, Writer out) throws IOException {
    try (CsvTable table = new CsvTable(out, COLUMNS)) {
      for (ReplicationResult rep : result.replications()) rows(rep, table);
    }
  }

  /** One replication's rows, in the order {@link #write} gives them. */
  static void rows(ReplicationResult rep, CsvTable table) throws IOException {
    for (MutualAidDay d : rep.mutualAid()) {
      table.row(List.of(String.valueOf(rep.replication()), d.date().toString(), Cells.enumName(d.lender()),
          Cells.enumName(d.receiver()), String.valueOf(d.officersAway()), String.valueOf(d.shiftsWorked()),
          String.valueOf(d.officersTravelling())));
    }
  }
}
