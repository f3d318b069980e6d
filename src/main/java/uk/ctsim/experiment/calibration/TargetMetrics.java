package uk.ctsim.experiment.calibration;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import uk.ctsim.experiment.DailyRow;
import uk.ctsim.experiment.EventRow;
import uk.ctsim.experiment.IncidentRow;
import uk.ctsim.experiment.Metrics;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.scenario.EventSpec;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScheduledIncident;
import uk.ctsim.scenario.ThreatLevel;

/**
 * The metrics a target may name: every run metric ({@link Metrics}), and for each scheduled incident
 * {@code incident.<id>.peak_officers}, {@code .investigation_officers_first_week},
 * {@code .non_ct_to_ct_hours_first_week}; for each calendar event {@code event.<id>.cost_ratio_to_initial_plan},
 * {@code .unmet_hours}, {@code .final_officers_per_day}; and {@code threat.share_days.<LEVEL>}, the share of
 * simulated days that start at each level.
 */
public final class TargetMetrics {
  private static final String[] INCIDENT = {"peak_officers", "investigation_officers_first_week",
      "non_ct_to_ct_hours_first_week"};
  private static final String[] EVENT = {"cost_ratio_to_initial_plan", "unmet_hours", "final_officers_per_day"};

  private TargetMetrics() {}

  public static Map<String, Double> of(ReplicationResult r) {
    Map<String, Double> m = new LinkedHashMap<>(Metrics.of(r));
    for (IncidentRow i : r.incidents()) {
      if (i.fromPlot()) continue;
      String p = "incident." + i.incidentId() + ".";
      m.put(p + INCIDENT[0], (double) i.peakConcurrentOfficers());
      m.put(p + INCIDENT[1], (double) i.investigationOfficersFirstWeek());
      m.put(p + INCIDENT[2], i.ctHoursFirstWeek() == 0 ? Double.NaN : i.nonCtHoursFirstWeek() / i.ctHoursFirstWeek());
    }
    for (EventRow e : r.events()) {
      if (e.generated()) continue;
      String p = "event." + e.eventId() + ".";
      m.put(p + EVENT[0], e.initialPlanPence() == 0 ? Double.NaN : (double) e.totalPence() / e.initialPlanPence());
      m.put(p + EVENT[1], e.unmetHours());
      m.put(p + EVENT[2], (double) e.finalOfficersPerDay());
    }
    int[] days = new int[ThreatLevel.values().length];
    for (DailyRow d : r.daily()) days[d.threatLevel().ordinal()]++;
    for (ThreatLevel level : ThreatLevel.values()) {
      m.put("threat.share_days." + level.name(), r.daily().isEmpty() ? 0.0 : (double) days[level.ordinal()] / r.daily().size());
    }
    return m;
  }

  /** Every name {@link #of} can give for a replication of {@code scenario}. */
  public static Set<String> names(Scenario scenario) {
    Set<String> names = new LinkedHashSet<>(Metrics.names(scenario));
    for (ScheduledIncident i : scenario.incidents().scheduled()) {
      for (String s : INCIDENT) names.add("incident." + i.id() + "." + s);
    }
    for (EventSpec e : scenario.events()) {
      for (String s : EVENT) names.add("event." + e.id() + "." + s);
    }
    for (ThreatLevel level : ThreatLevel.values()) names.add("threat.share_days." + level.name());
    return names;
  }
}
