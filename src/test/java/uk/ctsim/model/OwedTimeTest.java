package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ctsim.model.TestScenario.byLevel;
import static uk.ctsim.model.TestScenario.only;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.MilitarySpec;
import uk.ctsim.scenario.OwedTimeSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Owed time: a standing CRITICAL posture (ample notice, so rest days worked are re-rostered) asks 4 armed guards on
 * each of three 8-hour shifts a day; 28 AFOs on a 5-on, 2-off week give 20 on duty a day, 10 of them above the floor,
 * so 2 a day come in from rest days, each owed a normal day.
 */
class OwedTimeTest {
  private static List<SimEvent> run(OwedTimeSpec spec, long seed) {
    return TestScenario.builder().fixed(ThreatLevel.CRITICAL).roster(Role.ARMED, "DDDDDRR")
        .officers(Role.ARMED, 28, Map.of(Accreditation.AFO, 1.0)).floor(Role.ARMED, 0.5)
        .guardsAndPatrols(byLevel(0, 0, 0, 0, 4), TestScenario.constant(0), ThreatLevel.SEVERE)
        .military(new MilitarySpec(false, null, null, null, null)).owedTime(spec).run(seed);
  }

  private static long minutes(List<? extends SimEvent> events, java.util.function.ToLongFunction<SimEvent> f) {
    return events.stream().mapToLong(f).sum();
  }

  private static List<SimEvent.DayRostered> armed(List<SimEvent> events) {
    return only(events, SimEvent.DayRostered.class).stream().filter(r -> r.role() == Role.ARMED).toList();
  }

  @Test
  void owedTimeIsConserved() {
    for (double share : new double[] {0, 0.25, 0.5, 1}) {
      for (int weeks : new int[] {1, 2, 8}) {
        List<SimEvent> events = run(new OwedTimeSpec(true, 7, weeks, share), 1);
        var accrued = only(events, SimEvent.OwedTimeAccrued.class);
        var repaid = only(events, SimEvent.OwedTimeRepaid.class);
        var bought = only(events, SimEvent.OwedTimeBoughtOut.class);
        var outstanding = only(events, SimEvent.OwedTimeOutstanding.class);
        long in = accrued.stream().mapToLong(SimEvent.OwedTimeAccrued::minutes).sum();
        long out = repaid.stream().mapToLong(SimEvent.OwedTimeRepaid::minutes).sum()
            + bought.stream().mapToLong(SimEvent.OwedTimeBoughtOut::minutes).sum()
            + outstanding.stream().mapToLong(SimEvent.OwedTimeOutstanding::minutes).sum();
        assertThat(accrued).as("share %s, %d weeks", share, weeks).isNotEmpty()
            .allSatisfy(a -> assertThat(a.kind()).isEqualTo(SupplySource.REST_DAY));
        assertThat(out).as("share %s, %d weeks", share, weeks).isEqualTo(in);
        long boughtAtOnce = bought.stream().filter(b -> !b.lapsed()).count();
        assertThat(boughtAtOnce).isEqualTo((long) Math.floor(accrued.size() * share + 1e-9));
      }
    }
  }

  @Test
  void aDayRepaidIsADayOffTheRoster() {
    List<SimEvent> events = run(new OwedTimeSpec(true, 7, 1, 0.25), 1);
    var repaid = only(events, SimEvent.OwedTimeRepaid.class);
    assertThat(repaid).isNotEmpty();
    assertThat(only(events, SimEvent.OwedTimeBoughtOut.class)).isNotEmpty().noneMatch(SimEvent.OwedTimeBoughtOut::lapsed);
    assertThat(only(events, SimEvent.OwedTimeOutstanding.class)).isNotEmpty();
    // Without the ledger 20 of the 28 are rostered on every day; each day off repaid takes one away.
    for (SimEvent.DayRostered r : armed(events)) {
      int day = Minutes.dayOf(r.minute());
      long off = repaid.stream().filter(p -> Minutes.dayOf(p.minute()) == day).count();
      assertThat(r.officersOnDuty()).as("day %d", day).isEqualTo(20 - (int) off);
    }
    // A repaid day comes at least 7 days after the day worked.
    var accrued = only(events, SimEvent.OwedTimeAccrued.class);
    assertThat(repaid.get(0).minute()).isGreaterThanOrEqualTo(accrued.get(0).minute() + 7L * Minutes.PER_DAY - Minutes.PER_DAY);
  }

  @Test
  void offByDefaultNothingIsOwed() {
    List<SimEvent> events = run(OwedTimeSpec.defaults(), 1);
    assertThat(only(events, SimEvent.RestDayCancelled.class)).isNotEmpty();
    assertThat(only(events, SimEvent.OwedTimeAccrued.class)).isEmpty();
    assertThat(armed(events)).hasSize(28).allSatisfy(r -> assertThat(r.officersOnDuty()).isEqualTo(20));
  }

