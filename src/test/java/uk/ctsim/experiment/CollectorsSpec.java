package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.TestScenario;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.PhaseSpec;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.ThreatLevel;

/**
 * The collectors that turn recorded events into a replication's rows and indicators, fed hand-made event sequences
 * whose results are worked out by hand; and the replication seeds, runs and parallel experiment built on them.
 */
class CollectorsSpec {
  private static final LocalDate START = TestScenario.START;
  private static final int DAY = 1440;

  private static DemandRef ref(DemandKind kind, String id, int revision) {
    return new DemandRef(kind, id, ForceId.MET, revision);
  }

  private static SimEvent.OfficerDeployed deployed(int officer, Role role, DemandRef ref, long start, long end,
      int rostered, int overtime) {
    return new SimEvent.OfficerDeployed(start, end, officer, ForceId.MET, Rank.CONSTABLE, role, ref,
        overtime > 0 ? SupplySource.OVERTIME : SupplySource.ON_DUTY,
        new uk.ctsim.model.events.DutyMinutes(rostered, overtime, 0, 0), 0,
        uk.ctsim.model.events.DutyFacts.plain(start));
  }

  @Test
  void dailyRowsCountEachDaysDeploymentsByKindAndRole() {
    DailyCollector c = new DailyCollector(new uk.ctsim.scenario.Period(START, START.plusDays(2)));
    c.accept(new SimEvent.DayStarted(0, START, ThreatLevel.SEVERE, 1.25, 1.5));
    c.accept(new SimEvent.DayStarted(DAY, START.plusDays(1), ThreatLevel.CRITICAL, 1.6, 2.2));
    c.accept(new SimEvent.DayRostered(0, START, ForceId.MET, Role.NEIGHBOURHOOD, 10, 4800));
    c.accept(new SimEvent.DayRostered(0, START, ForceId.MET, Role.CT_INVESTIGATION, 4, 1920));
    c.accept(new SimEvent.DayRostered(0, START, ForceId.CITY, Role.RESPONSE, 3, 1440));
    c.accept(deployed(1, Role.NEIGHBOURHOOD, ref(DemandKind.EVENT, "e", 0), 480, 960, 480, 0));
    c.accept(deployed(2, Role.NEIGHBOURHOOD, ref(DemandKind.VISIBLE_PATROL, "p", 0), 600, 1200, 360, 240));
    c.accept(deployed(3, Role.ARMED, ref(DemandKind.PROTECTED_SITES, "p", 0), 420, 900, 480, 0));
    c.accept(deployed(4, Role.RESPONSE, ref(DemandKind.INCIDENT_IMMEDIATE, "x", 0), 600, 900, 0, 300));
    c.accept(deployed(5, Role.RESPONSE, ref(DemandKind.INCIDENT_SCENE, "x", 0), 700, 900, 200, 0));
    c.accept(deployed(6, Role.CT_INVESTIGATION, ref(DemandKind.INVESTIGATION, "x", 0), 500, 980, 480, 0));
    c.accept(new SimEvent.MutualAidDeployed(600, 1080, ref(DemandKind.EVENT, "e", 0), Role.NEIGHBOURHOOD, 7, 1));
    // two officers lent by another force (mutual aid as people) on shifts that start on day 0
    c.accept(new SimEvent.MutualAidShiftWorked(600, 1080, 501, ForceId.of("CHE"), Rank.CONSTABLE, Role.NEIGHBOURHOOD,
        ref(DemandKind.EVENT, "e", 0)));
    c.accept(new SimEvent.MutualAidShiftWorked(700, 1180, 502, ForceId.of("CHE"), Rank.CONSTABLE, Role.NEIGHBOURHOOD,
        ref(DemandKind.EVENT, "e", 0)));
    c.accept(new SimEvent.MilitaryDeployed(420, 900, ref(DemandKind.PROTECTED_SITES, "p", 0), 12));
    c.accept(new SimEvent.DemandUnmet(480, 960, ref(DemandKind.EVENT, "e", 0), Role.NEIGHBOURHOOD, 3));
    c.accept(new SimEvent.RestDayCancelled(-5 * DAY, 7, ForceId.MET, Rank.CONSTABLE, Role.NEIGHBOURHOOD, START, 5,
        ref(DemandKind.EVENT, "e", 0)));
    c.accept(new SimEvent.LeaveCancelled(-5 * DAY, 8, ForceId.MET, Rank.CONSTABLE, Role.NEIGHBOURHOOD,
        START.plusDays(2), 5, ref(DemandKind.EVENT, "e", 0)));
    // Outside the period: ignored.
    c.accept(new SimEvent.DayStarted(3 * DAY, START.plusDays(3), ThreatLevel.LOW, 9, 9));
    c.accept(deployed(9, Role.NEIGHBOURHOOD, ref(DemandKind.EVENT, "e", 0), -600, -100, 480, 0));
    c.accept(new SimEvent.RestDayCancelled(0, 7, ForceId.MET, Rank.CONSTABLE, Role.NEIGHBOURHOOD, START.minusDays(1), 5,
        ref(DemandKind.EVENT, "e", 0)));
    List<DailyRow> rows = c.rows();
    assertThat(rows).hasSize(3);
    DailyRow d0 = rows.get(0);
    assertThat(d0.date()).isEqualTo(START);
    assertThat(d0.threatLevel()).isEqualTo(ThreatLevel.SEVERE);
    assertThat(d0.postureMultiplier()).isEqualTo(1.25);
    assertThat(d0.officersOnDuty()).isEqualTo(17);
    assertThat(d0.officersOrdinary()).isEqualTo(17 - 5);  // five deployments took rostered time
    assertThat(d0.officersEvent()).isEqualTo(1);
    assertThat(d0.officersPosture()).isEqualTo(2);
    assertThat(d0.officersIncident()).isEqualTo(2);
    assertThat(d0.officersInvestigation()).isEqualTo(1);
    assertThat(d0.mutualAidOfficers()).as("7 from the generic pool, 2 lent officers").isEqualTo(9);
    assertThat(d0.militaryPersonnel()).isEqualTo(12);
    assertThat(d0.overtimeHours()).isEqualTo(9.0);
    assertThat(d0.abstractionHours()).containsEntry(Role.NEIGHBOURHOOD, 14.0).containsEntry(Role.ARMED, 8.0)
        .containsEntry(Role.RESPONSE, 200 / 60.0).containsEntry(Role.CT_INVESTIGATION, 8.0)
        .containsEntry(Role.PROTECTION, 0.0).hasSize(Role.values().length);
    assertThat(d0.unmetHours()).isEqualTo(24.0);
    assertThat(d0.restDaysCancelled()).isEqualTo(1);
    assertThat(d0.leaveDaysCancelled()).isZero();
    assertThat(d0.pursueCapacityShare()).isEqualTo(0.75);  // 480 of 1,920 CT minutes taken
    assertThat(rows.get(1).threatLevel()).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(rows.get(1).pursueCapacityShare()).isZero();  // nobody rostered
    assertThat(rows.get(2).leaveDaysCancelled()).isEqualTo(1);
    assertThat(rows.get(2).threatLevel()).isNull();
  }

