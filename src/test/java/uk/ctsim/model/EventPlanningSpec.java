package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.model.TestScenario.byLevel;
import static uk.ctsim.model.TestScenario.day;
import static uk.ctsim.model.TestScenario.only;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.EventSpec;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;

/**
 * Event planning: an event is planned on its planning date at the posture known then; when posture rises inside the
 * final-plan window (14 days before the start here) it is re-planned at once at the notice then left; a rise before
 * the window is picked up at the final-plan date; plans never shrink.
 *
 * <p>The event starts on day 20 (25 June 2017) at 08:00, planned on 1 June (before the period, so the plan is made at
 * minute 0 with notice counted from 1 June). Its final plan is due on day 6 at 08:00. 20 neighbourhood officers at
 * SEVERE; the unarmed multiplier is 1.6 at CRITICAL, so 32 are needed then.
 */
class EventPlanningSpec {
  private static final LocalDate EVENT_DAY = TestScenario.START.plusDays(20);
  private static final long EVENT_START = day(20) + 8 * 60;
  private static final long FINAL_PLAN = EVENT_START - 14 * TestScenario.DAY;

  private static EventSpec event(int days, double hours, StaffingRow... rows) {
    return new EventSpec("final", null, EventType.SPORT, null, EVENT_DAY, days, LocalTime.of(8, 0), hours, null, null,
        LocalDate.of(2017, 6, 1), ThreatLevel.SEVERE, List.of(rows), null, null);
  }

  private static TestScenario scenario(ThreatSpec.Change... changes) {
    TestScenario b = TestScenario.builder().officers(Role.NEIGHBOURHOOD, 100).officers(Role.ARMED, 100)
        .floor(Role.NEIGHBOURHOOD, 0).floor(Role.ARMED, 0).finalPlanDays(14)
        .multipliers(byLevel(0.6, 0.75, 0.85, 1.0, 1.6), byLevel(0.4, 0.6, 0.8, 1.0, 2.2));
    if (changes.length > 0) b.threat(new ThreatSpec(ThreatSpec.Mode.TIMELINE, ThreatLevel.SEVERE, List.of(changes), null, null));
    return b;
  }

  private static ThreatSpec.Change critical(int fromDay) {
    return new ThreatSpec.Change(TestScenario.START.plusDays(fromDay), ThreatLevel.CRITICAL);
  }

  private static ThreatSpec.Change severe(int fromDay) {
    return new ThreatSpec.Change(TestScenario.START.plusDays(fromDay), ThreatLevel.SEVERE);
  }

  private static List<SimEvent.OfficerDeployed> deployedFor(List<SimEvent> events, int revision) {
    return only(events, SimEvent.OfficerDeployed.class).stream()
        .filter(d -> d.demand().kind() == DemandKind.EVENT && d.demand().revision() == revision).toList();
  }

  // Notice is counted in clear days (Police Regulations 2003, Annex G): planned at 00:00 on day 0 for 08:00 on day 24
  // leaves days 1 to 23 clear, 23 days.
  @Test
  void anEventIsPlannedOnItsPlanningDateAtThePostureKnownThen() {
    List<SimEvent> events = scenario().event(event(1, 8, new StaffingRow(Role.NEIGHBOURHOOD, 20, null))).run(1);
    assertThat(only(events, SimEvent.EventPlanned.class))
        .containsExactly(new SimEvent.EventPlanned(0, "final", 0, 1.0, 20, 23));
    List<SimEvent.OfficerDeployed> deployed = deployedFor(events, 0);
    assertThat(deployed).hasSize(20).allSatisfy(d -> {
      assertThat(d.minute()).isEqualTo(EVENT_START);
      assertThat(d.minutes()).isEqualTo(8 * 60);
      assertThat(d.noticeDays()).isEqualTo(23);
      assertThat(d.split().rostered()).isEqualTo(8 * 60);
      assertThat(d.split().overtime()).isZero();
    });
    assertThat(only(events, SimEvent.EventDayHeld.class))
        .containsExactly(new SimEvent.EventDayHeld(day(20), "final", EVENT_DAY, uk.ctsim.scenario.ForceId.MET, 1.0, 20));
  }

  @Test
  void aRiseInsideTheFinalPlanWindowReplansAtOnceAtTheNoticeLeft() {
    // CRITICAL from day 10, after the final plan (day 6 08:00): the extra 12 officers are found on day 10.
    List<SimEvent> events = scenario(critical(10)).event(event(1, 8, new StaffingRow(Role.NEIGHBOURHOOD, 20, null)))
        .run(1);
    assertThat(only(events, SimEvent.EventPlanned.class)).containsExactly(
        new SimEvent.EventPlanned(0, "final", 0, 1.0, 20, 23),
        new SimEvent.EventPlanned(day(10), "final", 1, 1.6, 32, 9));
    assertThat(deployedFor(events, 1)).hasSize(12).allSatisfy(d -> assertThat(d.noticeDays()).isEqualTo(9));
    assertThat(deployedFor(events, 0)).hasSize(20);
    assertThat(only(events, SimEvent.EventDayHeld.class)).singleElement()
        .satisfies(h -> assertThat(h.officersRequired()).isEqualTo(32))
        .satisfies(h -> assertThat(h.postureMultiplier()).isEqualTo(1.6));
  }

  @Test
  void aRiseBeforeTheWindowIsNotReplannedUntilTheFinalPlanDate() {
    // CRITICAL from day 3, before the window opens on day 6 at 08:00: nothing moves until then.
    List<SimEvent> events = scenario(critical(3)).event(event(1, 8, new StaffingRow(Role.NEIGHBOURHOOD, 20, null)))
        .run(1);
    assertThat(only(events, SimEvent.EventPlanned.class)).containsExactly(
        new SimEvent.EventPlanned(0, "final", 0, 1.0, 20, 23),
        new SimEvent.EventPlanned(FINAL_PLAN, "final", 1, 1.6, 32, 13));
    assertThat(deployedFor(events, 1)).hasSize(12).allSatisfy(d -> assertThat(d.noticeDays()).isEqualTo(13));
  }

