package uk.ctsim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.IncidentDay;
import uk.ctsim.experiment.IncidentRow;
import uk.ctsim.experiment.ReplicationResult;

/**
 * {@code incident_days.csv}: the first 14 days of each incident's response, day by day (day 0 is the first 24 hours).
 *
 * <p>Columns: {@code replication}, {@code incident_id}, {@code day}, {@code ct_officers} and {@code non_ct_officers}
 * (distinct officers of counter-terrorism roles and of other roles who started a deployment to the incident that
 * day, in any phase; mutual-aid officers counted per shift), {@code ct_hours} and {@code non_ct_hours} (their
 * officer-hours, 2 decimals). Days with no deployment are left out.
 */
public final class IncidentDaysCsv {
  public static final String FILE = "incident_days.csv";
  /** The columns, in file order. */
  public enum DayColumn implements CsvColumn {
    REPLICATION, INCIDENT_ID, DAY, CT_OFFICERS, NON_CT_OFFICERS, CT_HOURS, NON_CT_HOURS
  }

  public static final List<String> COLUMNS = CsvColumn.headers(DayColumn.values());

  private IncidentDaysCsv() {}

  public static void write(ExperimentResult result, Writer out) throws IOException {
    try (CsvTable table = new CsvTable(out, COLUMNS)) {
      for (ReplicationResult rep : result.replications()) rows(rep, table);
    }
  }

  /** One replication's rows, in the order {@link #write} gives them. */
  static void rows(ReplicationResult rep, CsvTable table) throws IOException {
    for (IncidentRow i : rep.incidents()) {
      for (IncidentDay d : i.firstDays()) {
        if (d.ctOfficers() + d.nonCtOfficers() == 0) continue;
        table.row(List.of(String.valueOf(rep.replication()), Cells.text(i.incidentId()), String.valueOf(d.day()),
            String.valueOf(d.ctOfficers()), String.valueOf(d.nonCtOfficers()), Cells.hours(d.ctHours()),
            Cells.hours(d.nonCtHours())));
      }
    }
  }
}
