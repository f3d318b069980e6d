package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.model.TestScenario.byLevel;
import static uk.ctsim.model.TestScenario.day;
import static uk.ctsim.model.TestScenario.only;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.EventSpec;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;

/**
 * The event planner on its own, driven by hand: plans, re-plans on a rise and the final-plan window, without the
 * model's schedule. The event: 20 neighbourhood and 5 armed officers at SEVERE, 8 hours from 08:00 on day 20; the
 * multipliers at CRITICAL are 1.6 unarmed and 2.2 armed (32 and 11 officers); final plan 14 days before.
 */
class EventPlannerTest {
  private static final long START = day(20) + 8 * 60;
  private final List<SimEvent> out = new ArrayList<>();
  private final TestScenario.Parts parts = TestScenario.builder().officers(Role.NEIGHBOURHOOD, 100)
      .officers(Role.ARMED, 100).floor(Role.NEIGHBOURHOOD, 0).floor(Role.ARMED, 0).finalPlanDays(14)
      .multipliers(byLevel(0.6, 0.75, 0.85, 1.0, 1.6), byLevel(0.4, 0.6, 0.8, 1.0, 2.2)).parts(1, out::add);
  private final ThreatState threat = parts.threat();
  private final EventPlanner planner = new EventPlanner(threat, parts.clock, parts.deployer, out::add, 10, 14);
  private final PlannedEvent event = PlannedEvent.of(new EventSpec("e", null, EventType.SPORT, null,
      TestScenario.START.plusDays(20), 1, LocalTime.of(8, 0), 8.0, null, null, TestScenario.START.minusDays(4),
      ThreatLevel.SEVERE, List.of(new StaffingRow(Role.NEIGHBOURHOOD, 20, null), new StaffingRow(Role.ARMED, 5, null)),
      null, null));

  private List<SimEvent.EventPlanned> plans() {
    return only(out, SimEvent.EventPlanned.class);
  }

  @Test
  void theFirstPlanIsRevisionZeroWithNoticeFromThePlanningDate() {
    planner.add(event);
    assertThat(planner.startMinute(event)).isEqualTo(START);
    assertThat(planner.finalPlanMinute(event)).isEqualTo(START - day(14));
    assertThat(event.revision).isEqualTo(PlannedEvent.NOT_PLANNED);
    planner.plan(event, 0);
    // planned 1 June (4 days before the period) for 25 June: 23 clear days
    assertThat(plans()).containsExactly(new SimEvent.EventPlanned(0, "e", 0, 1.0, 25, 23));
    assertThat(event.revision).isZero();
    assertThat(event.planned).containsExactly(20, 5);
    assertThat(only(out, SimEvent.OfficerDeployed.class)).hasSize(25)
        .allSatisfy(d -> assertThat(d.noticeDays()).isEqualTo(23));
  }

  @Test
  void aRiseAddsOnlyTheExtraOfficersEachByItsOwnMultiplierAndNeverShrinks() {
    planner.add(event);
    planner.plan(event, 0);
    threat.setBase(ThreatLevel.CRITICAL, day(10));
    planner.postureRose(day(10));
    // 20 × 1.6 = 32 and 5 × 2.2 = 11: 12 + 6 more, told on day 10 for day 20 (9 clear days)
    assertThat(plans()).last().isEqualTo(new SimEvent.EventPlanned(day(10), "e", 1, 1.6, 43, 9));
    assertThat(event.planned).containsExactly(32, 11);
    assertThat(only(out, SimEvent.OfficerDeployed.class)).filteredOn(d -> d.demand().revision() == 1).hasSize(18);
    threat.setBase(ThreatLevel.SEVERE, day(11));
    planner.plan(event, day(11));
    planner.postureRose(day(12));
    assertThat(plans()).as("a fall, or no rise, makes no new plan").hasSize(2);
    assertThat(event.planned).containsExactly(32, 11);
  }

  @Test
  void onlyEventsInsideTheirFinalPlanWindowAndNotYetOverAreReplanned() {
    planner.add(event);
    planner.plan(event, 0);
    threat.setBase(ThreatLevel.CRITICAL, day(5));
    planner.postureRose(day(5));
    assertThat(plans()).as("day 5 is before the window (day 6 08:00)").hasSize(1);
    planner.postureRose(day(21));
    assertThat(plans()).as("day 21 is after the event").hasSize(1);
    PlannedEvent unplanned = PlannedEvent.of(event.spec);
    planner.add(unplanned);
    planner.postureRose(day(10));
    assertThat(plans()).as("the planned event is re-planned, the one never planned is not")
        .extracting(SimEvent.EventPlanned::revision).containsExactly(0, 1);
    assertThat(unplanned.revision).isEqualTo(PlannedEvent.NOT_PLANNED);
    assertThat(planner.events()).containsExactly(event, unplanned);
  }

  @Test
  void shiftsAlreadyStartedAreNotBooked() {
    planner.add(event);
    planner.plan(event, START + 1);
    assertThat(plans()).singleElement().satisfies(p -> assertThat(p.officersRequired()).isEqualTo(25));
    assertThat(only(out, SimEvent.OfficerDeployed.class)).isEmpty();
    assertThat(only(out, SimEvent.DemandUnmet.class)).isEmpty();
    assertThat(LocalDate.of(2017, 6, 25)).isEqualTo(event.spec.start());
  }
}
