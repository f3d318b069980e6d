package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.model.TestScenario.byLevel;
import static uk.ctsim.model.TestScenario.day;
import static uk.ctsim.model.TestScenario.only;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.PosturePeriod;
import uk.ctsim.scenario.PostureSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;

/**
 * Posture decoupled from the threat level by dated periods (issue 10): in May 2017 the level fell to SEVERE on the
 * morning of 27 May while the CRITICAL posture ran to 07:00 on 30 May. Here: CRITICAL from 22:30 on day 2, SEVERE
 * from 11:00 on day 4, CRITICAL posture from 22:30 on day 2 to 07:00 on day 7.
 */
class PosturePeriodTest {
  private static final LocalDate START = TestScenario.START;
  private static final SimCalendar CALENDAR = new SimCalendar(START, 30);
  private static final long RAISED = day(2) + 22 * 60 + 30;
  private static final long LOWERED = day(4) + 11 * 60;
  private static final long POSTURE_END = day(7) + 7 * 60;

  private static ThreatSpec timeline() {
    return new ThreatSpec(ThreatSpec.Mode.TIMELINE, ThreatLevel.SEVERE, List.of(
        new ThreatSpec.Change(START.plusDays(2), ThreatLevel.CRITICAL, LocalTime.of(22, 30)),
        new ThreatSpec.Change(START.plusDays(4), ThreatLevel.SEVERE, LocalTime.of(11, 0))), null, null);
  }

  private static List<PosturePeriod> critical() {
    return List.of(new PosturePeriod(ThreatLevel.CRITICAL, START.plusDays(2).atTime(22, 30),
        START.plusDays(7).atTime(7, 0)));
  }

  private static ThreatState state(ThreatSpec spec, List<PosturePeriod> periods) {
    // guards: 0 at SEVERE (the reference), 90 at CRITICAL; unarmed multiplier 1.0 at SEVERE, 1.4 at CRITICAL
    PostureSpec p = new PostureSpec(byLevel(0.6, 0.7, 0.85, 1.0, 1.4), TestScenario.constant(1.0), null, 0.0, 10.0,
        1.0, byLevel(0, 0, 0, 0, 90), TestScenario.constant(0), null, null, ThreatLevel.SEVERE, periods, null, null);
    return new ThreatState(spec, new Posture(p), CALENDAR, periods);
  }

  @Test
  void postureStaysCriticalAfterTheLevelFallsUntilThePostureEnd() {
    ThreatState t = state(timeline(), critical());
    assertThat(t.postureLevel(RAISED - 1)).isEqualTo(ThreatLevel.SEVERE);
    t.setBase(ThreatLevel.CRITICAL, RAISED);
    assertThat(t.criticalSince()).isEqualTo(RAISED);
    assertThat(t.notePosture(RAISED)).as("the period's start at the same minute raises nothing more").isFalse();
    t.setBase(ThreatLevel.SEVERE, LOWERED);
    ThreatSnapshot afterFall = t.snapshot(LOWERED + 60);
    assertThat(afterFall.level()).isEqualTo(ThreatLevel.SEVERE);
    assertThat(afterFall.postureLevel()).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(afterFall.postureMultiplier()).isEqualTo(1.4);
    assertThat(t.posture().extraGuards(afterFall)).isEqualTo(90);
    assertThat(t.criticalSince()).as("CRITICAL posture began at 22:30 on day 2 and goes on").isEqualTo(RAISED);
    assertThat(t.postureLevel(POSTURE_END - 1)).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(t.postureLevel(POSTURE_END)).isEqualTo(ThreatLevel.SEVERE);
    assertThat(t.notePosture(POSTURE_END)).as("the end is a fall").isFalse();
    assertThat(t.criticalSince()).isEqualTo(Minutes.NONE);
    assertThat(t.snapshot(POSTURE_END).postureMultiplier()).isEqualTo(1.0);
  }

  @Test
  void aPeriodThatBeginsLaterRaisesPostureWhenItBeginsNotBefore() {
    List<PosturePeriod> later = List.of(new PosturePeriod(ThreatLevel.CRITICAL, START.plusDays(5).atTime(6, 0),
        START.plusDays(6).atTime(0, 0)));
    ThreatState t = state(timeline(), later);
    assertThat(t.postureLevelFor(day(5), day(5) + 7 * 60)).as("not foreseen at 00:00").isEqualTo(ThreatLevel.SEVERE);
    assertThat(t.notePosture(day(5) + 6 * 60)).as("a rise").isTrue();
    assertThat(t.posture().raisedAt()).isEqualTo(day(5) + 6 * 60);
    assertThat(t.criticalSince()).isEqualTo(day(5) + 6 * 60);
  }

