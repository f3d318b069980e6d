package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ctsim.model.TestScenario.byLevel;
import static uk.ctsim.model.TestScenario.day;
import static uk.ctsim.model.TestScenario.only;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.EmergencyWorkingSpec;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.MilitarySpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;
import uk.ctsim.scenario.WorkingTimeLimits;

/**
 * Emergency working: CRITICAL (here days 5 to 7 by the timeline) or a major incident moves forces to 12-hour shifts
 * with officers moved onto them from their rosters and working-time limits suspended, and back again afterwards.
 *
 * <p>The armed pool: 20 AFOs on the test roster (08:00-16:00 every day), floor 0.5, so 10 can leave ordinary duty a
 * day. Guards above SUBSTANTIAL: 1 at SEVERE, 4 at CRITICAL, at once, round the clock. No military backfill.
 */
class EmergencyWorkingTest {
  private static final EmergencyWorkingSpec ON = new EmergencyWorkingSpec(true, null, null, null, null, null);
  private static final long CRITICAL_FROM = day(5);
  private static final long CRITICAL_TO = day(8);

  private static TestScenario criticalDays5To7(EmergencyWorkingSpec spec) {
    List<ThreatSpec.Change> changes = List.of(
        new ThreatSpec.Change(TestScenario.START.plusDays(5), ThreatLevel.CRITICAL),
        new ThreatSpec.Change(TestScenario.START.plusDays(8), ThreatLevel.SEVERE));
    return TestScenario.builder().period(TestScenario.START, 12)
        .threat(new ThreatSpec(ThreatSpec.Mode.TIMELINE, ThreatLevel.SEVERE, changes, null, null))
        .officers(Role.ARMED, 20, Map.of(Accreditation.AFO, 1.0)).floor(Role.ARMED, 0.5)
        .guardsAndPatrols(byLevel(0, 0, 0, 1, 4), TestScenario.constant(0), ThreatLevel.SUBSTANTIAL)
        .workingTime(new WorkingTimeLimits(12.0, 11.0, 168.0)).emergencyWorking(spec)
        .military(new MilitarySpec(false, null, null, null, null));
  }

  private static double unmetHours(List<SimEvent> events, long from, long to) {
    return only(events, SimEvent.DemandUnmet.class).stream().filter(u -> u.minute() >= from && u.minute() < to)
        .mapToDouble(u -> Minutes.hours(u.officersShort() * (u.endMinute() - u.minute()))).sum();
  }

  private static List<SimEvent.OfficerDeployed> guards(List<SimEvent> events) {
    return only(events, SimEvent.OfficerDeployed.class).stream()
        .filter(d -> d.demand().kind() == DemandKind.PROTECTED_SITES).toList();
  }

  @Test
  void criticalStartsEmergencyWorkingInEveryForceAndItsEndEndsIt() {
    List<SimEvent> events = criticalDays5To7(ON).officers(ForceId.CITY, Role.ARMED, 4).run(1);
    var started = only(events, SimEvent.EmergencyWorkingStarted.class);
    var ended = only(events, SimEvent.EmergencyWorkingEnded.class);
    assertThat(started).extracting(SimEvent.EmergencyWorkingStarted::force).containsExactlyInAnyOrder(ForceId.CITY, ForceId.MET);
    assertThat(started).allSatisfy(s -> {
      assertThat(s.minute()).isEqualTo(CRITICAL_FROM);
      assertThat(s.cause()).isEqualTo("critical:timeline");
      assertThat(s.shiftHours()).isEqualTo(12);
      assertThat(s.untilMinute()).isEqualTo(CRITICAL_TO);
    });
    assertThat(ended).extracting(SimEvent.EmergencyWorkingEnded::force).containsExactlyInAnyOrder(ForceId.CITY, ForceId.MET);
    assertThat(ended).allSatisfy(e -> {
      assertThat(e.minute()).isEqualTo(CRITICAL_TO);
      assertThat(e.startedMinute()).isEqualTo(CRITICAL_FROM);
      assertThat(e.cause()).isEqualTo("critical:timeline");
    });
  }

  @Test
  void aCriticalPosturePeriodHoldsItOnAfterTheLevelFalls() {
    // The level is CRITICAL on days 5 to 7; the posture stays CRITICAL to 07:00 on day 9 (as on 30 May 2017).
    List<SimEvent> events = criticalDays5To7(ON)
        .posturePeriod(ThreatLevel.CRITICAL, TestScenario.START.plusDays(5).atStartOfDay(), TestScenario.START.plusDays(9).atTime(7, 0))
        .run(1);
    long postureEnd = day(9) + 7 * 60;
    assertThat(only(events, SimEvent.EmergencyWorkingStarted.class)).singleElement()
        .satisfies(s -> assertThat(s.untilMinute()).isEqualTo(postureEnd));
    assertThat(only(events, SimEvent.EmergencyWorkingEnded.class)).singleElement()
        .satisfies(e -> assertThat(e.minute()).isEqualTo(postureEnd));
    // day 8's guards (level SEVERE, posture CRITICAL) are still on 12-hour shifts
    assertThat(guards(events)).filteredOn(g -> g.minute() >= day(8) && g.minute() < day(9))
        .isNotEmpty().allSatisfy(g -> assertThat(g.minute() % TestScenario.DAY).isIn(7L * 60, 19L * 60));
  }

