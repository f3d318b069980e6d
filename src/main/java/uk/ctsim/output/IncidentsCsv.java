package uk.ctsim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.IncidentRow;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.scenario.PhaseSpec;

/**
 * {@code incidents.csv}: one row per replication and surge incident.
 *
 * <p>Columns: {@code replication}, {@code incident_id}, {@code name}, {@code type} (AttackType), {@code force}
 * (lead force), {@code time} (ISO local date-time, seconds), {@code from_plot} (true if an undisrupted plot became
 * this attack), {@code armed_response_minutes} (2 decimals), {@code peak_concurrent_officers} (first 24 hours),
 * {@code officer_hours_immediate}, {@code officer_hours_scene}, {@code officer_hours_investigation} (by phase,
 * 2 decimals), {@code ct_hours_first_week} and {@code non_ct_hours_first_week} (investigation officer-hours in the
 * first 7 days by CT and other roles), {@code investigation_officers_first_week}, then pounds to 2 decimals
 * {@code additional_gbp}, {@code opportunity_gbp}, {@code grant_threshold_gbp} (0: not eligible), {@code passes_grant_threshold}, {@code force_additional_gbp}
 * (the incident force's own additional cost, which the grant test uses) and {@code claimable_gbp}
 * (true when the additional cost is above a positive threshold).
 */
public final class IncidentsCsv {
  public static final String FILE = "incidents.csv";
  /** The columns, in file order. */
  public enum IncidentColumn implements CsvColumn {
    REPLICATION, INCIDENT_ID, NAME, TYPE, FORCE, TIME, FROM_PLOT, ARMED_RESPONSE_MINUTES, PEAK_CONCURRENT_OFFICERS,
    OFFICER_HOURS_IMMEDIATE, OFFICER_HOURS_SCENE, OFFICER_HOURS_INVESTIGATION, CT_HOURS_FIRST_WEEK,
    NON_CT_HOURS_FIRST_WEEK, INVESTIGATION_OFFICERS_FIRST_WEEK, ADDITIONAL_GBP, OPPORTUNITY_GBP, GRANT_THRESHOLD_GBP,
    PASSES_GRANT_THRESHOLD, FORCE_ADDITIONAL_GBP, CLAIMABLE_GBP
  }

  public static final List<String> COLUMNS = CsvColumn.headers(IncidentColumn.values());

  private IncidentsCsv() {}

  /** The column of a phase's officer-hours. */
  static IncidentColumn hoursColumn(PhaseSpec.Kind kind) {
    return switch (kind) {
      case IMMEDIATE -> IncidentColumn.OFFICER_HOURS_IMMEDIATE;
      case SCENE -> IncidentColumn.OFFICER_HOURS_SCENE;
      case INVESTIGATION -> IncidentColumn.OFFICER_HOURS_INVESTIGATION;
    };
  }

  public static void write(ExperimentResult result, Writer out) throws IOException {
    try (CsvTable table = new CsvTable(out, COLUMNS)) {
      for (ReplicationResult rep : result.replications()) rows(rep, table);
    }
  }

  /** One replication's rows, in the order {@link #write} gives them. */
  static void rows(ReplicationResult rep, CsvTable table) throws IOException {
    for (IncidentRow i : rep.incidents()) table.row(cells(rep.replication(), i));
  }

  private static List<String> cells(int replication, IncidentRow i) {
    var phases = i.officerHoursByPhase();
    return List.of(String.valueOf(replication), Cells.text(i.incidentId()), Cells.text(i.name()),
        Cells.enumName(i.type()), Cells.enumName(i.force()), Cells.dateTime(i.time()), String.valueOf(i.fromPlot()),
        Cells.decimal(i.armedResponseMinutes(), 2), String.valueOf(i.peakConcurrentOfficers()),
        Cells.hours(phases.getOrDefault(PhaseSpec.Kind.IMMEDIATE, 0.0)),
        Cells.hours(phases.getOrDefault(PhaseSpec.Kind.SCENE, 0.0)),
        Cells.hours(phases.getOrDefault(PhaseSpec.Kind.INVESTIGATION, 0.0)), Cells.hours(i.ctHoursFirstWeek()),
        Cells.hours(i.nonCtHoursFirstWeek()), String.valueOf(i.investigationOfficersFirstWeek()),
        Cells.gbp(i.additionalPence()), Cells.gbp(i.opportunityPence()), Cells.gbp(i.grantThresholdPence()),
        String.valueOf(i.passesGrantThreshold()), Cells.gbp(i.forceAdditionalPence()), Cells.gbp(i.claimablePence()));
  }
}
