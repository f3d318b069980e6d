package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
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
    SimClock clock = new SimClock(s.period());
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
        ThreatLevel.SEVERE, -1);
    assertThat(got).isEqualTo(5);
    assertThat(bySource()).containsExactly(Map.entry(SupplySource.ON_DUTY, 5L));
    assertThat(events).filteredOn(SimEvent.OfficerDeployed.class::isInstance).allSatisfy(e -> {
      var d = (SimEvent.OfficerDeployed) e;
      assertThat(d.rosteredMinutes()).isEqualTo(540);
      assertThat(d.overtimeMinutes()).isZero();
    });
  }

  @Test
  void pastTheFloorItRecallsRestDaysThenMutualAid() {
    // Day 2 is a Saturday-free weekday; with no leave or sickness, 5/7 of 100 officers are on duty by the cycle.
    Deployer d = deployer("leave.sickDaysPerYear=0", "leave.annualLeaveDays=0");
    int got = d.fill(shift(90, 2, 8, 9, 30, false), ThreatLevel.SEVERE, -1);
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
    int got = d.fill(shift(60, 2, 8, 9, 30, false), ThreatLevel.SEVERE, -1);
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
    assertThat(d.fill(emergency, ThreatLevel.SEVERE, -1)).isEqualTo(10);
    var overtime = events.stream().filter(SimEvent.OfficerDeployed.class::isInstance)
        .map(SimEvent.OfficerDeployed.class::cast).filter(e -> e.source() == SupplySource.OVERTIME).toList();
    assertThat(overtime).isNotEmpty().allSatisfy(e -> {
      assertThat(e.rosteredMinutes()).isEqualTo(60);
      assertThat(e.overtimeMinutes()).isEqualTo(660);
    });
    assertThat(events).filteredOn(SimEvent.WorkingTimeSuspended.class::isInstance)
        .extracting(e -> ((SimEvent.WorkingTimeSuspended) e).rule()).contains(OfficerCheck.MAX_SHIFT);
  }

  @Test
  void withoutAnEmergencyTheSameShiftFindsNoOneOnOvertime() {
    Deployer d = deployer("leave.sickDaysPerYear=0", "leave.annualLeaveDays=0", "deployment.fillOrder=[ON_DUTY, OVERTIME]");
    long start = 2 * 1440L + 16 * 60;
    DemandShift normal = new DemandShift(REF, Role.NEIGHBOURHOOD, null, 10, start, start + 12 * 60, start, 0, false);
    assertThat(d.fill(normal, ThreatLevel.SEVERE, -1)).isZero();
    assertThat(events).noneMatch(SimEvent.WorkingTimeSuspended.class::isInstance);
  }
}
