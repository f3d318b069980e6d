package uk.ctsim.experiment;

import java.util.Locale;
import uk.ctsim.scenario.Role;

/**
 * The replication's key indicators, by name. Their keys are stable (notebooks, {@code summary.json} and
 * {@code metrics.csv} use them); as a metric each is {@code kpi.<key>}. Besides these, {@code unmet_hours.<ROLE>} splits
 * {@link #UNMET_HOURS} by the role that was short ({@link #unmetHoursOf}).
 */
public enum Kpi {
  ATTACKS, INCIDENTS, PLOTS, PLOTS_DISRUPTED, ARMED_RESPONSE_MINUTES_MEAN, OFFICER_HOURS_EVENT, OFFICER_HOURS_POSTURE,
  OFFICER_HOURS_INCIDENT, OFFICER_HOURS_INVESTIGATION, ABSTRACTION_HOURS, OVERTIME_HOURS, OVERTIME_HOURS_PER_OFFICER,
  REST_DAYS_CANCELLED, LEAVE_DAYS_CANCELLED, UNMET_HOURS, MUTUAL_AID_OFFICER_HOURS, MILITARY_PERSON_DAYS,
  WORKING_TIME_SUSPENSIONS, CRITICAL_DAYS, EVENTS, OFFICER_HOURS_EVERYDAY, EVERYDAY_DEMAND_HOURS, EVERYDAY_EXTRA_HOURS,
  EVERYDAY_UNMET_HOURS, EVERYDAY_DEFERRED_HOURS, EVERYDAY_BACKLOG_HOURS_END, STAFF_HOURS, STAFF_OVERTIME_HOURS,
  STAFF_UNMET_HOURS, ARRESTS,
  OFFICER_HOURS_ARREST, CASELOAD_END, PREVENT_REFERRALS, CHANNEL_PANELS, CHANNEL_CASES, PREVENT_HOURS_REFERRED,
  OFFICER_HOURS_PREVENT, EMERGENCY_WORKING_STARTS,
  EMERGENCY_WORKING_FORCE_DAYS, OWED_HOURS_ACCRUED, OWED_HOURS_REPAID, OWED_HOURS_BOUGHT_OUT, OWED_HOURS_OUTSTANDING_END,
  FATIGUE_SICK_HOURS, PCSO_HOURS, SPECIALS_HOURS;

  /** The metric name prefix of every indicator. */
  public static final String METRIC_PREFIX = "kpi.";

  /** The indicator's key, such as {@code unmet_hours}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The indicator as a metric name, such as {@code kpi.unmet_hours}. */
  public String metric() {
    return METRIC_PREFIX + key();
  }

  /** The key of the unmet officer-hours of one role, such as {@code unmet_hours.ARMED}. */
  public static String unmetHoursOf(Role role) {
    return UNMET_HOURS.key() + "." + role.name();
  }
}
