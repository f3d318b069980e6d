package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.EverydayFunction;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Everyday demand, by hand: 12 response officers on an 8-hour day shift every day roster 96 officer-hours a day, so
 * a function with loading 1 asks 32 hours a shift and ordinary duty gives it 32.
 */
class EverydayDemandSpec {
  private static final double EPS = 1e-9;

  private static EverydayFunction function(double loading, boolean deferrable, List<SupplySource> sources,
      Integer maxWaitDays) {
    return new EverydayFunction("response", Role.RESPONSE, null, loading, deferrable, sources, null, null, null,
        maxWaitDays);
  }

  private static List<SimEvent.EverydayShift> shifts(List<SimEvent> events) {
    return TestScenario.only(events, SimEvent.EverydayShift.class);
  }

  @Test
  void aFunctionStaffedToItsDemandIsNeverShort() {
    List<SimEvent> events = TestScenario.builder().officers(Role.RESPONSE, 12)
        .everyday(function(1.0, false, List.of(), null)).run(1);
    List<SimEvent.EverydayShift> shifts = shifts(events);
    assertThat(shifts).hasSize(28 * 3);
    for (SimEvent.EverydayShift s : shifts) {
      assertThat(s.demandHours()).isCloseTo(32.0, within(EPS));
      assertThat(s.ordinaryHours()).isCloseTo(32.0, within(EPS));
      assertThat(s.unmetHours()).isCloseTo(0.0, within(EPS));
      assertThat(s.backlogHours()).isCloseTo(0.0, within(EPS));
    }
    assertThat(shifts.get(0).minute()).isEqualTo(7 * 60);
    assertThat(shifts.get(1).minute()).isEqualTo(15 * 60);
    assertThat(shifts.get(2).minute()).isEqualTo(23 * 60);
    assertThat(shifts.get(3).minute()).isEqualTo(TestScenario.DAY + 7 * 60);
  }

  @Test
  void workThatCannotWaitAndIsNotFilledIsUnmet() {
    List<SimEvent.EverydayShift> shifts = shifts(TestScenario.builder().officers(Role.RESPONSE, 12)
        .everyday(function(1.5, false, List.of(), null)).run(1));
    for (SimEvent.EverydayShift s : shifts) {
      assertThat(s.demandHours()).isCloseTo(48.0, within(EPS));
      assertThat(s.unmetHours()).isCloseTo(16.0, within(EPS));
      assertThat(s.backlogHours()).isCloseTo(0.0, within(EPS));
      assertThat(s.deferredHours()).isCloseTo(0.0, within(EPS));
    }
  }

  @Test
  void workThatCanWaitIsDoneOldestFirstAndDroppedAfterItsMaximumWait() {
    List<SimEvent.EverydayShift> shifts = shifts(TestScenario.builder().officers(Role.RESPONSE, 12)
        .everyday(function(1.5, true, null, 1)).run(1));
    double[] backlog = {16, 32, 48, 64, 80, 96, 112, 112};
    double[] deferred = {16, 32, 48, 48, 48, 48, 48, 48};
    double[] unmet = {0, 0, 0, 0, 0, 0, 0, 16};
    for (int i = 0; i < backlog.length; i++) {
      SimEvent.EverydayShift s = shifts.get(i);
      assertThat(s.backlogHours()).as("backlog after shift %d", i).isCloseTo(backlog[i], within(EPS));
      assertThat(s.deferredHours()).as("deferred in shift %d", i).isCloseTo(deferred[i], within(EPS));
      assertThat(s.unmetHours()).as("dropped in shift %d", i).isCloseTo(unmet[i], within(EPS));
      assertThat(s.extraHours()).isZero();
    }
  }

  @Test
  void hoursTakenByCounterTerrorismDemandAreMissingFromOrdinaryDuty() {
    List<SimEvent> out = new ArrayList<>();
    TestScenario.Parts parts = TestScenario.builder().officers(Role.RESPONSE, 12).roster(Role.RESPONSE, "D")
        .everyday(function(1.0, false, List.of(), null)).parts(1, out::add);
    Pool pool = parts.workforce.pool(ForceId.MET, Role.RESPONSE);
    pool.abstractedMinutes[0] = 3 * 8 * 60;
    EverydayDemand everyday = new EverydayDemand(parts.scenario.everyday(), parts.scenario.forces(), parts.workforce,
        parts.clock, parts.deployer, out::add);
    everyday.shift(0, 1, TestScenario.threat(ThreatLevel.SEVERE, Long.MIN_VALUE));
    SimEvent.EverydayShift s = shifts(out).get(0);
    assertThat(s.minute()).isEqualTo(15 * 60);
    assertThat(s.ordinaryHours()).isCloseTo(24.0, within(EPS));
    assertThat(s.unmetHours()).isCloseTo(8.0, within(EPS));
    assertThat(s.force()).isEqualTo(ForceId.MET);
    assertThat(s.function()).isEqualTo("response");
    assertThat(s.role()).isEqualTo(Role.RESPONSE);
  }

