package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.WorkingTimeRule;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.SupplySource;

/**
 * A candidate check at the edges of what it asks of the day bits at once: deployments just inside and just outside
 * the minimum rest before and after the demand, on the demand's day, and further away. Minimal scenario: day shift
 * 08:00-17:00 on a DDDDDRR roster, 11 hours' rest, no leave or sickness.
 */
class OfficerCheckTest {
  private static final Path MINIMAL = Path.of("src/test/resources/scenarios/valid/minimal.yaml");
  private static final DemandRef REF = new DemandRef(DemandKind.EVENT, "check", ForceId.MET, 0);
  private static final int DAY = Minutes.PER_DAY;
  private OfficerCheck check;
  private Officer officer;
  private int day;
  private long rest;

  @BeforeEach
  void setUp() {
    Scenario s = ScenarioLoader.load(MINIMAL, List.of("leave.sickDaysPerYear=0", "leave.annualLeaveDays=0"));
    SimCalendar clock = new SimCalendar(s.period());
    Workforce workforce = new Workforce(s, clock, new RandomStreams(1));
    check = new OfficerCheck(s.deployment().workingTime(), workforce.roster, clock, s.deployment().rerosterNoticeDays());
    rest = Minutes.ofHours(s.deployment().workingTime().minRestHours());
    // An officer rostered on a day in the middle of the period and on the days either side of it.
    for (Officer o : workforce.pool(ForceId.MET, Role.NEIGHBOURHOOD).officers) {
      for (int k = 4; k < 10; k++) {
        if (officer == null && workforce.roster.rosteredOn(o, k - 1) && workforce.roster.rosteredOn(o, k)
            && workforce.roster.rosteredOn(o, k + 1)) {
          officer = o;
          day = k;
        }
      }
    }
    assertThat(officer).isNotNull();
  }

  /** The officer's own day shift, 08:00-17:00, planned a month ahead. */
  private DemandShift shift(boolean emergency) {
    long start = (long) day * DAY + 8 * 60;
    return new DemandShift(REF, Role.NEIGHBOURHOOD, null, 1, start, start + 9 * 60, start - 30L * DAY, 30, emergency);
  }

  private Assignment assess(boolean emergency) {
    return check.assess(officer, SupplySource.ON_DUTY, shift(emergency), day);
  }

  @Test
  void withNoDeploymentNearTheOfficerTakesItsOwnShift() {
    officer.commit((long) (day - 4) * DAY + 480, (long) (day - 4) * DAY + 1020);
    officer.commit((long) (day + 3) * DAY + 480, (long) (day + 3) * DAY + 1020);
    Assignment a = assess(false);
    assertThat(a).isNotNull();
    assertThat(a.rosteredMinutes()).isEqualTo(9 * 60);
    assertThat(a.overtimeMinutes()).isZero();
    assertThat(a.suspendedRules()).isEmpty();
  }

  @Test
  void aDeploymentEndingExactlyTheRestBeforeKeepsTheRest() {
    long start = (long) day * DAY + 480;
    officer.commit(start - rest - 240, start - rest);
    assertThat(assess(false)).isNotNull();
  }

  @Test
  void aDeploymentEndingAMinuteLaterBreaksTheRest() {
    long start = (long) day * DAY + 480;
    officer.commit(start - rest - 240, start - rest + 1);
    assertThat(assess(false)).isNull();
    assertThat(assess(true).suspendedRules()).containsExactly(WorkingTimeRule.MIN_REST);
  }

  @Test
  void aDeploymentStartingExactlyTheRestAfterKeepsIt() {
    long end = (long) day * DAY + 1020;
    officer.commit(end + rest, end + rest + 240);
    assertThat(assess(false)).isNotNull();
  }

  @Test
  void aDeploymentStartingAMinuteSoonerBreaksIt() {
    long end = (long) day * DAY + 1020;
    officer.commit(end + rest - 1, end + rest + 240);
    assertThat(assess(false)).isNull();
    assertThat(assess(true).suspendedRules()).containsExactly(WorkingTimeRule.MIN_REST);
  }

  @Test
  void anOverlappingDeploymentMakesTheOfficerBusy() {
    officer.commit((long) day * DAY + 900, (long) day * DAY + 1200);
    assertThat(assess(false)).isNull();
    assertThat(assess(true)).isNull();
  }

  @Test
  void anotherDeploymentStartingThatDayRulesTheOfficerOutUnlessASecondTourIsAllowed() {
    // 00:00-00:30 on the day: a tour already that day, and 7.5 hours before the shift, inside the rest
    officer.commit((long) day * DAY, (long) day * DAY + 30);
    assertThat(assess(false)).isNull();
    assertThat(shift(true).secondTourAllowed()).isTrue();
    assertThat(assess(true).suspendedRules()).containsExactly(WorkingTimeRule.MIN_REST);
    DemandShift underEmergencyWorking = shift(true).underEmergencyWorking();
    assertThat(underEmergencyWorking.secondTourAllowed()).isFalse();
    assertThat(check.assess(officer, SupplySource.ON_DUTY, underEmergencyWorking, day)).isNull();
  }
}
