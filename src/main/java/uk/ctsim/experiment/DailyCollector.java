package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.model.events.DutyMinutes;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Period;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ThreatLevel;

/** Builds the daily rows from recorded events. Deployments count on the day they start. */
final class DailyCollector implements EventHandler {
  private final SimCalendar calendar;
  private final int days;
  private final ThreatLevel[] level;
  private final double[] posture;
  private final int[] onDuty;
  private final int[] taken;
  private final int[] event;
  private final int[] postureDuty;
  private final int[] incident;
  private final int[] investigation;
  private final int[] mutualAid;
  private final int[] military;
  private final double[] overtimeHours;
  private final double[] unmetHours;
  private final int[] restDays;
  private final int[] leaveDays;
  private final double[][] abstraction;
  private final long[] ctRostered;
  /** Per day: demand, ordinary, extra, unmet, backlog at the last shift, deferred. */
  private final double[][] everyday;
  /** Minutes by day: owed accrued, repaid, bought out; sick after long weeks. */
  private final long[][] owed;

  DailyCollector(Period period) {
    this.calendar = new SimCalendar(period);
    this.days = period.days();
    level = new ThreatLevel[days];
    posture = new double[days];
    onDuty = new int[days];
    taken = new int[days];
    event = new int[days];
    postureDuty = new int[days];
    incident = new int[days];
    investigation = new int[days];
    mutualAid = new int[days];
    military = new int[days];
    overtimeHours = new double[days];
    unmetHours = new double[days];
    restDays = new int[days];
    leaveDays = new int[days];
    abstraction = new double[Role.values().length][days];
    ctRostered = new long[days];
    everyday = new double[days][6];
    ct = new double[days][8];
    owed = new long[4][days];
  }

  /** Per day, in {@link DailyRow.CtWork}'s order: plots, disrupted, arrests, arrest hours, caseload, referrals, Channel cases, Prevent hours. */
  private final double[][] ct;

  private boolean inPeriod(int day) {
    return day >= 0 && day < days;
  }

  @Override
  public void accept(SimEvent e) {
    // Events dated by the day they name (rest days, leave) count on that day; the others on the day they start.
    int d = e instanceof SimEvent.RestDayCancelled r ? calendar.dayOf(r.day())
        : e instanceof SimEvent.LeaveCancelled l ? calendar.dayOf(l.day()) : Minutes.dayOf(e.minute());
    if (!inPeriod(d)) return;
    if (e instanceof SimEvent.DayStarted s) {
      level[d] = s.level();
      posture[d] = s.postureMultiplier();
    } else if (e instanceof SimEvent.DayRostered r) {
      onDuty[d] += r.officersOnDuty();
      if (r.role() == Role.CT_INVESTIGATION) ctRostered[d] += r.rosteredMinutes();
    } else if (e instanceof SimEvent.OfficerDeployed o) {
      deployed(o, d);
    } else if (e instanceof SimEvent.MutualAidDeployed m) {
      mutualAid[d] += m.officers();
    } else if (e instanceof SimEvent.MutualAidShiftWorked) {
      mutualAid[d]++;  // an officer lent by another force (mutual aid as people) on a shift that starts today
    } else if (e instanceof SimEvent.MilitaryDeployed m) {
      military[d] += m.personnel();
    } else if (e instanceof SimEvent.DemandUnmet u) {
      unmetHours[d] += Minutes.hours(u.officersShort() * (u.endMinute() - u.minute()));
    } else if (e instanceof SimEvent.RestDayCancelled) {
      restDays[d]++;
    } else if (e instanceof SimEvent.LeaveCancelled) {
      leaveDays[d]++;
    } else if (e instanceof SimEvent.EverydayShift s) {
      everyday(s, d);
    } else if (e instanceof SimEvent.OwedTimeAccrued a) {
      owed[0][d] += a.minutes();
    } else if (e instanceof SimEvent.OwedTimeRepaid r) {
      owed[1][d] += r.minutes();
    } else if (e instanceof SimEvent.OwedTimeBoughtOut b) {
      owed[2][d] += b.minutes();
    } else if (e instanceof SimEvent.FatigueSickness f) {
      owed[3][d] += f.minutes();
    } else {
      ctWork(e, ct[d]);
    }
  }