  private static DemandShift restDayShift(int day, int noticeDays) {
    long start = TestScenario.day(day) + 8 * 60;
    return new DemandShift(new uk.ctsim.model.events.DemandRef(uk.ctsim.model.events.DemandKind.EVENT, "e",
        uk.ctsim.scenario.ForceId.MET, 0), Role.ARMED, null, 1, start, start + 480, 0, noticeDays, false);
  }

  @Test
  void aDayWithNoFreeTourInItsWindowIsBoughtOutAtTheWindowsEnd() {
    List<SimEvent> events = new java.util.ArrayList<>();
    var parts = TestScenario.builder().officers(Role.ARMED, 1).parts(1, e -> { });
    OwedTime owed = new OwedTime(new OwedTimeSpec(true, 2, 1, 0.0), 15, parts.workforce, parts.clock, events::add);
    Officer o = parts.workforce.pool(uk.ctsim.scenario.ForceId.MET, Role.ARMED).officers.get(0);
    // Busy on every tour of days 3 to 9 (the window is days 3 to 9: 2 days after day 1, for a week).
    for (int d = 3; d <= 9; d++) o.commit(TestScenario.day(d) + 8 * 60, TestScenario.day(d) + 16 * 60);
    owed.worked(o, SupplySource.REST_DAY, restDayShift(1, 15), 1);
    assertThat(only(events, SimEvent.OwedTimeRepaid.class)).isEmpty();
    assertThat(only(events, SimEvent.OwedTimeBoughtOut.class)).singleElement().satisfies(b -> {
      assertThat(b.lapsed()).isTrue();
      assertThat(b.minute()).isEqualTo(TestScenario.day(10));
      assertThat(b.minutes()).isEqualTo(480);
    });
    // Free on day 10: a second day owed from day 2 (window 4 to 10) is repaid there.
    owed.worked(o, SupplySource.REST_DAY, restDayShift(2, 20), 2);
    assertThat(only(events, SimEvent.OwedTimeRepaid.class)).singleElement()
        .satisfies(r -> assertThat(r.minute()).isEqualTo(TestScenario.day(10) + 8 * 60));
    assertThat(parts.workforce.pool(uk.ctsim.scenario.ForceId.MET, Role.ARMED).onDuty[10]).isZero();
    assertThat(parts.workforce.pool(uk.ctsim.scenario.ForceId.MET, Role.ARMED).onDuty[11]).isEqualTo(1);
  }

  @Test
  void aRestDayOnShortNoticeIsPaidNotOwedExceptToInspectors() {
    List<SimEvent> events = new java.util.ArrayList<>();
    var parts = TestScenario.builder().officers(Role.ARMED, 1).parts(1, e -> { });
    OwedTime owed = new OwedTime(new OwedTimeSpec(true, 2, 1, 0.0), 15, parts.workforce, parts.clock, events::add);
    Officer constable = parts.workforce.pool(uk.ctsim.scenario.ForceId.MET, Role.ARMED).officers.get(0);
    owed.worked(constable, SupplySource.REST_DAY, restDayShift(1, 14), 1);
    owed.worked(constable, SupplySource.OVERTIME, restDayShift(1, 30), 1);
    assertThat(events).isEmpty();
    Officer inspector = new Officer(99, uk.ctsim.scenario.ForceId.MET, uk.ctsim.scenario.Rank.INSPECTOR, Role.ARMED,
        0, 0, parts.clock.days());
    owed.worked(inspector, SupplySource.REST_DAY, restDayShift(1, 0), 1);
    owed.worked(constable, SupplySource.LEAVE, restDayShift(1, 0), 1);
    assertThat(only(events, SimEvent.OwedTimeAccrued.class)).extracting(SimEvent.OwedTimeAccrued::officerId,
        SimEvent.OwedTimeAccrued::kind).containsExactly(org.assertj.core.groups.Tuple.tuple(99, SupplySource.REST_DAY),
            org.assertj.core.groups.Tuple.tuple(constable.id, SupplySource.LEAVE));
  }

  @Test
  void thePolicyIsChecked() {
    assertThatThrownBy(() -> new OwedTimeSpec(true, 0, null, null)).hasMessageContaining("repayFromDays");
    assertThatThrownBy(() -> new OwedTimeSpec(true, null, 0, null)).hasMessageContaining("repayWithinWeeks");
    assertThatThrownBy(() -> new OwedTimeSpec(true, null, null, 1.5)).hasMessageContaining("boughtOutShare");
  }
}