  @Test
  void theCapacityShareNeverGoesBelowZero() {
    DailyCollector c = new DailyCollector(new uk.ctsim.scenario.Period(START, START));
    c.accept(new SimEvent.DayRostered(0, START, ForceId.MET, Role.CT_INVESTIGATION, 1, 60));
    c.accept(deployed(1, Role.CT_INVESTIGATION, ref(DemandKind.INVESTIGATION, "x", 0), 0, 480, 480, 0));
    assertThat(c.rows().get(0).pursueCapacityShare()).isZero();
  }

  @Test
  void pursueAndPreventWorkIsCountedByDayAndInTheIndicators() {
    DailyCollector c = new DailyCollector(new uk.ctsim.scenario.Period(START, START.plusDays(1)));
    KpiCollector k = new KpiCollector(10);
    List<SimEvent> events = List.of(
        new SimEvent.PlotArrived(100, 1, 5000), new SimEvent.PlotArrived(DAY + 5, 2, 9000),
        new SimEvent.PlotResolved(DAY + 10, 3, true, 0.9, 0.8), new SimEvent.PlotResolved(DAY + 20, 4, false, 0.9, 0.8),
        new SimEvent.ArrestsMade(DAY + 10, "plot-3", false, 4, 96, 192),
        new SimEvent.ArrestsMade(DAY + 20, "plot-4", true, 21, 504, 1008),
        new SimEvent.CaseloadCounted(0, START, 500), new SimEvent.CaseloadCounted(DAY, START.plusDays(1), 501.5),
        new SimEvent.PreventReferred(0, START, 3, 1, 0, 12), new SimEvent.PreventReferred(DAY, START.plusDays(1), 5, 2, 1, 46),
        deployed(1, Role.NEIGHBOURHOOD, ref(DemandKind.PREVENT, "prevent", 0), 540, 1020, 480, 0),
        deployed(2, Role.RESPONSE, ref(DemandKind.ARREST, "plot-3", 0), DAY + 10, DAY + 490, 480, 0),
        deployed(3, Role.PUBLIC_ORDER, ref(DemandKind.ARREST, "plot-3", 0), DAY + 10, DAY + 490, 0, 480));
    events.forEach(e -> {
      c.accept(e);
      k.accept(e);
    });
    DailyRow.CtWork d0 = c.rows().get(0).ct();
    DailyRow.CtWork d1 = c.rows().get(1).ct();
    assertThat(d0).isEqualTo(new DailyRow.CtWork(1, 0, 0, 0, 500, 3, 0, 8));
    assertThat(d1).isEqualTo(new DailyRow.CtWork(1, 1, 25, 16, 501.5, 5, 1, 0));
    Map<String, Double> r = k.result();
    assertThat(r).containsEntry("arrests", 25.0).containsEntry("officer_hours_arrest", 16.0)
        .containsEntry("caseload_end", 501.5).containsEntry("prevent_referrals", 8.0)
        .containsEntry("channel_panels", 3.0).containsEntry("channel_cases", 1.0)
        .containsEntry("prevent_hours_referred", 58.0).containsEntry("officer_hours_prevent", 8.0)
        .containsEntry("plots", 2.0).containsEntry("plots_disrupted", 1.0);
  }

