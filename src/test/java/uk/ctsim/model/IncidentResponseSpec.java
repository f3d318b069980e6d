package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.model.TestScenario.byLevel;
import static uk.ctsim.model.TestScenario.day;
import static uk.ctsim.model.TestScenario.only;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.PhaseSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;

/**
 * The phased response to an incident at 10:00 on day 3: each phase's start, shift pattern, duration and taper, the
 * investigation team kept from shift to shift, and the armed response time stretched by thin armed cover.
 */
class IncidentResponseSpec {
  private static final long T = day(3) + 600;

  private static TestScenario withPhases(PhaseSpec... phases) {
    return TestScenario.builder().officers(Role.RESPONSE, 40).officers(Role.NEIGHBOURHOOD, 40)
        .officers(Role.CT_INVESTIGATION, 100).officers(Role.ARMED, 40).floor(Role.RESPONSE, 0)
        .floor(Role.NEIGHBOURHOOD, 0).floor(Role.CT_INVESTIGATION, 0).floor(Role.ARMED, 0)
        .incidentType(AttackType.FIREARMS, new IncidentTypeSpec(null, 8.0, 0.0, List.of(phases), null))
        .incidentAt("x", AttackType.FIREARMS, LocalDateTime.of(TestScenario.START.plusDays(3), LocalTime.of(10, 0)));
  }

  /** Officers demanded per shift start (minutes after the incident) for a kind: found, mutual aid and unmet. */
  private static Map<Long, Integer> demanded(List<SimEvent> events, DemandKind kind) {
    Map<Long, Integer> m = new TreeMap<>();
    for (SimEvent e : events) {
      if (e instanceof SimEvent.OfficerDeployed d && d.demand().kind() == kind) m.merge(d.minute() - T, 1, Integer::sum);
      if (e instanceof SimEvent.MutualAidDeployed d && d.demand().kind() == kind) m.merge(d.minute() - T, d.officers(), Integer::sum);
      if (e instanceof SimEvent.DemandUnmet d && d.demand().kind() == kind) m.merge(d.minute() - T, d.officersShort(), Integer::sum);
    }
    return m;
  }

  @Test
  void theImmediatePhaseStartsAtOnceAndEndsWithThePhase() {
    List<SimEvent> events = withPhases(TestScenario.phase(PhaseSpec.Kind.IMMEDIATE, 0, 0.25, 8, true, 0,
        new StaffingRow(Role.RESPONSE, 10, null))).run(1);
    assertThat(demanded(events, DemandKind.INCIDENT_IMMEDIATE)).containsExactly(Map.entry(0L, 10));
    assertThat(only(events, SimEvent.OfficerDeployed.class)).hasSize(10).allSatisfy(d -> {
      assertThat(d.endMinute()).isEqualTo(T + 360);
      assertThat(d.noticeDays()).isZero();
      assertThat(d.demand().reference()).isEqualTo("x");
    });
  }

  @Test
  void aRoundTheClockPhaseIsCoveredByConsecutiveShiftsTaperingDayByDay() {
    // Scene from 2 h after, for 2 days, 8-hour shifts, halving each day of the phase: 8, 8, 8 then 4, 4, 4.
    List<SimEvent> events = withPhases(TestScenario.phase(PhaseSpec.Kind.SCENE, 2, 2, 8, true, 0.5,
        new StaffingRow(Role.NEIGHBOURHOOD, 8, null))).run(1);
    assertThat(demanded(events, DemandKind.INCIDENT_SCENE)).containsExactly(Map.entry(120L, 8), Map.entry(600L, 8),
        Map.entry(1080L, 8), Map.entry(1560L, 4), Map.entry(2040L, 4), Map.entry(2520L, 4));
    assertThat(only(events, SimEvent.OfficerDeployed.class)).allSatisfy(d -> assertThat(d.minutes()).isEqualTo(480));
  }

