package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.DutyFacts;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.ThreatLevel;

/**
 * The fill order on the minimal scenario: 100 neighbourhood officers on a DDDDDRR roster (day shift 08:00-17:00),
 * floor 50% of those on duty.
 */
class DeployerTest {
  private static final Path MINIMAL = Path.of("src/test/resources/scenarios/valid/minimal.yaml");
  private static final DemandRef REF = new DemandRef(DemandKind.EVENT, "test", ForceId.MET, 0);
  private final List<SimEvent> events = new ArrayList<>();

  private Deployer deployer(String... overrides) {
    List<String> all = new ArrayList<>(List.of("deployment.fillOrder=[ON_DUTY, OVERTIME, REST_DAY, LEAVE, MUTUAL_AID]"));
    all.addAll(List.of(overrides));
    Scenario s = ScenarioLoader.load(MINIMAL, all);
    SimCalendar clock = new SimCalendar(s.period());
    Workforce workforce = new Workforce(s, clock, new RandomStreams(1));
    return new Deployer(s.deployment(), workforce, clock, events::add);
  }

  private static DemandShift shift(int officers, int day, int startHour, int hours, int noticeDays, boolean emergency) {
    long start = day * 1440L + startHour * 60L;
    return new DemandShift(REF, Role.NEIGHBOURHOOD, null, officers, start, start + hours * 60L,
        start - noticeDays * 1440L, noticeDays, emergency);
  }

  private Map<SupplySource, Long> bySource() {
    return events.stream().filter(SimEvent.OfficerDeployed.class::isInstance).map(SimEvent.OfficerDeployed.class::cast)
        .collect(Collectors.groupingBy(SimEvent.OfficerDeployed::source, Collectors.counting()));
  }