  @Test
  void owedTimeRepaidAndFatigueSicknessAreCountedOnTheirDayAndOutstandingRunsOn() {
    DailyCollector c = new DailyCollector(new uk.ctsim.scenario.Period(START, START.plusDays(2)));
    c.accept(new SimEvent.OwedTimeAccrued(60, 1, ForceId.MET, Rank.CONSTABLE, Role.ARMED, 480, SupplySource.REST_DAY));
    c.accept(new SimEvent.OwedTimeAccrued(90, 2, ForceId.MET, Rank.CONSTABLE, Role.ARMED, 480, SupplySource.LEAVE));
    c.accept(new SimEvent.OwedTimeRepaid(DAY + 480, 1, ForceId.MET, Rank.CONSTABLE, Role.ARMED, 480));
    c.accept(new SimEvent.OwedTimeBoughtOut(2 * DAY, 2, ForceId.MET, Rank.CONSTABLE, Role.ARMED, 480, true));
    c.accept(new SimEvent.FatigueSickness(DAY + 420, 3, ForceId.MET, Role.ARMED, 480));
    var rows = c.rows();
    assertThat(rows.get(0).aftermath()).isEqualTo(new DailyRow.Aftermath(0, 16, 0));
    assertThat(rows.get(1).aftermath()).isEqualTo(new DailyRow.Aftermath(8, 8, 8));
    assertThat(rows.get(2).aftermath()).isEqualTo(new DailyRow.Aftermath(0, 0, 0));
  }