  @Test
  void theLastShiftIsCutAtTheEndOfThePhase() {
    // 0.5 days from 10:00 with 8-hour shifts: 10:00-18:00, then 18:00-22:00.
    List<SimEvent> events = withPhases(TestScenario.phase(PhaseSpec.Kind.SCENE, 0, 0.5, 8, true, 0,
        new StaffingRow(Role.NEIGHBOURHOOD, 3, null))).run(1);
    assertThat(demanded(events, DemandKind.INCIDENT_SCENE)).containsOnlyKeys(0L, 480L);
    var unmetOrFound = events.stream().filter(e -> e instanceof SimEvent.DemandUnmet u && u.minute() == T + 480)
        .map(e -> ((SimEvent.DemandUnmet) e).endMinute()).toList();
    assertThat(unmetOrFound).containsOnly(T + 720);
  }

  @Test
  void anInvestigationIsOneShiftADayAndTapersToNothing() {
    // From 24 h after, 10 days, one 8-hour shift a day, taper 0.3: round(10 x 0.7^d) = 10, 7, 5, 3, 2, 2, 1, 1, 1, 0.
    List<SimEvent> events = withPhases(TestScenario.phase(PhaseSpec.Kind.INVESTIGATION, 24, 10, 8, false, 0.3,
        new StaffingRow(Role.CT_INVESTIGATION, 10, null))).run(1);
    Map<Long, Integer> byShift = demanded(events, DemandKind.INVESTIGATION);
    assertThat(byShift.keySet()).containsExactly(day(1), day(2), day(3), day(4), day(5), day(6), day(7), day(8), day(9));
    assertThat(byShift.values()).containsExactly(10, 7, 5, 3, 2, 2, 1, 1, 1);
    assertThat(only(events, SimEvent.OfficerDeployed.class)).allSatisfy(d -> {
      assertThat(d.minutes()).isEqualTo(480);
      // Clear days (Police Regulations 2003, Annex G): whole days strictly between the day told and the day worked.
      assertThat(d.noticeDays()).isEqualTo((int) Math.max(0, d.minute() / TestScenario.DAY - T / TestScenario.DAY - 1));
    });
  }

  @Test
  void investigationTeamsAreKeptAcrossShifts() {
    List<SimEvent> events = withPhases(TestScenario.phase(PhaseSpec.Kind.INVESTIGATION, 24, 5, 8, false, 0,
        new StaffingRow(Role.CT_INVESTIGATION, 10, null))).run(1);
    Map<Long, Set<Integer>> teamByDay = only(events, SimEvent.OfficerDeployed.class).stream()
        .collect(Collectors.groupingBy(SimEvent.OfficerDeployed::minute, TreeMap::new,
            Collectors.mapping(SimEvent.OfficerDeployed::officerId, Collectors.toSet())));
    assertThat(teamByDay).hasSize(5);
    Set<Integer> first = teamByDay.values().iterator().next();
    assertThat(first).hasSize(10);
    assertThat(teamByDay.values()).allSatisfy(team -> assertThat(team).isEqualTo(first));
  }

  @Test
  void aTaperedTeamIsDrawnFromTheFirstDaysOfficers() {
    List<SimEvent> events = withPhases(TestScenario.phase(PhaseSpec.Kind.INVESTIGATION, 24, 4, 8, false, 0.5,
        new StaffingRow(Role.CT_INVESTIGATION, 8, null))).run(1);
    var deployed = only(events, SimEvent.OfficerDeployed.class);
    Set<Integer> firstDay = deployed.stream().filter(d -> d.minute() == T + day(1))
        .map(SimEvent.OfficerDeployed::officerId).collect(Collectors.toSet());
    assertThat(firstDay).hasSize(8);
    assertThat(deployed.stream().map(SimEvent.OfficerDeployed::officerId).collect(Collectors.toSet()))
        .isEqualTo(firstDay);
    assertThat(deployed).hasSize(8 + 4 + 2 + 1);
  }

