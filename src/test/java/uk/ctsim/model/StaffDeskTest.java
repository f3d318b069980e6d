package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Establishment;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffFunction;
import uk.ctsim.scenario.StaffSpec;

/** Police staff given duties: who, how their minutes split, rest between duties, shortfalls. Period from 1 June 2017. */
class StaffDeskTest {
  private static final DemandRef SCENE = new DemandRef(DemandKind.INCIDENT_SCENE, "lb", ForceId.MET, 0);
  /** Monday 12 June 2017 (day 11), 00:00. */
  static final long MONDAY = 11 * 1440;
  /** Saturday 17 June 2017 (day 16). */
  static final long SATURDAY = 16 * 1440;
  /** Monday 28 August 2017 (day 88), the summer bank holiday. */
  static final long BANK_HOLIDAY = 88 * 1440;
  private final List<SimEvent> events = new ArrayList<>();

  static ForceSpec force(ForceId id) {
    return new ForceSpec(id, 0.0, Map.of(Role.RESPONSE, new Establishment(10, Map.of(Rank.CONSTABLE, 1.0), null)));
  }

  /** MET with 100 staff, so 3 CSIs (3%), 4 analysts, 2 digital examiners (1.5% of 100 = 1.5, rounded half up), 15 call handlers. */
  private StaffDesk desk() {
    StaffSpec spec = new StaffSpec(null, Map.of(ForceId.MET, 100.0), null, null, null, null, null, null, null, null);
    return new StaffDesk(spec, List.of(force(ForceId.MET)), new SimCalendar(LocalDate.of(2017, 6, 1), 214), events::add);
  }

  private List<SimEvent.StaffDeployed> deployed() {
    return events.stream().filter(SimEvent.StaffDeployed.class::isInstance).map(SimEvent.StaffDeployed.class::cast).toList();
  }

  @Test
  void aForceHasItsStaffTimesEachFunctionsShareAndTheDatasetGivesStaffWhereTheScenarioDoesNot() {
    StaffDesk desk = desk();
    assertThat(desk.members(ForceId.MET, StaffFunction.CSI)).hasSize(3);
    assertThat(desk.members(ForceId.MET, StaffFunction.ANALYST)).hasSize(4);
    assertThat(desk.members(ForceId.MET, StaffFunction.DIGITAL_FORENSICS)).hasSize(2);
    assertThat(desk.members(ForceId.MET, StaffFunction.CALL_HANDLER)).hasSize(15);
    assertThat(desk.members(ForceId.CITY, StaffFunction.CSI)).as("a force the scenario does not declare").isEmpty();
    // City of London Police: 403.67 staff FTE in england-wales-2017; 3% = 12.11 → 12 CSIs
    assertThat(StaffSpec.defaults().staffFte(force(ForceId.CITY))).isEqualTo(403.67);
    StaffDesk city = new StaffDesk(StaffSpec.defaults(), List.of(force(ForceId.CITY)),
        new SimCalendar(LocalDate.of(2017, 6, 1), 214), events::add);
    assertThat(city.members(ForceId.CITY, StaffFunction.CSI)).hasSize(12);
    assertThat(city.members(ForceId.CITY, StaffFunction.CSI).get(11).id).isEqualTo(11);
  }

  @Test
  void aWeekdayDutySplitsIntoTheWorkingDayAndOvertime() {
    // 06:00 to 14:00 on a Monday: 08:00 to 14:00 in the working day (08:00 to 15:24), 06:00 to 08:00 overtime
    desk().fill(SCENE, StaffFunction.CSI, 1, MONDAY + 6 * 60, MONDAY + 14 * 60);
    assertThat(deployed()).singleElement().satisfies(d -> {
      assertThat(d.workingDayMinutes()).isEqualTo(360);
      assertThat(d.overtimeMinutes()).isEqualTo(120);
      assertThat(d.publicHolidayMinutes()).isZero();
      assertThat(d.force()).isEqualTo(ForceId.MET);
      assertThat(d.function()).isEqualTo(StaffFunction.CSI);
      assertThat(d.demand()).isEqualTo(SCENE);
    });
  }

  @Test
  void aNightRunningIntoAMondayAndAWeekendAndAPublicHolidaySplitByDay() {
    StaffDesk desk = desk();
    // Sunday 22:00 to Monday 10:00 (Sunday 18 June into Monday 19 June): 2 h working day (08:00-10:00), 10 h overtime
    desk.fill(SCENE, StaffFunction.ANALYST, 1, SATURDAY + 1440 + 22 * 60, SATURDAY + 2 * 1440 + 10 * 60);
    // all of a Saturday's day shift is overtime
    desk.fill(SCENE, StaffFunction.ANALYST, 1, SATURDAY + 8 * 60, SATURDAY + 16 * 60);
    // Sunday 27 August 20:00 to Monday 28 August (bank holiday) 04:00: 4 h overtime, 4 h public holiday
    desk.fill(SCENE, StaffFunction.ANALYST, 1, BANK_HOLIDAY - 4 * 60, BANK_HOLIDAY + 4 * 60);
    assertThat(deployed()).extracting(d -> List.of(d.workingDayMinutes(), d.overtimeMinutes(), d.publicHolidayMinutes()))
        .containsExactly(List.of(120, 600, 0), List.of(0, 480, 0), List.of(0, 240, 240));
  }

