package uk.ctsim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.DailyRow;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.scenario.Role;

/**
 * {@code daily.csv}: one row per replication and simulated day.
 *
 * <p>Columns: {@code replication}, {@code date} (ISO date), {@code threat_level}, {@code posture_multiplier}
 * (4 decimals), officer counts {@code officers_on_duty}, {@code officers_ordinary}, {@code officers_event},
 * {@code officers_posture}, {@code officers_incident}, {@code officers_investigation}, {@code mutual_aid_officers},
 * {@code military_personnel}; {@code overtime_hours} and {@code unmet_hours} (officer-hours, 2 decimals);
 * {@code rest_days_cancelled}, {@code leave_days_cancelled} (counts); {@code pursue_capacity_share} (0 to 1,
 * 4 decimals); everyday (non-CT) demand in officer-hours (2 decimals): {@code everyday_demand_hours},
 * {@code everyday_ordinary_hours}, {@code everyday_extra_hours}, {@code everyday_unmet_hours},
 * {@code everyday_backlog_hours} (at the end of the day), {@code everyday_deferred_hours}; Pursue and Prevent:
 * {@code plots}, {@code plots_disrupted}, {@code arrests} (counts), {@code arrest_hours} (officer-hours of custody and
 * search deployed, 2 decimals), {@code caseload} (live investigations, 2 decimals; 0 without plots),
 * {@code prevent_referrals}, {@code channel_cases} (counts), {@code prevent_hours} (officer-hours deployed to Prevent
 * work, 2 decimals);
 * owed time in officer-hours
 * (2 decimals): {@code owed_hours_repaid} (days off taken that day), {@code owed_hours_outstanding} (at the end of the
 * day), {@code fatigue_sick_hours} (rostered tours lost to sickness after long weeks); then
 * {@code abstraction_hours_<role>} for each {@link Role} in enum order (officer-hours taken from
 * ordinary duty, 2 decimals; 0 where none).
 */
public final class DailyCsv {
  public static final String FILE = "daily.csv";
  /** The columns before the per-role ones, in file order. */
  public enum DailyColumn implements CsvColumn {
    REPLICATION, DATE, THREAT_LEVEL, POSTURE_MULTIPLIER, OFFICERS_ON_DUTY, OFFICERS_ORDINARY, OFFICERS_EVENT,
    OFFICERS_POSTURE, OFFICERS_INCIDENT, OFFICERS_INVESTIGATION, MUTUAL_AID_OFFICERS, MILITARY_PERSONNEL,
    OVERTIME_HOURS, UNMET_HOURS, REST_DAYS_CANCELLED, LEAVE_DAYS_CANCELLED, PURSUE_CAPACITY_SHARE,
    EVERYDAY_DEMAND_HOURS, EVERYDAY_ORDINARY_HOURS, EVERYDAY_EXTRA_HOURS, EVERYDAY_UNMET_HOURS,
    EVERYDAY_BACKLOG_HOURS, EVERYDAY_DEFERRED_HOURS, PLOTS, PLOTS_DISRUPTED, ARRESTS, ARREST_HOURS, CASELOAD,
    PREVENT_REFERRALS, CHANNEL_CASES, PREVENT_HOURS,
    OWED_HOURS_REPAID, OWED_HOURS_OUTSTANDING, FATIGUE_SICK_HOURS
  }

  /** Prefix of the per-role columns, one per {@link Role} in enum order after {@link DailyColumn}. */
  static final String ABSTRACTION_HOURS_ = "abstraction_hours_";
  public static final List<String> COLUMNS = columns();

  private DailyCsv() {}

  private static List<String> columns() {
    List<String> cols = new ArrayList<>(CsvColumn.headers(DailyColumn.values()));
    for (Role role : Role.values()) cols.add(ABSTRACTION_HOURS_ + Cells.suffix(role));
    return List.copyOf(cols);
  }

  public static void write(ExperimentResult result, Writer out) throws IOException {
    try (CsvTable table = new CsvTable(out, COLUMNS)) {
      for (ReplicationResult rep : result.replications()) rows(rep, table);
    }
  }

  /** One replication's rows, in the order {@link #write} gives them. */
  static void rows(ReplicationResult rep, CsvTable table) throws IOException {
    for (DailyRow d : rep.daily()) table.row(cells(rep.replication(), d));
  }

  private static List<String> cells(int replication, DailyRow d) {
    List<String> cells = new ArrayList<>(COLUMNS.size());
    cells.addAll(List.of(String.valueOf(replication), Cells.text(d.date()), Cells.enumName(d.threatLevel()),
        Cells.decimal(d.postureMultiplier(), 4), String.valueOf(d.officersOnDuty()),
        String.valueOf(d.officersOrdinary()), String.valueOf(d.officersEvent()), String.valueOf(d.officersPosture()),
        String.valueOf(d.officersIncident()), String.valueOf(d.officersInvestigation()),
        String.valueOf(d.mutualAidOfficers()), String.valueOf(d.militaryPersonnel()), Cells.hours(d.overtimeHours()),
        Cells.hours(d.unmetHours()), String.valueOf(d.restDaysCancelled()), String.valueOf(d.leaveDaysCancelled()),
        Cells.decimal(d.pursueCapacityShare(), 4)));
    DailyRow.Everyday e = d.everyday();
    cells.addAll(List.of(Cells.hours(e.demandHours()), Cells.hours(e.ordinaryHours()), Cells.hours(e.extraHours()),
        Cells.hours(e.unmetHours()), Cells.hours(e.backlogHours()), Cells.hours(e.deferredHours())));
    DailyRow.CtWork c = d.ct();
    cells.addAll(List.of(String.valueOf(c.plots()), String.valueOf(c.plotsDisrupted()), String.valueOf(c.arrests()),
        Cells.hours(c.arrestHours()), Cells.hours(c.caseload()), String.valueOf(c.preventReferrals()),
        String.valueOf(c.channelCases()), Cells.hours(c.preventHours())));
    cells.addAll(List.of(Cells.hours(d.aftermath().repaidHours()), Cells.hours(d.aftermath().outstandingHours()),
        Cells.hours(d.aftermath().fatigueSickHours())));
    for (Role role : Role.values()) cells.add(Cells.hours(d.abstractionHours().getOrDefault(role, 0.0)));
    return cells;
  }
}