  @Test
  void indicatorsAreCountedFromTheEvents() {
    KpiCollector k = new KpiCollector(4);
    k.accept(deployed(1, Role.NEIGHBOURHOOD, ref(DemandKind.EVENT, "e", 0), 0, 600, 480, 120));
    k.accept(deployed(2, Role.ARMED, ref(DemandKind.PROTECTED_SITES, "p", 0), 0, 480, 480, 0));
    k.accept(deployed(2, Role.NEIGHBOURHOOD, ref(DemandKind.VISIBLE_PATROL, "p", 0), 0, 120, 0, 120));
    k.accept(deployed(3, Role.RESPONSE, ref(DemandKind.INCIDENT_IMMEDIATE, "x", 0), 0, 60, 60, 0));
    k.accept(deployed(3, Role.RESPONSE, ref(DemandKind.INCIDENT_SCENE, "x", 0), 0, 180, 0, 180));
    k.accept(deployed(4, Role.CT_INVESTIGATION, ref(DemandKind.INVESTIGATION, "x", 0), 0, 300, 300, 0));
    k.accept(new SimEvent.IncidentOccurred(0, "x", "x", AttackType.VEHICLE_KNIFE, ForceId.MET, false, 6.0));
    k.accept(new SimEvent.IncidentOccurred(0, "h", "h", AttackType.HOAX, ForceId.MET, false, 10.0));
    k.accept(new SimEvent.PlotArrived(0, 1, 10));
    k.accept(new SimEvent.PlotArrived(0, 2, 10));
    k.accept(new SimEvent.PlotResolved(10, 1, true, 1, 0.85));
    k.accept(new SimEvent.PlotResolved(10, 2, false, 1, 0.85));
    k.accept(new SimEvent.RestDayCancelled(0, 1, ForceId.MET, Rank.CONSTABLE, Role.RESPONSE, START, 0, null));
    k.accept(new SimEvent.LeaveCancelled(0, 1, ForceId.MET, Rank.CONSTABLE, Role.RESPONSE, START, 0, null));
    k.accept(new SimEvent.LeaveCancelled(0, 2, ForceId.MET, Rank.CONSTABLE, Role.RESPONSE, START, 0, null));
    k.accept(new SimEvent.DemandUnmet(0, 90, null, Role.ARMED, 4));
    k.accept(new SimEvent.MutualAidDeployed(0, 600, null, Role.ARMED, 3, 1));
    k.accept(new SimEvent.MilitaryDeployed(0, 720, null, 10));
    // five soldier-days: soldiers 1-3 on day 0 (soldier 1 twice), soldiers 1 and 2 on day 1
    k.accept(new SimEvent.SoldierOnGuard(0, 720, 1, null));
    k.accept(new SimEvent.SoldierOnGuard(0, 720, 2, null));
    k.accept(new SimEvent.SoldierOnGuard(600, 1320, 3, null));
    k.accept(new SimEvent.SoldierOnGuard(1380, 2100, 1, null));
    k.accept(new SimEvent.SoldierOnGuard(1440 + 420, 1440 + 900, 1, null));
    k.accept(new SimEvent.SoldierOnGuard(1440 + 420, 1440 + 900, 2, null));
    k.accept(new SimEvent.WorkingTimeSuspended(0, 1, uk.ctsim.model.events.WorkingTimeRule.MAX_SHIFT, null));
    k.accept(new SimEvent.DayStarted(0, START, ThreatLevel.CRITICAL, 1, 1));
    k.accept(new SimEvent.DayStarted(DAY, START, ThreatLevel.SEVERE, 1, 1));
    k.accept(new SimEvent.EventScheduled(0, "e", "e", uk.ctsim.scenario.EventType.SPORT, ForceId.MET, START, 1, 5, 0,
        List.of(), null));
    k.accept(new SimEvent.EmergencyWorkingStarted(DAY, ForceId.MET, "critical:x", 12, 4 * DAY));
    k.accept(new SimEvent.EmergencyWorkingStarted(DAY, ForceId.CITY, "critical:x", 12, 4 * DAY));
    k.accept(new SimEvent.EmergencyWorkingEnded(4 * DAY, ForceId.MET, "critical:x", DAY));
    k.accept(new SimEvent.EmergencyWorkingEnded(DAY + DAY / 2, ForceId.CITY, "critical:x", DAY));
    k.accept(new SimEvent.OwedTimeAccrued(0, 1, ForceId.MET, Rank.CONSTABLE, Role.ARMED, 480, SupplySource.REST_DAY));
    k.accept(new SimEvent.OwedTimeAccrued(0, 2, ForceId.MET, Rank.CONSTABLE, Role.ARMED, 480, SupplySource.LEAVE));
    k.accept(new SimEvent.OwedTimeAccrued(0, 3, ForceId.MET, Rank.CONSTABLE, Role.ARMED, 480, SupplySource.LEAVE));
    k.accept(new SimEvent.OwedTimeRepaid(7 * DAY, 1, ForceId.MET, Rank.CONSTABLE, Role.ARMED, 480));
    k.accept(new SimEvent.OwedTimeBoughtOut(0, 2, ForceId.MET, Rank.CONSTABLE, Role.ARMED, 480, false));
    k.accept(new SimEvent.OwedTimeOutstanding(28 * DAY, ForceId.MET, 480));
    k.accept(new SimEvent.FatigueSickness(DAY, 3, ForceId.MET, Role.ARMED, 600));
    Map<String, Double> r = k.result();
    assertThat(r).containsEntry("attacks", 1.0).containsEntry("incidents", 2.0).containsEntry("plots", 2.0)
        .containsEntry("plots_disrupted", 1.0).containsEntry("armed_response_minutes_mean", 8.0)
        .containsEntry("officer_hours_event", 10.0).containsEntry("officer_hours_posture", 10.0)
        .containsEntry("officer_hours_incident", 4.0).containsEntry("officer_hours_investigation", 5.0)
        .containsEntry("abstraction_hours", (480 + 480 + 60 + 300) / 60.0).containsEntry("overtime_hours", 7.0)
        .containsEntry("overtime_hours_per_officer", 7.0 / 4).containsEntry("rest_days_cancelled", 1.0)
        .containsEntry("leave_days_cancelled", 2.0).containsEntry("unmet_hours", 6.0)
        .containsEntry("mutual_aid_officer_hours", 30.0).containsEntry("military_person_days", 5.0)
        .containsEntry("working_time_suspensions", 1.0).containsEntry("critical_days", 1.0)
        .containsEntry("events", 1.0).containsEntry("unmet_hours.ARMED", 6.0)
        .containsEntry("emergency_working_starts", 2.0).containsEntry("emergency_working_force_days", 3.5)
.containsEntry("owed_hours_accrued", 24.0).containsEntry("owed_hours_repaid", 8.0)
        .containsEntry("owed_hours_bought_out", 8.0).containsEntry("owed_hours_outstanding_end", 8.0)
        .containsEntry("fatigue_sick_hours", 10.0).containsEntry("pcso_hours", 0.0)
        .containsEntry("specials_hours", 0.0).hasSize(46 + Role.values().length);
    for (Role role : Role.values()) {
      if (role != Role.ARMED) assertThat(r).containsEntry("unmet_hours." + role.name(), 0.0);
    }
    KpiCollector empty = new KpiCollector(0);
    assertThat(empty.result()).containsEntry("armed_response_minutes_mean", 0.0)
        .containsEntry("overtime_hours_per_officer", 0.0).containsEntry("attacks", 0.0);
  }