  @Test
  void aShiftAfterTheKnownEndOfAPeriodIsBookedAtTheLevelThen() {
    ThreatState t = state(timeline(), critical());
    t.setBase(ThreatLevel.CRITICAL, RAISED);
    t.setBase(ThreatLevel.SEVERE, LOWERED);
    assertThat(t.postureLevelFor(day(7), day(7) + 7 * 60 - 1)).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(t.postureLevelFor(day(7), day(7) + 7 * 60)).isEqualTo(ThreatLevel.SEVERE);
    assertThat(t.snapshotFor(day(7), day(7) + 15 * 60).postureMultiplier()).isEqualTo(1.0);
  }

  @Test
  void aPeriodBelowTheLevelChangesNothingAndFixedLevelsIgnorePeriods() {
    List<PosturePeriod> low = List.of(new PosturePeriod(ThreatLevel.SUBSTANTIAL, START.atTime(0, 0),
        START.plusDays(9).atTime(0, 0)));
    assertThat(state(timeline(), low).postureLevel(day(1))).isEqualTo(ThreatLevel.SEVERE);
    ThreatState fixed = state(new ThreatSpec(ThreatSpec.Mode.FIXED, ThreatLevel.MODERATE, null, null, null), critical());
    assertThat(fixed.postureLevel(day(5))).as("a threat-level comparison fixes posture too")
        .isEqualTo(ThreatLevel.MODERATE);
    assertThat(fixed.periodBoundaries()).isEmpty();
  }

  /** Guard officer-shifts asked for by day (all unmet: there are no armed officers). */
  private static Map<Integer, Integer> guardsByDay(boolean withPeriod) {
    TestScenario b = TestScenario.builder().fillOrder(SupplySource.ON_DUTY)
        .threat(new ThreatSpec(ThreatSpec.Mode.TIMELINE, ThreatLevel.SEVERE, List.of(
            new ThreatSpec.Change(START.plusDays(2), ThreatLevel.CRITICAL),
            new ThreatSpec.Change(START.plusDays(4), ThreatLevel.SEVERE)), null, null))
        .guardsAndPatrols(byLevel(0, 0, 0, 0, 10), TestScenario.constant(0), ThreatLevel.SEVERE);
    if (withPeriod) {
      b.posturePeriod(ThreatLevel.CRITICAL, LocalDateTime.of(START.plusDays(2), LocalTime.MIDNIGHT),
          START.plusDays(6).atTime(7, 0));
    }
    Map<Integer, Integer> byDay = new TreeMap<>();
    for (SimEvent.DemandUnmet u : only(b.run(1), SimEvent.DemandUnmet.class)) {
      if (u.demand().kind() != DemandKind.PROTECTED_SITES || u.role() != Role.ARMED) continue;
      byDay.merge(Minutes.dayOf(u.minute()), u.officersShort(), Integer::sum);
    }
    return byDay;
  }

  @Test
  void inARunGuardsStayUntilThePostureEndsNotTheLevel() {
    // three 8-hour guard shifts of 10 a day: the level alone holds days 2 and 3; the period days 2 to 5, and the
    // 07:00 shift of day 6 starts when the period ends
    assertThat(guardsByDay(false)).containsExactlyEntriesOf(new TreeMap<>(Map.of(2, 30, 3, 30)));
    assertThat(guardsByDay(true)).containsExactlyEntriesOf(new TreeMap<>(Map.of(2, 30, 3, 30, 4, 30, 5, 30)));
  }

  @Test
  void visiblePatrolsAreWalkedByTheRoleTheScenarioNames() {
    TestScenario b = TestScenario.builder().fillOrder(SupplySource.ON_DUTY).fixed(ThreatLevel.CRITICAL)
        .guardsAndPatrols(TestScenario.constant(0), byLevel(0, 0, 0, 0, 6), ThreatLevel.SEVERE)
        .patrolledBy(Role.ARMED, uk.ctsim.scenario.Accreditation.AFO);
    List<SimEvent.DemandUnmet> unmet = only(b.run(1), SimEvent.DemandUnmet.class).stream()
        .filter(u -> u.demand().kind() == DemandKind.VISIBLE_PATROL).toList();
    // no armed officers: every day's 6 patrol officers are unmet, as ARMED
    assertThat(unmet).isNotEmpty().allSatisfy(u -> {
      assertThat(u.role()).isEqualTo(Role.ARMED);
      assertThat(u.officersShort()).isEqualTo(6);
    });
  }
}