  @Test
  void guardsWorkTwelveHourShiftsWhileItLastsAndEightHourShiftsAfter() {
    List<SimEvent> events = criticalDays5To7(ON).run(1);
    var during = guards(events).stream().filter(g -> g.minute() >= CRITICAL_FROM && g.minute() < CRITICAL_TO).toList();
    var after = guards(events).stream().filter(g -> g.minute() >= CRITICAL_TO).toList();
    // 4 guards on each of two 12-hour shifts a day for 3 days; an 8-hour tour moved onto it and 4 hours' overtime.
    assertThat(during).hasSize(24).allSatisfy(g -> {
      assertThat(g.minutes()).isEqualTo(720);
      assertThat(g.minute() % TestScenario.DAY).isIn(7L * 60, 19L * 60);
      assertThat(g.source()).isEqualTo(SupplySource.OVERTIME);
      assertThat(g.split().rostered()).isEqualTo(480);
      assertThat(g.split().overtime()).isEqualTo(240);
    });
    // After: back to the three 8-hour shifts; the 07:00 one overlaps the 08:00 tour, the other two cannot be filled.
    assertThat(after).hasSize(4).allSatisfy(g -> {
      assertThat(g.minutes()).isEqualTo(480);
      assertThat(g.minute() % TestScenario.DAY).isEqualTo(7L * 60);
    });
    assertThat(unmetHours(events, CRITICAL_TO, day(12))).isEqualTo(4 * 2 * 8);
  }

  @Test
  void aCriticalDayUnderEmergencyWorkingLeavesLessUnmet() {
    List<SimEvent> normal = criticalDays5To7(EmergencyWorkingSpec.defaults()).run(1);
    List<SimEvent> emergency = criticalDays5To7(ON).run(1);
    // Normal: only the 07:00-15:00 shift overlaps the tours, so 4 guards x 8 h on each of the other two go unmet.
    assertThat(unmetHours(normal, CRITICAL_FROM, CRITICAL_TO)).isEqualTo(3 * 2 * 4 * 8);
    // Emergency working: two 12-hour shifts of 4 take 8 of the 10 officers above the floor each day.
    assertThat(unmetHours(emergency, CRITICAL_FROM, CRITICAL_TO)).isZero();
    assertThat(only(normal, SimEvent.EmergencyWorkingStarted.class)).isEmpty();
    assertThat(unmetHours(emergency, 0, CRITICAL_FROM)).isEqualTo(unmetHours(normal, 0, CRITICAL_FROM));
  }

  @Test
  void aMajorIncidentStartsItInItsForceAndCriticalLaterOnlyPushesTheEndBack() {
    // The test profile's immediate phase asks 8 armed officers at once: a major incident at a threshold of 8.
    EmergencyWorkingSpec atEight = new EmergencyWorkingSpec(true, true, 8, 4.0, 12, null);
    List<SimEvent> events = criticalDays5To7(atEight)
        .incidentAt("attack-1", AttackType.VEHICLE_KNIFE, TestScenario.START.plusDays(3).atTime(12, 0)).run(1);
    var started = only(events, SimEvent.EmergencyWorkingStarted.class);
    assertThat(started).singleElement().satisfies(s -> {
      assertThat(s.minute()).isEqualTo(day(3) + 12 * 60);
      assertThat(s.cause()).isEqualTo("incident:attack-1");
      assertThat(s.untilMinute()).isEqualTo(day(7) + 12 * 60);
    });
    assertThat(only(events, SimEvent.EmergencyWorkingEnded.class)).singleElement()
        .satisfies(e -> assertThat(e.minute()).isEqualTo(CRITICAL_TO));
  }

  @Test
  void anIncidentBelowTheThresholdStartsNothing() {
    EmergencyWorkingSpec atNine = new EmergencyWorkingSpec(true, false, 9, 4.0, 12, null);
    LocalDateTime at = TestScenario.START.plusDays(3).atTime(12, 0);
    assertThat(only(criticalDays5To7(atNine).incidentAt("a", AttackType.VEHICLE_KNIFE, at).run(1),
        SimEvent.EmergencyWorkingStarted.class)).isEmpty();
    EmergencyWorkingSpec atEight = new EmergencyWorkingSpec(true, false, 8, 1.5, 12, null);
    var ended = only(criticalDays5To7(atEight).incidentAt("a", AttackType.VEHICLE_KNIFE, at).run(1),
        SimEvent.EmergencyWorkingEnded.class);
    assertThat(ended).singleElement().satisfies(e -> assertThat(e.minute()).isEqualTo(day(5)));
  }

  @Test
  void itRunningAtThePeriodsEndIsClosedThere() {
    List<SimEvent> events = TestScenario.builder().period(TestScenario.START, 3).fixed(ThreatLevel.CRITICAL)
        .officers(Role.ARMED, 4, Map.of(Accreditation.AFO, 1.0)).emergencyWorking(ON).run(1);
    assertThat(only(events, SimEvent.EmergencyWorkingStarted.class)).singleElement()
        .satisfies(s -> assertThat(s.minute()).isZero());
    assertThat(only(events, SimEvent.EmergencyWorkingEnded.class)).singleElement()
        .satisfies(e -> assertThat(e.minute()).isEqualTo(day(3)));
  }

  @Test
  void thePolicyIsChecked() {
    assertThatThrownBy(() -> new EmergencyWorkingSpec(true, null, null, null, 10, null))
        .hasMessageContaining("shiftHours");
    assertThatThrownBy(() -> new EmergencyWorkingSpec(true, null, null, null, null,
        List.of(SupplySource.REST_DAY, SupplySource.REST_DAY))).hasMessageContaining("listed twice");
    assertThat(EmergencyWorkingSpec.defaults().enabled()).isFalse();
    assertThat(EmergencyWorkingSpec.defaults().shiftHours()).isEqualTo(12);
    assertThat(ON.fillOrder(List.of(SupplySource.ON_DUTY))).containsExactly(SupplySource.ON_DUTY);
  }
}