  @Test
  void aSmallPlannedDemandIsAbstractionOnly() {
    int got = deployer("leave.sickDaysPerYear=0", "leave.annualLeaveDays=0").fill(shift(5, 2, 8, 9, 30, false),
        TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    assertThat(got).isEqualTo(5);
    assertThat(bySource()).containsExactly(Map.entry(SupplySource.ON_DUTY, 5L));
    assertThat(events).filteredOn(SimEvent.OfficerDeployed.class::isInstance).allSatisfy(e -> {
      var d = (SimEvent.OfficerDeployed) e;
      assertThat(d.split().rostered()).isEqualTo(540);
      assertThat(d.split().overtime()).isZero();
    });
  }

  @Test
  void pastTheFloorItRecallsRestDaysThenMutualAid() {
    // Day 2 is a Saturday-free weekday; with no leave or sickness, 5/7 of 100 officers are on duty by the cycle.
    Deployer d = deployer("leave.sickDaysPerYear=0", "leave.annualLeaveDays=0");
    int got = d.fill(shift(90, 2, 8, 9, 30, false), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    Map<SupplySource, Long> sources = bySource();
    long onDuty = sources.get(SupplySource.ON_DUTY);
    assertThat(onDuty).isBetween(35L, 36L);  // floor(71 or 72 on duty x 50%)
    assertThat(sources).containsKey(SupplySource.REST_DAY);
    assertThat(sources).doesNotContainKey(SupplySource.OVERTIME);  // a 9 h demand fits the 9 h day shift
    long fromOfficers = sources.values().stream().mapToLong(Long::longValue).sum();
    int mutualAid = events.stream().filter(SimEvent.MutualAidDeployed.class::isInstance)
        .mapToInt(e -> ((SimEvent.MutualAidDeployed) e).officers()).sum();
    assertThat(fromOfficers + mutualAid).isEqualTo(90);
    assertThat(got).isEqualTo(90);
    assertThat(events).filteredOn(SimEvent.RestDayCancelled.class::isInstance)
        .hasSize(sources.get(SupplySource.REST_DAY).intValue());
  }

  @Test
  void whatNoSourceCanSupplyIsRecordedAsUnmet() {
    Deployer d = deployer("deployment.fillOrder=[ON_DUTY]", "leave.sickDaysPerYear=0", "leave.annualLeaveDays=0");
    int got = d.fill(shift(60, 2, 8, 9, 30, false), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    var unmet = events.stream().filter(SimEvent.DemandUnmet.class::isInstance).map(SimEvent.DemandUnmet.class::cast).toList();
    assertThat(unmet).hasSize(1);
    assertThat(unmet.get(0).officersShort()).isEqualTo(60 - got);
    assertThat(got).isLessThan(60);
  }

  @Test
  void anEmergencyMayBreakWorkingTimeLimitsAndEachBreakIsRecorded() {
    // At 16:00 the day shift has an hour left; a 12 h emergency deployment makes a 17 h working span.
    Deployer d = deployer("leave.sickDaysPerYear=0", "leave.annualLeaveDays=0");
    long start = 2 * 1440L + 16 * 60;
    DemandShift emergency = new DemandShift(new DemandRef(DemandKind.INCIDENT_IMMEDIATE, "x", ForceId.MET, 0),
        Role.NEIGHBOURHOOD, null, 10, start, start + 12 * 60, start, 0, true);
    assertThat(d.fill(emergency, TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(10);
    var overtime = events.stream().filter(SimEvent.OfficerDeployed.class::isInstance)
        .map(SimEvent.OfficerDeployed.class::cast).filter(e -> e.source() == SupplySource.OVERTIME).toList();
    assertThat(overtime).isNotEmpty().allSatisfy(e -> {
      assertThat(e.split().rostered()).isEqualTo(60);
      assertThat(e.split().overtime()).isEqualTo(660);
      // told at 16:00, after the 08:00 tour began: unplanned; 20:00-04:00 is outside the tour: 480 unsocial minutes
      // (the officer's pay point is drawn at set-up: PayPointAssignmentTest); 00:00-04:00 is retained into the next
      // day, counted only when it is the officer's rest day (RestDayRetentionTest)
      assertThat(e.facts()).usingRecursiveComparison().ignoringFields("payStepsBelowTop", "retainedRestDayMinutes")
          .isEqualTo(new DutyFacts(start, false, true, 480, 0, 0));
      assertThat(e.facts().retainedRestDayMinutes()).isIn(0, 240);
    });
    assertThat(events).filteredOn(SimEvent.WorkingTimeSuspended.class::isInstance)
        .extracting(e -> ((SimEvent.WorkingTimeSuspended) e).rule()).contains(uk.ctsim.model.events.WorkingTimeRule.MAX_SHIFT);
  }

  @Test
  void withoutAnEmergencyTheSameShiftFindsNoOneOnOvertime() {
    Deployer d = deployer("leave.sickDaysPerYear=0", "leave.annualLeaveDays=0", "deployment.fillOrder=[ON_DUTY, OVERTIME]");
    long start = 2 * 1440L + 16 * 60;
    DemandShift normal = new DemandShift(REF, Role.NEIGHBOURHOOD, null, 10, start, start + 12 * 60, start, 0, false);
    assertThat(d.fill(normal, TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isZero();
    assertThat(events).noneMatch(SimEvent.WorkingTimeSuspended.class::isInstance);
  }

  @Test
  void aDutyOnABankHolidayRecordsItWhateverTheSource() {
    // 28 August 2017 (summer bank holiday) is day 2 of a period from 26 August
    Deployer d = deployer("period.start=2017-08-26", "period.end=2017-09-05", "leave.sickDaysPerYear=0",
        "leave.annualLeaveDays=0");
    assertThat(d.fill(shift(5, 2, 8, 9, 30, false), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(5);
    assertThat(d.fill(shift(5, 3, 8, 9, 30, false), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(5);
    var deployed = events.stream().filter(SimEvent.OfficerDeployed.class::isInstance)
        .map(SimEvent.OfficerDeployed.class::cast).toList();
    assertThat(deployed).filteredOn(e -> e.minute() < 3 * 1440).hasSize(5)
        .allSatisfy(e -> assertThat(e.facts().publicHoliday()).isTrue())
        .allSatisfy(e -> assertThat(e.facts().notifiedMinute()).isEqualTo(2 * 1440L + 8 * 60 - 30 * 1440L));
    assertThat(deployed).filteredOn(e -> e.minute() >= 3 * 1440).hasSize(5)
        .allSatisfy(e -> assertThat(e.facts().publicHoliday()).isFalse());
  }

  @Test
  void aPublicHolidayRecalledInAnAbsenceIsNotCountedAmongItsRecalledLeaveDays() {
    // 28 August 2017 (summer bank holiday) is day 27 of a period from 1 August; leave in 5-day blocks
    Deployer d = deployer("deployment.fillOrder=[LEAVE]", "period.start=2017-08-01", "period.end=2017-09-30",
        "leave.sickDaysPerYear=0", "leave.annualLeaveDays=60", "leave.leaveBlockDays=5");
    for (int day = 27; day <= 29; day++) {
      // an emergency, so that a third recalled day in the week may pass the weekly limit
      d.fill(shift(100, day, 8, 9, 30, true), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    }
    var recalled = events.stream().filter(SimEvent.OfficerDeployed.class::isInstance)
        .map(SimEvent.OfficerDeployed.class::cast).toList();
    assertThat(recalled).filteredOn(e -> e.minute() < 28 * 1440).isNotEmpty()
        .allSatisfy(e -> assertThat(e.facts().publicHoliday()).isTrue())
        .allSatisfy(e -> assertThat(e.facts().recalledDayOfAbsence()).as("the holiday itself").isZero());
    // Officers recalled on the holiday and on the days after it: the Tuesday is the first recalled leave day.
    var byOfficer = recalled.stream().collect(Collectors.groupingBy(SimEvent.OfficerDeployed::officerId));
    var fromTheHoliday = byOfficer.values().stream()
        .filter(days -> days.size() >= 2 && days.get(0).facts().publicHoliday()).toList();
    assertThat(fromTheHoliday).isNotEmpty().allSatisfy(days -> assertThat(days)
        .extracting(e -> e.facts().recalledDayOfAbsence())
        .containsExactlyElementsOf(IntStream.range(0, days.size()).boxed().toList()));
  }

  @Test
  void aRecallFromLeaveRecordsTheAbsenceAndWhichRecalledDayItIs() {
    Deployer d = deployer("deployment.fillOrder=[LEAVE]", "leave.sickDaysPerYear=0", "leave.annualLeaveDays=60",
        "leave.leaveBlockDays=5");
    // Wednesday 7 and Thursday 8 June, away from the ends of the period, so absences are seen whole
    d.fill(shift(100, 6, 8, 9, 30, false), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    d.fill(shift(100, 7, 8, 9, 30, false), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    var recalled = events.stream().filter(SimEvent.OfficerDeployed.class::isInstance)
        .map(SimEvent.OfficerDeployed.class::cast).toList();
    assertThat(recalled).isNotEmpty().allSatisfy(e -> {
      assertThat(e.source()).isEqualTo(SupplySource.LEAVE);
      // 60 days a year over 14 days is 2 leave days, in one block, with any rest days beside them
      assertThat(e.facts().absenceDays()).isBetween(2, 4);
      assertThat(e.split().leave()).isEqualTo(540);
    });
    var byOfficer = recalled.stream().collect(Collectors.groupingBy(SimEvent.OfficerDeployed::officerId));
    byOfficer.values().forEach(days -> assertThat(days).extracting(e -> e.facts().recalledDayOfAbsence())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, days.size()).boxed().toList()));
  }
}
