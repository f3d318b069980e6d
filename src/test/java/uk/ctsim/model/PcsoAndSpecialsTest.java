package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.model.TestScenario.byLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffFunction;
import uk.ctsim.scenario.StaffSpec;
import uk.ctsim.scenario.ThreatLevel;

/** PCSOs and special constables as people: how many, how their minutes split, their weekly cap, posture patrols. */
class PcsoAndSpecialsTest {
  private static final DemandRef PATROL = new DemandRef(DemandKind.VISIBLE_PATROL, "posture", ForceId.MET, 0);
  private static final long MONDAY = StaffDeskTest.MONDAY;
  private static final long SATURDAY = StaffDeskTest.SATURDAY;
  private static final long BANK_HOLIDAY = StaffDeskTest.BANK_HOLIDAY;
  private final List<SimEvent> events = new ArrayList<>();

  private static StaffSpec spec(Map<ForceId, Double> pcsos, Map<ForceId, Integer> specials) {
    return new StaffSpec(null, null, null, null, null, null, null, null, null, null, pcsos, specials, null, null, null);
  }

  private StaffDesk desk(StaffSpec spec) {
    return new StaffDesk(spec, List.of(StaffDeskTest.force(ForceId.MET)), new SimCalendar(LocalDate.of(2017, 6, 1), 214), events::add);
  }

  private List<SimEvent.StaffDeployed> deployed() {
    return events.stream().filter(SimEvent.StaffDeployed.class::isInstance).map(SimEvent.StaffDeployed.class::cast).toList();
  }

  @Test
  void aForceHasTheDatasetsPcsosAndSpecialsUnlessTheScenarioSaysOtherwise() {
    // england-wales-2017: the Met had 1,442.37 PCSOs (FTE) and 2,661 special constables (headcount)
    StaffDesk fromData = desk(StaffSpec.defaults());
    assertThat(fromData.members(ForceId.MET, StaffFunction.PCSO)).hasSize(1442);
    assertThat(fromData.members(ForceId.MET, StaffFunction.SPECIAL_CONSTABLE)).hasSize(2661);
    assertThat(fromData.members(ForceId.CITY, StaffFunction.PCSO)).as("a force the scenario does not declare").isEmpty();
    StaffDesk given = desk(spec(Map.of(ForceId.MET, 2.5), Map.of(ForceId.MET, 4)));
    assertThat(given.members(ForceId.MET, StaffFunction.PCSO)).hasSize(3);
    assertThat(given.members(ForceId.MET, StaffFunction.SPECIAL_CONSTABLE)).hasSize(4);
    // PCSOs are not a share of police staff: the staff's CSIs are unchanged (8,305.01 × 3% = 249.15 → 249)
    assertThat(given.members(ForceId.MET, StaffFunction.CSI)).hasSize(249);
  }

  @Test
  void aPcsosWorkingDayIsSevenToMidnightOnAnyDayAndAPublicHolidayIsItsOwn() {
    StaffDesk desk = desk(spec(Map.of(ForceId.MET, 3.0), null));
    // Saturday 06:00 to 16:00: 07:00-16:00 working (540), 06:00-07:00 overtime (60)
    desk.fill(PATROL, StaffFunction.PCSO, 1, SATURDAY + 6 * 60, SATURDAY + 16 * 60);
    // Monday 20:00 to Tuesday 02:00: 20:00-24:00 working (240), 00:00-02:00 overtime (120)
    desk.fill(PATROL, StaffFunction.PCSO, 1, MONDAY + 20 * 60, MONDAY + 26 * 60);
    // the bank holiday 10:00 to 12:00: 120 public holiday
    desk.fill(PATROL, StaffFunction.PCSO, 1, BANK_HOLIDAY + 10 * 60, BANK_HOLIDAY + 12 * 60);
    assertThat(deployed()).extracting(d -> List.of(d.workingDayMinutes(), d.overtimeMinutes(), d.publicHolidayMinutes()))
        .containsExactly(List.of(540, 60, 0), List.of(240, 120, 0), List.of(0, 0, 120));
    assertThat(deployed()).extracting(SimEvent.StaffDeployed::staffId).containsExactly(0, 1, 2);
  }

