package uk.ctsim.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffFunction;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Counts the replication's key indicators from recorded events. Names are stable: notebooks read them.
 * {@code unmet_hours.<ROLE>} splits {@code unmet_hours} by the role that was short, so that unmet demand can be priced.
 */
final class KpiCollector implements EventHandler {
  /** Prefix of the unmet officer-hours of one role. */
  static final String UNMET_BY_ROLE = Kpi.UNMET_HOURS.key() + ".";

  /**
   * Totals by {@link Kpi} ordinal, and unmet hours by role ordinal: plain arrays, because an indicator is added to for
   * every officer deployment and a map of names to boxed totals made and hashed objects each time.
   */
  private final double[] totals = new double[Kpi.values().length];
  private final double[] unmetByRole = new double[Role.values().length];
  private final int officers;
  private double responseMinutes;
  /** Soldier and day pairs already counted (soldier id in the high half, day in the low); a few thousand a year. */
  private final java.util.Set<Long> soldierDays = new java.util.HashSet<>();

  KpiCollector(int officers) {
    this.officers = officers;
  }

  /** A duty's hours: PCSOs' and special constables' apart from the other police staff's. */
  private void staff(SimEvent.StaffDeployed s) {
    double hours = Minutes.hours(s.minutes());
    if (s.function() == StaffFunction.PCSO) {
      add(Kpi.PCSO_HOURS, hours);
    } else if (s.function() == StaffFunction.SPECIAL_CONSTABLE) {
      add(Kpi.SPECIALS_HOURS, hours);
    } else {
      add(Kpi.STAFF_HOURS, hours);
      add(Kpi.STAFF_OVERTIME_HOURS, Minutes.hours(s.overtimeMinutes() + s.publicHolidayMinutes()));
    }
  }

  private void add(Kpi kpi, double value) {
    totals[kpi.ordinal()] += value;
  }