  private static void ctWork(SimEvent e, double[] day) {
    if (e instanceof SimEvent.PlotArrived) {
      day[0]++;
    } else if (e instanceof SimEvent.PlotResolved p && p.disrupted()) {
      day[1]++;
    } else if (e instanceof SimEvent.ArrestsMade a) {
      day[2] += a.arrests();
    } else if (e instanceof SimEvent.CaseloadCounted c) {
      day[4] = c.caseload();
    } else if (e instanceof SimEvent.PreventReferred p) {
      day[5] += p.referrals();
      day[6] += p.channelCases();
    }
  }

  private DailyRow.CtWork ctOf(int d) {
    double[] c = ct[d];
    return new DailyRow.CtWork((int) c[0], (int) c[1], (int) c[2], c[3], c[4], (int) c[5], (int) c[6], c[7]);
  }

  private void everyday(SimEvent.EverydayShift s, int d) {
    double[] day = everyday[d];
    day[0] += s.demandHours();
    day[1] += s.ordinaryHours();
    day[2] += s.extraHours();
    day[3] += s.unmetHours();
    day[5] += s.deferredHours();
    backlog.set(s.force(), s.function(), s.backlogHours());
    day[4] = backlog.sum();
  }

  /** Each force's and function's backlog after its latest shift. */
  private final Backlogs backlog = new Backlogs();

  private void deployed(SimEvent.OfficerDeployed o, int d) {
    DutyMinutes split = o.split();
    if (split.rostered() > 0) taken[d]++;
    switch (o.demand().kind()) {
      case EVENT -> event[d]++;
      case PROTECTED_SITES, VISIBLE_PATROL -> postureDuty[d]++;
      case INCIDENT_IMMEDIATE, INCIDENT_SCENE -> incident[d]++;
      case INVESTIGATION -> investigation[d]++;
      case ARREST -> ct[d][3] += Minutes.hours(o.minutes());
      case PREVENT -> ct[d][7] += Minutes.hours(o.minutes());
      case EVERYDAY -> { }
    }
    overtimeHours[d] += Minutes.hours(split.overtime());
    abstraction[o.role().ordinal()][d] += Minutes.hours(split.rostered());
  }

  private DailyRow.Everyday everydayOf(int d) {
    double[] e = everyday[d];
    return new DailyRow.Everyday(e[0], e[1], e[2], e[3], e[4], e[5]);
  }

  List<DailyRow> rows() {
    List<DailyRow> rows = new ArrayList<>(days);
    long outstanding = 0;
    for (int d = 0; d < days; d++) {
      outstanding += owed[0][d] - owed[1][d] - owed[2][d];
      DailyRow.Aftermath owedToday = new DailyRow.Aftermath(Minutes.hours(owed[1][d]), Minutes.hours(outstanding),
          Minutes.hours(owed[3][d]));
      Map<Role, Double> byRole = new EnumMap<>(Role.class);
      for (Role r : Role.values()) byRole.put(r, abstraction[r.ordinal()][d]);
      double ctAbstracted = abstraction[Role.CT_INVESTIGATION.ordinal()][d] * Minutes.PER_HOUR;
      double pursue = ctRostered[d] == 0 ? 0 : Math.max(0, 1 - ctAbstracted / ctRostered[d]);
      rows.add(new DailyRow(calendar.date(d), level[d], posture[d], onDuty[d], onDuty[d] - taken[d], event[d],
          postureDuty[d], incident[d], investigation[d], mutualAid[d], military[d], overtimeHours[d], byRole,
          unmetHours[d], restDays[d], leaveDays[d], pursue, everydayOf(d), ctOf(d), owedToday));
    }
    return rows;
  }
}