  @Test
  void aSpecialHasNoOvertimeAndAtMostSixteenHoursAWeek() {
    StaffDesk desk = desk(spec(null, Map.of(ForceId.MET, 1)));
    // Saturday night into the bank holiday would be overtime for staff: a special's minutes are all of one kind
    desk.fill(PATROL, StaffFunction.SPECIAL_CONSTABLE, 1, BANK_HOLIDAY - 4 * 60, BANK_HOLIDAY + 4 * 60);
    assertThat(deployed()).singleElement().satisfies(d -> {
      assertThat(d.workingDayMinutes()).isEqualTo(480);
      assertThat(d.overtimeMinutes()).isZero();
      assertThat(d.publicHolidayMinutes()).isZero();
    });
    events.clear();
    // Monday 12 June 08:00-16:00 and Wednesday 08:00-16:00 make 16 h; Friday's duty would make 24 h, so it is refused
    assertThat(desk.offer(PATROL, StaffFunction.SPECIAL_CONSTABLE, 1, MONDAY + 8 * 60, MONDAY + 16 * 60)).isEqualTo(1);
    long wednesday = MONDAY + 2 * 1440;
    assertThat(desk.offer(PATROL, StaffFunction.SPECIAL_CONSTABLE, 1, wednesday + 8 * 60, wednesday + 16 * 60)).isEqualTo(1);
    long friday = MONDAY + 4 * 1440;
    assertThat(desk.offer(PATROL, StaffFunction.SPECIAL_CONSTABLE, 2, friday + 8 * 60, friday + 16 * 60)).isZero();
    assertThat(events).as("an offer records no shortfall").hasSize(2);
    // the next Monday is a new week
    long next = MONDAY + 7 * 1440;
    assertThat(desk.offer(PATROL, StaffFunction.SPECIAL_CONSTABLE, 1, next + 8 * 60, next + 16 * 60)).isEqualTo(1);
  }

  @Test
  void postureOffersEachFunctionItsShareOfThePatrolsAndOfficersWalkTheRest() {
    // SEVERE over a SUBSTANTIAL reference: 10 extra patrols. 30% to PCSOs (3), 25% to specials (2.5 → 3 asked, but
    // the force has only 2), so officers walk 10 - 3 - 2 = 5.
    List<SimEvent> out = new ArrayList<>();
    TestScenario b = TestScenario.builder().fixed(ThreatLevel.SEVERE).officers(Role.NEIGHBOURHOOD, 100)
        .guardsAndPatrols(TestScenario.constant(0), byLevel(0, 0, 0, 10, 10), ThreatLevel.SUBSTANTIAL);
    TestScenario.Parts parts = b.parts(1, out::add);
    StaffSpec staff = new StaffSpec(null, null, null, null, null, null, null, null, null, null,
        Map.of(ForceId.MET, 50.0), Map.of(ForceId.MET, 2), Map.of(StaffFunction.PCSO, 0.3,
            StaffFunction.SPECIAL_CONSTABLE, 0.25), null, null);
    StaffDesk desk = new StaffDesk(staff, parts.scenario.forces(), parts.clock, out::add);
    PostureDemands posture = new PostureDemands(parts.scenario.posture(), parts.threat(), parts.deployer, 7,
        ForceId.MET, desk, staff.patrolShares());
    posture.book(0, 0);
    var staffDuties = out.stream().filter(SimEvent.StaffDeployed.class::isInstance)
        .map(e -> ((SimEvent.StaffDeployed) e).function()).toList();
    assertThat(staffDuties).containsExactlyInAnyOrder(StaffFunction.PCSO, StaffFunction.PCSO, StaffFunction.PCSO,
        StaffFunction.SPECIAL_CONSTABLE, StaffFunction.SPECIAL_CONSTABLE);
    long officers = out.stream().filter(SimEvent.OfficerDeployed.class::isInstance).count();
    int short_ = out.stream().filter(SimEvent.DemandUnmet.class::isInstance)
        .mapToInt(e -> ((SimEvent.DemandUnmet) e).officersShort()).sum();
    assertThat(officers + short_).isEqualTo(5);
    assertThat(out).noneMatch(SimEvent.StaffUnmet.class::isInstance);
  }
}