  @Override
  public void accept(SimEvent e) {
    if (e instanceof SimEvent.OfficerDeployed o) {
      Kpi duty = switch (o.demand().kind()) {
        case EVENT -> Kpi.OFFICER_HOURS_EVENT;
        case PROTECTED_SITES, VISIBLE_PATROL -> Kpi.OFFICER_HOURS_POSTURE;
        case INCIDENT_IMMEDIATE, INCIDENT_SCENE -> Kpi.OFFICER_HOURS_INCIDENT;
        case INVESTIGATION -> Kpi.OFFICER_HOURS_INVESTIGATION;
        case ARREST -> Kpi.OFFICER_HOURS_ARREST;
        case PREVENT -> Kpi.OFFICER_HOURS_PREVENT;
        case EVERYDAY -> Kpi.OFFICER_HOURS_EVERYDAY;
      };
      add(duty, Minutes.hours(o.minutes()));
      add(Kpi.ABSTRACTION_HOURS, Minutes.hours(o.split().rostered()));
      add(Kpi.OVERTIME_HOURS, Minutes.hours(o.split().overtime()));
    } else if (e instanceof SimEvent.IncidentOccurred i) {
      add(Kpi.INCIDENTS, 1);
      if (i.type().isAttack()) add(Kpi.ATTACKS, 1);
      responseMinutes += i.armedResponseMinutes();
    } else if (e instanceof SimEvent.PlotArrived) {
      add(Kpi.PLOTS, 1);
    } else if (e instanceof SimEvent.PlotResolved p && p.disrupted()) {
      add(Kpi.PLOTS_DISRUPTED, 1);
    } else if (e instanceof SimEvent.RestDayCancelled) {
      add(Kpi.REST_DAYS_CANCELLED, 1);
    } else if (e instanceof SimEvent.LeaveCancelled) {
      add(Kpi.LEAVE_DAYS_CANCELLED, 1);
    } else if (e instanceof SimEvent.DemandUnmet u) {
      double hours = Minutes.hours(u.officersShort() * (u.endMinute() - u.minute()));
      add(Kpi.UNMET_HOURS, hours);
      unmetByRole[u.role().ordinal()] += hours;
    } else if (e instanceof SimEvent.StaffDeployed s) {
      staff(s);
    } else if (e instanceof SimEvent.StaffUnmet u) {
      add(Kpi.STAFF_UNMET_HOURS, Minutes.hours(u.peopleShort() * (u.endMinute() - u.minute())));
    } else if (e instanceof SimEvent.MutualAidDeployed m) {
      add(Kpi.MUTUAL_AID_OFFICER_HOURS, Minutes.hours(m.officers() * (m.endMinute() - m.minute())));
    } else if (e instanceof SimEvent.SoldierOnGuard g) {
      // A person-day of military support is a soldier deployed on a day, as the published figures count them
      // (about 1,000 personnel for about 7 days), whatever the hours of the guard shift.
      if (soldierDays.add(((long) g.soldierId() << 32) | Minutes.dayOf(g.minute()))) add(Kpi.MILITARY_PERSON_DAYS, 1);
    } else if (e instanceof SimEvent.WorkingTimeSuspended) {
      add(Kpi.WORKING_TIME_SUSPENSIONS, 1);
    } else if (e instanceof SimEvent.DayStarted d && d.level() == ThreatLevel.CRITICAL) {
      add(Kpi.CRITICAL_DAYS, 1);
    } else if (e instanceof SimEvent.EventScheduled) {
      add(Kpi.EVENTS, 1);
    } else if (e instanceof SimEvent.EmergencyWorkingStarted) {
      add(Kpi.EMERGENCY_WORKING_STARTS, 1);
    } else if (e instanceof SimEvent.EmergencyWorkingEnded w) {
      add(Kpi.EMERGENCY_WORKING_FORCE_DAYS, Minutes.days(w.minute() - w.startedMinute()));
    } else if (e instanceof SimEvent.OwedTimeAccrued a) {
      add(Kpi.OWED_HOURS_ACCRUED, Minutes.hours(a.minutes()));
    } else if (e instanceof SimEvent.OwedTimeRepaid r) {
      add(Kpi.OWED_HOURS_REPAID, Minutes.hours(r.minutes()));
    } else if (e instanceof SimEvent.OwedTimeBoughtOut b) {
      add(Kpi.OWED_HOURS_BOUGHT_OUT, Minutes.hours(b.minutes()));
    } else if (e instanceof SimEvent.FatigueSickness f) {
      add(Kpi.FATIGUE_SICK_HOURS, Minutes.hours(f.minutes()));
    } else if (e instanceof SimEvent.OwedTimeOutstanding o) {
      add(Kpi.OWED_HOURS_OUTSTANDING_END, Minutes.hours(o.minutes()));
    } else if (e instanceof SimEvent.EverydayShift s) {
      add(Kpi.EVERYDAY_DEMAND_HOURS, s.demandHours());
      add(Kpi.EVERYDAY_EXTRA_HOURS, s.extraHours());
      add(Kpi.EVERYDAY_UNMET_HOURS, s.unmetHours());
      add(Kpi.EVERYDAY_DEFERRED_HOURS, s.deferredHours());
      backlog.set(s.force(), s.function(), s.backlogHours());
    } else {
      ctWork(e);
    }
  }

  /** Arrests, the caseload (its last day's value) and Prevent referrals. */
  private void ctWork(SimEvent e) {
    if (e instanceof SimEvent.ArrestsMade a) {
      add(Kpi.ARRESTS, a.arrests());
    } else if (e instanceof SimEvent.CaseloadCounted c) {
      totals[Kpi.CASELOAD_END.ordinal()] = c.caseload();
    } else if (e instanceof SimEvent.PreventReferred p) {
      add(Kpi.PREVENT_REFERRALS, p.referrals());
      add(Kpi.CHANNEL_PANELS, p.panels());
      add(Kpi.CHANNEL_CASES, p.channelCases());
      add(Kpi.PREVENT_HOURS_REFERRED, p.hours());
    }
  }

  /** Each force's and function's backlog after its latest shift. */
  private final Backlogs backlog = new Backlogs();

  /** The indicators by name, in report order: those of {@link Kpi}, then the unmet hours of each role. */
  Map<String, Double> result() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Kpi kpi : Kpi.values()) out.put(kpi.key(), totals[kpi.ordinal()]);
    for (Role role : Role.values()) out.put(UNMET_BY_ROLE + role.name(), unmetByRole[role.ordinal()]);
    out.put(Kpi.EVERYDAY_BACKLOG_HOURS_END.key(), backlog.sum());
    double incidents = totals[Kpi.INCIDENTS.ordinal()];
    out.put(Kpi.ARMED_RESPONSE_MINUTES_MEAN.key(), incidents == 0 ? 0 : responseMinutes / incidents);
    out.put(Kpi.OVERTIME_HOURS_PER_OFFICER.key(),
        officers == 0 ? 0 : totals[Kpi.OVERTIME_HOURS.ordinal()] / officers);
    return out;
  }
}