  @Test
  void theOvertimeHistogramPutsEveryOfficerInOneTenHourBin() {
    OvertimeCollector c = new OvertimeCollector(5);
    c.accept(deployed(1, Role.RESPONSE, ref(DemandKind.EVENT, "e", 0), 0, 600, 0, 9 * 60));
    c.accept(deployed(1, Role.RESPONSE, ref(DemandKind.EVENT, "e", 0), 0, 600, 0, 60));   // 10 h: second bin
    c.accept(deployed(2, Role.RESPONSE, ref(DemandKind.EVENT, "e", 0), 0, 600, 0, 59));   // under 1 h: first bin
    c.accept(deployed(3, Role.RESPONSE, ref(DemandKind.EVENT, "e", 0), 0, 600, 0, 25 * 60));
    c.accept(deployed(4, Role.RESPONSE, ref(DemandKind.EVENT, "e", 0), 0, 600, 480, 0));
    assertThat(c.histogram()).containsExactly(new HistogramBin(0, 0, 2), new HistogramBin(0, 10, 1),
        new HistogramBin(10, 20, 1), new HistogramBin(20, 30, 1));
    assertThat(new OvertimeCollector(3).histogram()).containsExactly(new HistogramBin(0, 0, 3));
  }

  @Test
  void lentOfficersAreCountedInAnIncidentsPeakAndHeadsAsPeople() {
    IncidentCollector c = new IncidentCollector(small());
    long at = 2 * DAY + 540;
    c.accept(new SimEvent.IncidentOccurred(at, "x", "x", AttackType.VEHICLE_KNIFE, ForceId.MET, false, 8.0));
    DemandRef immediate = ref(DemandKind.INCIDENT_IMMEDIATE, "x", 0);
    DemandRef investigation = ref(DemandKind.INVESTIGATION, "x", 0);
    c.accept(deployed(1, Role.ARMED, immediate, at, at + 360, 360, 0));
    c.accept(new SimEvent.MutualAidShiftWorked(at, at + 360, 501, ForceId.of("CHE"), Rank.CONSTABLE, Role.ARMED,
        immediate));
    // the same lent officer on two investigation shifts, days 1 and 2, and one of the force's own on day 1
    for (int d = 1; d <= 2; d++) {
      c.accept(new SimEvent.MutualAidShiftWorked(at + d * DAY, at + d * DAY + 480, 501, ForceId.of("CHE"),
          Rank.CONSTABLE, Role.CT_INVESTIGATION, investigation));
    }
    c.accept(deployed(2, Role.CT_INVESTIGATION, investigation, at + DAY, at + DAY + 480, 480, 0));
    IncidentRow row = c.rows(uk.ctsim.cost.CostLedger.of(List.of())).get(0);
    assertThat(row.peakConcurrentOfficers()).as("the force's officer and the lent one at once").isEqualTo(2);
    assertThat(row.investigationOfficersFirstWeek()).as("two people, not three shifts").isEqualTo(2);
    assertThat(row.ctHoursFirstWeek()).isEqualTo(24.0);
    assertThat(row.firstDays().get(0).nonCtOfficers()).isEqualTo(2);
    assertThat(row.firstDays().get(1).ctOfficers()).isEqualTo(2);
    assertThat(row.firstDays().get(2).ctOfficers()).isEqualTo(1);
  }