  @Test
  void noRiseMeansNoRevisionAtTheFinalPlanDate() {
    List<SimEvent> events = scenario(severe(3)).event(event(1, 8, new StaffingRow(Role.NEIGHBOURHOOD, 20, null))).run(1);
    assertThat(only(events, SimEvent.EventPlanned.class)).extracting(SimEvent.EventPlanned::revision).containsExactly(0);
  }

  @Test
  void plansNeverShrinkWhenThePostureFallsAgain() {
    List<SimEvent> events = scenario(critical(3), severe(10))
        .event(event(1, 8, new StaffingRow(Role.NEIGHBOURHOOD, 20, null))).run(1);
    assertThat(only(events, SimEvent.EventPlanned.class)).extracting(SimEvent.EventPlanned::officersRequired)
        .containsExactly(20, 32);
    assertThat(only(events, SimEvent.EventDayHeld.class)).singleElement()
        .satisfies(h -> assertThat(h.officersRequired()).isEqualTo(32));
    assertThat(deployedFor(events, 0).size() + deployedFor(events, 1).size()).isEqualTo(32);
  }

  @Test
  void theEventTypeFactorScalesOnlyTheRiseOfTheMultiplier() {
    // 1 + (1.6 - 1) x 0.5 = 1.3, so 20 officers become 26.
    List<SimEvent> events = scenario(critical(10)).eventTypeFactor(EventType.SPORT, 0.5)
        .event(event(1, 8, new StaffingRow(Role.NEIGHBOURHOOD, 20, null))).run(1);
    var revised = only(events, SimEvent.EventPlanned.class).get(1);
    assertThat(revised.postureMultiplier()).isEqualTo(1.3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(revised.officersRequired()).isEqualTo(26);
  }

  @Test
  void armedRowsScaleWithTheArmedMultiplier() {
    // 10 armed at 2.2 = 22, 20 unarmed at 1.6 = 32.
    List<SimEvent> events = scenario(critical(10)).event(event(1, 8, new StaffingRow(Role.NEIGHBOURHOOD, 20, null),
        new StaffingRow(Role.ARMED, 10, null))).run(1);
    assertThat(only(events, SimEvent.EventPlanned.class).get(1).officersRequired()).isEqualTo(54);
    assertThat(deployedFor(events, 1).stream().filter(d -> d.role() == Role.ARMED)).hasSize(12);
    assertThat(deployedFor(events, 1).stream().filter(d -> d.role() == Role.NEIGHBOURHOOD)).hasSize(12);
  }

  @Test
  void aLongOperationIsSplitIntoEqualShiftsNoLongerThanTheMaximum() {
    // 14 hours with a 12-hour maximum shift: two shifts of 7 hours, 08:00 and 15:00, on each of two days.
    List<SimEvent> events = scenario().event(event(2, 14, new StaffingRow(Role.NEIGHBOURHOOD, 5, null))).run(1);
    var deployed = deployedFor(events, 0);
    assertThat(deployed).hasSize(20).allSatisfy(d -> assertThat(d.minutes()).isEqualTo(420));
    assertThat(deployed.stream().map(SimEvent.OfficerDeployed::minute).distinct().sorted().toList())
        .containsExactly(EVENT_START, EVENT_START + 420, EVENT_START + TestScenario.DAY, EVENT_START + TestScenario.DAY + 420);
    assertThat(only(events, SimEvent.EventDayHeld.class)).extracting(SimEvent.EventDayHeld::minute)
        .containsExactly(day(20), day(21));
  }

  @Test
  void anEventPlannedInsideThePeriodIsPlannedOnItsDate() {
    EventSpec e = new EventSpec("late", null, EventType.CONCERT, null, EVENT_DAY, 1, LocalTime.of(8, 0), 8.0, null,
        null, TestScenario.START.plusDays(17), null, List.of(new StaffingRow(Role.NEIGHBOURHOOD, 4, null)), null, null);
    List<SimEvent> events = scenario().event(e).run(1);
    assertThat(only(events, SimEvent.EventPlanned.class))
        .containsExactly(new SimEvent.EventPlanned(day(17), "late", 0, 1.0, 4, 2));
    assertThat(only(events, SimEvent.EventScheduled.class)).singleElement()
        .satisfies(s -> assertThat(s.minute()).isEqualTo(day(17)));
  }

  @Test
  void armedSearchAndCtsfoRowsAreTheArmedOnes() {
    assertThat(Posture.armed(new StaffingRow(Role.ARMED, 1, null))).isTrue();
    assertThat(Posture.armed(new StaffingRow(Role.CTSFO, 1, null))).isTrue();
    for (Accreditation a : List.of(Accreditation.AFO, Accreditation.ARV, Accreditation.CTSFO, Accreditation.SEARCH)) {
      assertThat(Posture.armed(new StaffingRow(Role.NEIGHBOURHOOD, 1, a))).as("%s", a).isTrue();
    }
    assertThat(Posture.armed(new StaffingRow(Role.NEIGHBOURHOOD, 1, null))).isFalse();
    for (Accreditation a : Accreditation.values()) {
      if (List.of(Accreditation.AFO, Accreditation.ARV, Accreditation.CTSFO, Accreditation.SEARCH).contains(a)) continue;
      assertThat(Posture.armed(new StaffingRow(Role.PUBLIC_ORDER, 1, a))).as("%s", a).isFalse();
    }
  }
}