  @Test
  void membersAreTakenInTurnAndOnlyWithElevenHoursRestAroundTheirOtherDuties() {
    StaffDesk desk = desk();
    long start = MONDAY + 8 * 60;
    desk.fill(SCENE, StaffFunction.CSI, 2, start, start + 8 * 60);
    // 10 h 59 min after the first shift ends: members 0 and 1 are still resting, so only member 2 can go
    long tooSoon = start + 8 * 60 + 11 * 60 - 1;
    desk.fill(SCENE, StaffFunction.CSI, 2, tooSoon, tooSoon + 8 * 60);
    assertThat(deployed()).extracting(SimEvent.StaffDeployed::staffId).containsExactly(0, 1, 2);
    assertThat(events).last().isEqualTo(new SimEvent.StaffUnmet(tooSoon, tooSoon + 8 * 60, SCENE, StaffFunction.CSI, 1));
    // exactly 11 h after: members 0 and 1 are rested (the turn goes on from member 0)
    events.clear();
    long rested = start + 8 * 60 + 11 * 60;
    desk.fill(SCENE, StaffFunction.CSI, 2, rested, rested + 8 * 60);
    assertThat(deployed()).extracting(SimEvent.StaffDeployed::staffId).containsExactly(0, 1);
    assertThat(events).hasSize(2);
  }

  @Test
  void aDutyMustEndElevenHoursBeforeTheMembersNextDuty() {
    StaffDesk desk = desk();
    long later = MONDAY + 20 * 60;
    desk.fill(SCENE, StaffFunction.CSI, 3, later, later + 8 * 60);
    events.clear();
    long end = later - 11 * 60 + 1;
    desk.fill(SCENE, StaffFunction.CSI, 3, end - 4 * 60, end);
    assertThat(events).containsExactly(new SimEvent.StaffUnmet(end - 4 * 60, end, SCENE, StaffFunction.CSI, 3));
    events.clear();
    desk.fill(SCENE, StaffFunction.CSI, 3, end - 1 - 4 * 60, end - 1);
    assertThat(deployed()).hasSize(3);
    assertThat(events).hasSize(3);
  }

  @Test
  void aMemberIsGivenAtMostTheWeeklyHoursInAWeekFromMondayToSunday() {
    // one CSI (100 staff × 1%), at most 48 h a week; 12-hour duties from 08:00 Monday 12 June: four make 48 h, the
    // fifth is refused, and
    // the next Monday is a new week
    StaffSpec spec = new StaffSpec(Map.of(StaffFunction.CSI, 0.01), Map.of(ForceId.MET, 100.0), null, null, null, 48.0,
        null, null, null, null);
    StaffDesk desk = new StaffDesk(spec, List.of(force(ForceId.MET)), new SimCalendar(LocalDate.of(2017, 6, 1), 214),
        events::add);
    for (int day = 0; day < 5; day++) {
      desk.fill(SCENE, StaffFunction.CSI, 1, MONDAY + day * 1440 + 8 * 60, MONDAY + day * 1440 + 20 * 60);
    }
    desk.fill(SCENE, StaffFunction.CSI, 1, MONDAY + 7 * 1440 + 8 * 60, MONDAY + 7 * 1440 + 20 * 60);
    assertThat(deployed()).extracting(SimEvent.StaffDeployed::minute).containsExactly(MONDAY + 8 * 60,
        MONDAY + 1440 + 8 * 60, MONDAY + 2 * 1440 + 8 * 60, MONDAY + 3 * 1440 + 8 * 60, MONDAY + 7 * 1440 + 8 * 60);
    assertThat(events).contains(new SimEvent.StaffUnmet(MONDAY + 4 * 1440 + 8 * 60, MONDAY + 4 * 1440 + 20 * 60, SCENE,
        StaffFunction.CSI, 1));
  }

  @Test
  void aForceWithoutStaffOfTheFunctionRecordsTheWholeShortfall() {
    StaffSpec spec = new StaffSpec(null, Map.of(ForceId.MET, 10.0), null, null, null, null, null, null, null, null);
    StaffDesk desk = new StaffDesk(spec, List.of(force(ForceId.MET)), new SimCalendar(LocalDate.of(2017, 6, 1), 214),
        events::add);
    // 10 staff × 1.5% = 0.15 → no digital forensic examiner
    desk.fill(SCENE, StaffFunction.DIGITAL_FORENSICS, 4, MONDAY, MONDAY + 60);
    assertThat(events).containsExactly(new SimEvent.StaffUnmet(MONDAY, MONDAY + 60, SCENE, StaffFunction.DIGITAL_FORENSICS, 4));
  }
}