  @Test
  void deploymentsToInterleavedIncidentsAndEventsAreEachCountedOnTheirOwn() {
    IncidentCollector incidents = new IncidentCollector(small());
    DemandRef x = ref(DemandKind.INCIDENT_SCENE, "x", 0);
    DemandRef y = ref(DemandKind.INCIDENT_SCENE, "y", 0);
    incidents.accept(deployed(1, Role.RESPONSE, x, 0, 60, 60, 0));  // before x occurred: not an incident yet
    incidents.accept(new SimEvent.IncidentOccurred(0, "x", "x", AttackType.VEHICLE_KNIFE, ForceId.MET, false, 8.0));
    incidents.accept(deployed(2, Role.RESPONSE, x, 0, 120, 120, 0));
    incidents.accept(deployed(3, Role.RESPONSE, y, 0, 180, 180, 0));  // before y occurred
    incidents.accept(new SimEvent.IncidentOccurred(0, "y", "y", AttackType.VEHICLE_KNIFE, ForceId.MET, false, 8.0));
    incidents.accept(deployed(4, Role.RESPONSE, y, 0, 300, 300, 0));
    incidents.accept(deployed(5, Role.RESPONSE, x, 0, 240, 240, 0));
    List<IncidentRow> rows = incidents.rows(uk.ctsim.cost.CostLedger.of(List.of()));
    assertThat(rows).extracting(r -> r.officerHoursByPhase().get(PhaseSpec.Kind.SCENE)).containsExactly(6.0, 5.0);

    EventCollector events = new EventCollector();
    for (String id : List.of("a", "b")) {
      events.accept(new SimEvent.EventScheduled(0, id, id, uk.ctsim.scenario.EventType.SPORT, ForceId.MET, START, 1, 5,
          0, List.of(), null));
    }
    events.accept(deployed(1, Role.RESPONSE, ref(DemandKind.EVENT, "a", 0), 0, 60, 60, 0));
    events.accept(deployed(2, Role.ARMED, ref(DemandKind.EVENT, "b", 0), 0, 120, 120, 0));
    events.accept(deployed(3, Role.RESPONSE, ref(DemandKind.EVENT, "b", 0), 0, 180, 180, 0));
    events.accept(deployed(4, Role.RESPONSE, ref(DemandKind.EVENT, "a", 0), 0, 240, 240, 0));
    List<EventRow> eventRows = events.rows(uk.ctsim.cost.CostLedger.of(List.of()), Map.of());
    assertThat(eventRows.get(0).officerHours()).containsEntry(Role.RESPONSE, 5.0).containsEntry(Role.ARMED, 0.0);
    assertThat(eventRows.get(1).officerHours()).containsEntry(Role.RESPONSE, 3.0).containsEntry(Role.ARMED, 2.0);
  }

