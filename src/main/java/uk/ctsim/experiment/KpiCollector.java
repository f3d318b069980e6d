package uk.ctsim.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Counts the replication's key indicators from recorded events. Names are stable: notebooks read them.
 * {@code unmet_hours.<ROLE>} splits {@code unmet_hours} by the role that was short, so that unmet demand can be priced.
 */
final class KpiCollector implements EventHandler {
  private final Map<String, Double> kpi = new LinkedHashMap<>();
  private final int officers;
  private double responseMinutes;

  KpiCollector(int officers) {
    this.officers = officers;
    for (String k : new String[] {"attacks", "incidents", "plots", "plots_disrupted", "armed_response_minutes_mean",
        "officer_hours_event", "officer_hours_posture", "officer_hours_incident", "officer_hours_investigation",
        "abstraction_hours", "overtime_hours", "overtime_hours_per_officer", "rest_days_cancelled",
        "leave_days_cancelled", "unmet_hours", "mutual_aid_officer_hours", "military_person_days",
        "working_time_suspensions", "critical_days", "events", "officer_hours_everyday", "everyday_demand_hours",
        "everyday_extra_hours", "everyday_unmet_hours", "everyday_deferred_hours", "everyday_backlog_hours_end"}) {
      kpi.put(k, 0.0);
    }
    for (Role role : Role.values()) kpi.put(UNMET_BY_ROLE + role.name(), 0.0);
  }

  /** Prefix of the unmet officer-hours of one role. */
  static final String UNMET_BY_ROLE = "unmet_hours.";

  private void add(String key, double value) {
    kpi.merge(key, value, Double::sum);
  }

  @Override
  public void accept(SimEvent e) {
    if (e instanceof SimEvent.OfficerDeployed o) {
      String duty = switch (o.demand().kind()) {
        case EVENT -> "officer_hours_event";
        case PROTECTED_SITES, VISIBLE_PATROL -> "officer_hours_posture";
        case INCIDENT_IMMEDIATE, INCIDENT_SCENE -> "officer_hours_incident";
        case INVESTIGATION -> "officer_hours_investigation";
        case EVERYDAY -> "officer_hours_everyday";
      };
      add(duty, Minutes.hours(o.minutes()));
      add("abstraction_hours", Minutes.hours(o.split().rostered()));
      add("overtime_hours", Minutes.hours(o.split().overtime()));
    } else if (e instanceof SimEvent.IncidentOccurred i) {
      add("incidents", 1);
      if (i.type().isAttack()) add("attacks", 1);
      responseMinutes += i.armedResponseMinutes();
    } else if (e instanceof SimEvent.PlotArrived) {
      add("plots", 1);
    } else if (e instanceof SimEvent.PlotResolved p && p.disrupted()) {
      add("plots_disrupted", 1);
    } else if (e instanceof SimEvent.RestDayCancelled) {
      add("rest_days_cancelled", 1);
    } else if (e instanceof SimEvent.LeaveCancelled) {
      add("leave_days_cancelled", 1);
    } else if (e instanceof SimEvent.DemandUnmet u) {
      double hours = Minutes.hours(u.officersShort() * (u.endMinute() - u.minute()));
      add("unmet_hours", hours);
      add(UNMET_BY_ROLE + u.role().name(), hours);
    } else if (e instanceof SimEvent.MutualAidDeployed m) {
      add("mutual_aid_officer_hours", Minutes.hours(m.officers() * (m.endMinute() - m.minute())));
    } else if (e instanceof SimEvent.MilitaryDeployed m) {
      add("military_person_days", Minutes.days(m.personnel() * (m.endMinute() - m.minute())));
    } else if (e instanceof SimEvent.WorkingTimeSuspended) {
      add("working_time_suspensions", 1);
    } else if (e instanceof SimEvent.DayStarted d && d.level() == ThreatLevel.CRITICAL) {
      add("critical_days", 1);
    } else if (e instanceof SimEvent.EventScheduled) {
      add("events", 1);
    } else if (e instanceof SimEvent.EverydayShift s) {
      add("everyday_demand_hours", s.demandHours());
      add("everyday_extra_hours", s.extraHours());
      add("everyday_unmet_hours", s.unmetHours());
      add("everyday_deferred_hours", s.deferredHours());
      backlog.put(s.force() + "/" + s.function(), s.backlogHours());
    }
  }

  /** Each force's and function's backlog after its latest shift. */
  private final Map<String, Double> backlog = new java.util.TreeMap<>();

  Map<String, Double> result() {
    Map<String, Double> out = new LinkedHashMap<>(kpi);
    out.put("everyday_backlog_hours_end", backlog.values().stream().mapToDouble(Double::doubleValue).sum());
    double incidents = out.get("incidents");
    out.put("armed_response_minutes_mean", incidents == 0 ? 0 : responseMinutes / incidents);
    out.put("overtime_hours_per_officer", officers == 0 ? 0 : out.get("overtime_hours") / officers);
    return out;
  }
}
