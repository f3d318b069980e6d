package uk.ctsim.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Period;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ThreatLevel;

/** Builds the daily rows from recorded events. Deployments count on the day they start. */
final class DailyCollector {
  private final LocalDate start;
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

  DailyCollector(Period period) {
    this.start = period.start();
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
  }

  private int day(long minute) {
    int d = (int) Math.floorDiv(minute, 1440L);
    return d >= 0 && d < days ? d : -1;
  }

  private int day(LocalDate date) {
    int d = (int) java.time.temporal.ChronoUnit.DAYS.between(start, date);
    return d >= 0 && d < days ? d : -1;
  }

  void accept(SimEvent e) {
    if (e instanceof SimEvent.DayStarted s && day(s.minute()) >= 0) {
      level[day(s.minute())] = s.level();
      posture[day(s.minute())] = s.postureMultiplier();
    } else if (e instanceof SimEvent.DayRostered r && day(r.minute()) >= 0) {
      onDuty[day(r.minute())] += r.officersOnDuty();
      if (r.role() == Role.CT_INVESTIGATION) ctRostered[day(r.minute())] += r.rosteredMinutes();
    } else if (e instanceof SimEvent.OfficerDeployed o && day(o.minute()) >= 0) {
      deployed(o, day(o.minute()));
    } else if (e instanceof SimEvent.MutualAidDeployed m && day(m.minute()) >= 0) {
      mutualAid[day(m.minute())] += m.officers();
    } else if (e instanceof SimEvent.MilitaryDeployed m && day(m.minute()) >= 0) {
      military[day(m.minute())] += m.personnel();
    } else if (e instanceof SimEvent.DemandUnmet u && day(u.minute()) >= 0) {
      unmetHours[day(u.minute())] += u.officersShort() * (u.endMinute() - u.minute()) / 60.0;
    } else if (e instanceof SimEvent.RestDayCancelled r && day(r.day()) >= 0) {
      restDays[day(r.day())]++;
    } else if (e instanceof SimEvent.LeaveCancelled l && day(l.day()) >= 0) {
      leaveDays[day(l.day())]++;
    }
  }

  private void deployed(SimEvent.OfficerDeployed o, int d) {
    if (o.rosteredMinutes() > 0) taken[d]++;
    switch (o.demand().kind()) {
      case EVENT -> event[d]++;
      case PROTECTED_SITES, VISIBLE_PATROL -> postureDuty[d]++;
      case INCIDENT_IMMEDIATE, INCIDENT_SCENE -> incident[d]++;
      case INVESTIGATION -> investigation[d]++;
    }
    overtimeHours[d] += o.overtimeMinutes() / 60.0;
    abstraction[o.role().ordinal()][d] += o.rosteredMinutes() / 60.0;
  }

  List<DailyRow> rows() {
    List<DailyRow> rows = new ArrayList<>(days);
    for (int d = 0; d < days; d++) {
      Map<Role, Double> byRole = new EnumMap<>(Role.class);
      for (Role r : Role.values()) byRole.put(r, abstraction[r.ordinal()][d]);
      double ctAbstracted = abstraction[Role.CT_INVESTIGATION.ordinal()][d] * 60;
      double pursue = ctRostered[d] == 0 ? 0 : Math.max(0, 1 - ctAbstracted / ctRostered[d]);
      rows.add(new DailyRow(start.plusDays(d), level[d], posture[d], onDuty[d], onDuty[d] - taken[d], event[d],
          postureDuty[d], incident[d], investigation[d], mutualAid[d], military[d], overtimeHours[d], byRole,
          unmetHours[d], restDays[d], leaveDays[d], pursue));
    }
    return rows;
  }
}
