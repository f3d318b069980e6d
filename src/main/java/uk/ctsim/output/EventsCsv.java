package uk.ctsim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.EventRow;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.scenario.Role;

/**
 * {@code events.csv}: one row per replication and event (calendar and generated).
 *
 * <p>Columns: {@code replication}, {@code event_id}, {@code name}, {@code type} (EventType), {@code force} (lead
 * force), {@code start} (ISO date), {@code days}, {@code priority} (1 highest to 9), {@code generated} (true for
 * events from a generator), {@code planned_officers_per_day} and {@code final_officers_per_day} (officers a day in
 * the first and the last plan), {@code officer_hours_<role>} for each {@link Role} in enum order and
 * {@code officer_hours_total} (officer-hours worked, 2 decimals), {@code unmet_hours}, then pounds to 2 decimals:
 * {@code initial_plan_gbp} (what the original plan would have cost), {@code additional_gbp} (net of recovery),
 * {@code opportunity_gbp}, {@code recovered_gbp}, {@code total_gbp} (additional + opportunity), and
 * {@code cost_ratio_to_initial_plan} (total / initial plan, 4 decimals; empty when the initial plan cost nothing).
 */
public final class EventsCsv {
  public static final String FILE = "events.csv";
  /** The columns before the per-role ones, in file order. */
  public enum EventColumn implements CsvColumn {
    REPLICATION, EVENT_ID, NAME, TYPE, FORCE, START, DAYS, PRIORITY, GENERATED, PLANNED_OFFICERS_PER_DAY,
    FINAL_OFFICERS_PER_DAY
  }

  /** Prefix of the per-role columns, one per {@link Role} in enum order after {@link EventColumn}. */
  static final String OFFICER_HOURS_ = "officer_hours_";

  /** The columns after the per-role ones, in file order. */
  public enum EventTotal implements CsvColumn {
    OFFICER_HOURS_TOTAL, UNMET_HOURS, INITIAL_PLAN_GBP, ADDITIONAL_GBP, OPPORTUNITY_GBP, RECOVERED_GBP, TOTAL_GBP,
    COST_RATIO_TO_INITIAL_PLAN
  }

  public static final List<String> COLUMNS = columns();

  private EventsCsv() {}

  private static List<String> columns() {
    List<String> cols = new ArrayList<>(CsvColumn.headers(EventColumn.values()));
    for (Role role : Role.values()) cols.add(OFFICER_HOURS_ + Cells.suffix(role));
    cols.addAll(CsvColumn.headers(EventTotal.values()));
    return List.copyOf(cols);
  }

  public static void write(ExperimentResult result, Writer out) throws IOException {
    try (CsvTable table = new CsvTable(out, COLUMNS)) {
      for (ReplicationResult rep : result.replications()) rows(rep, table);
    }
  }

  /** One replication's rows, in the order {@link #write} gives them. */
  static void rows(ReplicationResult rep, CsvTable table) throws IOException {
    for (EventRow e : rep.events()) table.row(cells(rep.replication(), e));
  }

  private static List<String> cells(int replication, EventRow e) {
    List<String> cells = new ArrayList<>(COLUMNS.size());
    cells.addAll(List.of(String.valueOf(replication), Cells.text(e.eventId()), Cells.text(e.name()),
        Cells.enumName(e.type()), Cells.enumName(e.force()), Cells.text(e.start()), String.valueOf(e.days()),
        String.valueOf(e.priority()), String.valueOf(e.generated()), String.valueOf(e.plannedOfficersPerDay()),
        String.valueOf(e.finalOfficersPerDay())));
    double total = 0;
    for (Role role : Role.values()) {
      double hours = e.officerHours().getOrDefault(role, 0.0);
      total += hours;
      cells.add(Cells.hours(hours));
    }
    String ratio = e.initialPlanPence() == 0 ? "" : Cells.decimal((double) e.totalPence() / e.initialPlanPence(), 4);
    cells.addAll(List.of(Cells.hours(total), Cells.hours(e.unmetHours()), Cells.gbp(e.initialPlanPence()),
        Cells.gbp(e.additionalPence()), Cells.gbp(e.opportunityPence()), Cells.gbp(e.recoveredPence()),
        Cells.gbp(e.totalPence()), ratio));
    return cells;
  }
}