  @Test
  void aShortfallKeepsOnOfficersWhoseTourEndsAsTheShiftStartsAsOvertime() {
    // 12 officers on an early tour (07:00-15:00) every day; loading 1.25 asks 40 hours a shift against 32. Only the
    // 15:00 shift starts as tours end: 2 officers kept on 15:00-19:00 (to the 12-hour limit) give its 8 hours.
    List<SimEvent> events = TestScenario.builder().officers(Role.RESPONSE, 12)
        .shift("E", java.time.LocalTime.of(7, 0), 8).roster(Role.RESPONSE, "E")
        .workingTime(new uk.ctsim.scenario.WorkingTimeLimits(12.0, 11.0, 168.0))
        .everyday(function(1.25, false, List.of(SupplySource.OVERTIME), null)).run(1);
    List<SimEvent.EverydayShift> shifts = shifts(events);
    assertThat(shifts.get(0).extraHours()).isZero();
    assertThat(shifts.get(0).unmetHours()).isCloseTo(8.0, within(EPS));
    assertThat(shifts.get(1).extraHours()).isCloseTo(8.0, within(EPS));
    assertThat(shifts.get(1).unmetHours()).isCloseTo(0.0, within(EPS));
    assertThat(shifts.get(2).unmetHours()).isCloseTo(8.0, within(EPS));
    List<SimEvent.OfficerDeployed> kept = TestScenario.only(events, SimEvent.OfficerDeployed.class).stream()
        .filter(o -> o.minute() < TestScenario.DAY).toList();
    assertThat(kept).hasSize(2).allSatisfy(o -> {
      assertThat(o.source()).isEqualTo(SupplySource.OVERTIME);
      assertThat(o.minute()).isEqualTo(15 * 60);
      assertThat(o.minutes()).isEqualTo(4 * 60);
      assertThat(o.split()).isEqualTo(new uk.ctsim.model.events.DutyMinutes(0, 240, 0, 0));
    });
    // With the 10-hour limit the tours can be kept on for 2 hours: 4 officers.
    List<SimEvent> ten = TestScenario.builder().officers(Role.RESPONSE, 12)
        .shift("E", java.time.LocalTime.of(7, 0), 8).roster(Role.RESPONSE, "E")
        .workingTime(new uk.ctsim.scenario.WorkingTimeLimits(10.0, 11.0, 168.0))
        .everyday(function(1.25, false, List.of(SupplySource.OVERTIME), null)).run(1);
    assertThat(TestScenario.only(ten, SimEvent.OfficerDeployed.class).stream().filter(o -> o.minute() < TestScenario.DAY))
        .hasSize(4).allSatisfy(o -> assertThat(o.minutes()).isEqualTo(120));
  }

  @Test
  void aShortfallCallsOfficersInFromRestDaysInWholeShifts() {
    // "DR": 5 of 10 officers on duty each day, 40 hours; loading 1.2 asks 16 a shift against 13.33.
    List<SimEvent> events = TestScenario.builder().officers(Role.RESPONSE, 10).roster(Role.RESPONSE, "DR")
        .everyday(function(1.2, false, List.of(SupplySource.REST_DAY), null)).run(1);
    List<SimEvent.EverydayShift> shifts = shifts(events);
    double shortfall = 16 - 40.0 / 3;
    assertThat(shifts.get(0).extraHours()).isCloseTo(shortfall, within(EPS));
    assertThat(shifts.get(0).unmetHours()).isCloseTo(0.0, within(EPS));
    // The late and night shifts end 9 hours and 1 hour before the rest-day officers' next tour (08:00): none can take
    // them within 11 hours' rest.
    for (int k = 1; k <= 2; k++) {
      assertThat(shifts.get(k).extraHours()).isZero();
      assertThat(shifts.get(k).unmetHours()).isCloseTo(shortfall, within(EPS));
    }
    List<SimEvent.OfficerDeployed> called = TestScenario.only(events, SimEvent.OfficerDeployed.class).stream()
        .filter(o -> o.minute() < TestScenario.DAY).toList();
    assertThat(called).hasSize(1).allSatisfy(o -> {
      assertThat(o.demand().kind()).isEqualTo(DemandKind.EVERYDAY);
      assertThat(o.demand().reference()).isEqualTo("response");
      assertThat(o.source()).isEqualTo(SupplySource.REST_DAY);
      assertThat(o.minutes()).isEqualTo(8 * 60);
    });
    assertThat(TestScenario.only(events, SimEvent.RestDayCancelled.class).stream()
        .filter(r -> r.demand().kind() == DemandKind.EVERYDAY && r.day().equals(TestScenario.START))).hasSize(1);
  }

  @Test
  void demandFollowsTheShiftDayAndMonthFactorsNormalisedToAMeanOfOne() {
    EverydayFunction f = new EverydayFunction("f", Role.RESPONSE, null, null, null, null, List.of(1.0, 2.0, 3.0),
        List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 8.0), null, null);
    // Sunday 11 June 2017, the late shift: 10 × (2/2) × (8/2) × 1.
    assertThat(EverydayDemand.demandHours(10, f, 1, java.time.LocalDate.of(2017, 6, 11))).isCloseTo(40.0, within(EPS));
    // Monday 12 June, the night shift: 10 × (3/2) × (1/2).
    assertThat(EverydayDemand.demandHours(10, f, 2, java.time.LocalDate.of(2017, 6, 12))).isCloseTo(7.5, within(EPS));
  }
}