  @Test
  void replicationSeedsAreTheSplitMix64SequenceOfTheMasterSeed() {
    // Reference outputs of SplitMix64 seeded with 0 (Steele, Lea and Flood; Vigna's splitmix64.c).
    assertThat(Seeds.replicationSeed(0, 0)).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(Seeds.replicationSeed(0, 1)).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(Seeds.replicationSeed(0, 2)).isEqualTo(0x06C45D188009454FL);
    assertThat(Seeds.replicationSeed(5, 3)).isEqualTo(uk.ctsim.model.RandomStreams.splitMix64(5 + 3 * 0x9E3779B97F4A7C15L));
  }

  private static Scenario small() {
    return TestScenario.builder().officers(Role.NEIGHBOURHOOD, 40).officers(Role.ARMED, 20)
        .officers(Role.CT_INVESTIGATION, 20).period(START, 10)
        .incidentType(AttackType.VEHICLE_KNIFE, new uk.ctsim.scenario.IncidentTypeSpec(null, 8.0, 0.0, List.of(
            TestScenario.phase(PhaseSpec.Kind.IMMEDIATE, 0, 0.25, 6, true, 0,
                new uk.ctsim.scenario.StaffingRow(Role.ARMED, 4, null)),
            TestScenario.phase(PhaseSpec.Kind.INVESTIGATION, 24, 3, 8, false, 0,
                new uk.ctsim.scenario.StaffingRow(Role.CT_INVESTIGATION, 5, null))), 1000.0))
        .incidentAt("x", AttackType.VEHICLE_KNIFE, LocalDateTime.of(START.plusDays(2), java.time.LocalTime.of(9, 0)))
        .build();
  }

  @Test
  void aReplicationGathersEveryRowFromOneRun() {
    Scenario s = small();
    ReplicationResult r = Replication.run(s, 3, 99L);
    assertThat(r.replication()).isEqualTo(3);
    assertThat(r.seed()).isEqualTo(99L);
    assertThat(r.daily()).hasSize(10);
    assertThat(r.daily().get(0).officersOnDuty()).isEqualTo(80);
    assertThat(r.incidents()).singleElement().satisfies(i -> {
      assertThat(i.incidentId()).isEqualTo("x");
      assertThat(i.armedResponseMinutes()).isEqualTo(8.0);
      assertThat(i.peakConcurrentOfficers()).isEqualTo(4);
      assertThat(i.ctHoursFirstWeek()).isEqualTo(3 * 5 * 8.0);
      assertThat(i.nonCtHoursFirstWeek()).isZero();
      assertThat(i.investigationOfficersFirstWeek()).isEqualTo(5);
    });
    assertThat(r.kpis()).containsEntry("attacks", 1.0).containsEntry("officer_hours_investigation", 120.0)
        .containsEntry("officer_hours_incident", 24.0);
    assertThat(r.overtimeHistogram().stream().mapToInt(HistogramBin::officers).sum()).isEqualTo(80);
    assertThat(Replication.run(s, 3, 99L)).isEqualTo(r);
  }