  @Test
  void withFullArmedCoverTheResponseTimeIsTheMedian() {
    List<SimEvent> events = withPhases(TestScenario.phase(PhaseSpec.Kind.IMMEDIATE, 0, 0.25, 8, true, 0,
        new StaffingRow(Role.RESPONSE, 1, null))).run(1);
    assertThat(only(events, SimEvent.IncidentOccurred.class)).containsExactly(new SimEvent.IncidentOccurred(T, "x",
        "x", AttackType.FIREARMS, uk.ctsim.scenario.ForceId.MET, false, 8.0));
  }

  @Test
  void thinArmedCoverStretchesTheResponseByTheSquareRootOfTheShortfall() {
    // CRITICAL all period: 10 extra guards on each of three shifts take 30 of the 40 armed officers off ordinary
    // duty, so 10 are left against a reference of 40 on duty: 8 x sqrt(40 / 10) = 16 minutes.
    TestScenario b = withPhases(TestScenario.phase(PhaseSpec.Kind.IMMEDIATE, 0, 0.25, 8, true, 0,
        new StaffingRow(Role.RESPONSE, 1, null))).fixed(ThreatLevel.CRITICAL)
        .officers(Role.ARMED, 40, Map.of(Accreditation.AFO, 1.0))
        .guardsAndPatrols(byLevel(0, 0, 2, 2, 12), TestScenario.constant(0), ThreatLevel.SUBSTANTIAL)
        .workingTime(new uk.ctsim.scenario.WorkingTimeLimits(null, null, 80.0)).military(
            new uk.ctsim.scenario.MilitarySpec(false, null, null, null, null));
    assertThat(only(b.run(1), SimEvent.IncidentOccurred.class)).singleElement()
        .satisfies(i -> assertThat(i.armedResponseMinutes()).isEqualTo(16.0));
  }

  @Test
  void theResponseTimeVariesByIncidentButNotByRun() {
    TestScenario b = withPhases(TestScenario.phase(PhaseSpec.Kind.IMMEDIATE, 0, 0.25, 8, true, 0,
        new StaffingRow(Role.RESPONSE, 1, null)))
        .incidentType(AttackType.FIREARMS, new IncidentTypeSpec(null, 8.0, 0.5, List.of(TestScenario.phase(
            PhaseSpec.Kind.IMMEDIATE, 0, 0.25, 8, true, 0, new StaffingRow(Role.RESPONSE, 1, null))), null))
        .incidentAt("y", AttackType.FIREARMS, LocalDateTime.of(TestScenario.START.plusDays(5), LocalTime.NOON));
    var first = only(b.run(1), SimEvent.IncidentOccurred.class);
    assertThat(only(b.run(1), SimEvent.IncidentOccurred.class)).isEqualTo(first);
    assertThat(first).hasSize(2);
    assertThat(first.get(0).armedResponseMinutes()).isNotEqualTo(first.get(1).armedResponseMinutes());
    assertThat(only(b.run(2), SimEvent.IncidentOccurred.class).get(0).armedResponseMinutes())
        .isNotEqualTo(first.get(0).armedResponseMinutes());
  }

  @Test
  void immediateDeploymentsMayBreakWorkingTimeOnlyUnderTheEmergencyPolicy() {
    // A 14-hour immediate phase: the officers on the 08:00-16:00 shift work from 08:00 to 00:00.
    PhaseSpec longImmediate = TestScenario.phase(PhaseSpec.Kind.IMMEDIATE, 0, 14.0 / 24, 14, true, 0,
        new StaffingRow(Role.RESPONSE, 5, null));
    List<SimEvent> events = withPhases(longImmediate).run(1);
    assertThat(only(events, SimEvent.OfficerDeployed.class)).hasSize(5);
    assertThat(only(events, SimEvent.WorkingTimeSuspended.class)).extracting(SimEvent.WorkingTimeSuspended::rule)
        .contains(uk.ctsim.model.events.WorkingTimeRule.MAX_SHIFT);
  }
}