  @Test
  void eventRowsCompareTheOriginalPlanWithWhatWasFinallyPolicedAndCosted() {
    // A 2-day festival planned for 10 neighbourhood officers at SEVERE; CRITICAL (x 1.5) from day 6, inside its
    // 14-day final-plan window, so 5 more are found at short notice. Only 12 officers can be taken (floor 50% of 24),
    // so 3 a day go unmet for 8 hours: 48 officer-hours unmet over the two days.
    Scenario s = TestScenario.builder().officers(Role.NEIGHBOURHOOD, 24).period(START, 12)
        .multipliers(TestScenario.byLevel(0.6, 0.75, 0.85, 1.0, 1.5), TestScenario.byLevel(0.6, 0.75, 0.85, 1.0, 1.5))
        .threat(new uk.ctsim.scenario.ThreatSpec(uk.ctsim.scenario.ThreatSpec.Mode.TIMELINE, ThreatLevel.SEVERE,
            List.of(new uk.ctsim.scenario.ThreatSpec.Change(START.plusDays(6), ThreatLevel.CRITICAL)), null, null))
        .fillOrder(SupplySource.ON_DUTY)
        .event(new uk.ctsim.scenario.EventSpec("fest", "Festival", uk.ctsim.scenario.EventType.FESTIVAL, null,
            START.plusDays(8), 2, java.time.LocalTime.of(8, 0), 8.0, null, 3, START.minusDays(20), ThreatLevel.SEVERE,
            List.of(new uk.ctsim.scenario.StaffingRow(Role.NEIGHBOURHOOD, 10, null)), null, 0.25))
        .build();
    ReplicationResult r = Replication.run(s, 0, 1L);
    EventRow e = r.events().get(0);
    assertThat(r.events()).hasSize(1);
    assertThat(e.eventId()).isEqualTo("fest");
    assertThat(e.name()).isEqualTo("Festival");
    assertThat(e.days()).isEqualTo(2);
    assertThat(e.priority()).isEqualTo(3);
    assertThat(e.generated()).isFalse();
    assertThat(e.plannedOfficersPerDay()).isEqualTo(10);
    assertThat(e.finalOfficersPerDay()).isEqualTo(15);
    assertThat(e.officerHours()).containsEntry(Role.NEIGHBOURHOOD, 2 * 12 * 8.0).containsEntry(Role.ARMED, 0.0);
    assertThat(e.unmetHours()).isEqualTo(48.0);
    long ledgerTotal = r.ledger().lines().stream().filter(l -> l.reference().equals("fest"))
        .mapToLong(uk.ctsim.cost.CostLine::pence).sum();
    assertThat(e.totalPence()).isEqualTo(ledgerTotal);
    assertThat(e.initialPlanPence()).isPositive().isLessThan(e.totalPence());
    assertThat(e.recoveredPence()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void withoutARiseTheOriginalPlanCostsWhatTheEventCost() {
    Scenario s = TestScenario.builder().officers(Role.NEIGHBOURHOOD, 40).period(START, 12)
        .event(new uk.ctsim.scenario.EventSpec("fest", null, uk.ctsim.scenario.EventType.FESTIVAL, null,
            START.plusDays(8), 1, java.time.LocalTime.of(8, 0), 8.0, null, null, START.minusDays(20), null,
            List.of(new uk.ctsim.scenario.StaffingRow(Role.NEIGHBOURHOOD, 10, null)), null, null))
        .build();
    EventRow e = Replication.run(s, 0, 1L).events().get(0);
    assertThat(e.plannedOfficersPerDay()).isEqualTo(10);
    assertThat(e.finalOfficersPerDay()).isEqualTo(10);
    assertThat(e.unmetHours()).isZero();
    assertThat(e.initialPlanPence()).isPositive().isEqualTo(e.totalPence());
  }

  @Test
  void anExperimentGivesTheSameResultsInReplicationOrderWhateverTheThreads() {
    Scenario s = small();
    AtomicInteger done = new AtomicInteger();
    ExperimentResult one = Experiment.run(s, 3, 7L, 1, i -> done.incrementAndGet());
    ExperimentResult two = Experiment.run(s, 3, 7L, 2, i -> done.incrementAndGet());
    assertThat(done.get()).isEqualTo(6);
    assertThat(two).isEqualTo(one);
    assertThat(one.replications()).extracting(ReplicationResult::replication).containsExactly(0, 1, 2);
    assertThat(one.replications()).extracting(ReplicationResult::seed).containsExactly(
        Seeds.replicationSeed(7L, 0), Seeds.replicationSeed(7L, 1), Seeds.replicationSeed(7L, 2));
    assertThat(one.masterSeed()).isEqualTo(7L);
    assertThatThrownBy(() -> Experiment.run(s, 0, 7L, 1, i -> {})).isInstanceOf(IllegalArgumentException.class);
    List<Integer> order = new ArrayList<>();
    Experiment.run(s, 2, 7L, 8, order::add);
    assertThat(order).containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void aFailureInAReplicationIsRethrownAsItself() {
    Scenario s = small();
    assertThatThrownBy(() -> Experiment.run(s, 2, 7L, 2, i -> {
      throw new IllegalStateException("boom " + i);
    })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("boom");
  }
}
