package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.SimEvent.OfficerDeployed;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ThreatLevel;

/**
 * A tour that runs on past midnight into one of the officer's rest days (Annex H, retention into a rest day): the
 * model records the minutes after midnight as {@code retainedRestDayMinutes} when the next day is a rest day of the
 * officer's roster. Neighbourhood officers work a 15:00-23:00 tour on a DDDDDRR cycle; a 10-hour demand from 15:00
 * runs to 01:00 the next day.
 */
class RestDayRetentionTest {
  private static final Path MINIMAL = Path.of("src/test/resources/scenarios/valid/minimal.yaml").toAbsolutePath();
  private static final DemandRef REF = new DemandRef(DemandKind.EVENT, "late", ForceId.MET, 0);

  @Test
  void aTourExtendedPastMidnightBeforeARestDayRecordsTheMinutesRetainedIntoIt() {
    Scenario s = ScenarioLoader.load(MINIMAL, List.of("leave.sickDaysPerYear=0", "leave.annualLeaveDays=0",
        "rosters.shiftTypes.D={start: \"15:00\", hours: 8}", "deployment.fillOrder=[ON_DUTY, OVERTIME]"));
    SimCalendar clock = new SimCalendar(s.period());
    Workforce w = new Workforce(s, clock, new RandomStreams(1));
    List<SimEvent> events = new ArrayList<>();
    Deployer deployer = new Deployer(s.deployment(), w, clock, events::add);
    long start = 2 * 1440L + 15 * 60L;
    deployer.fill(new DemandShift(REF, Role.NEIGHBOURHOOD, null, 30, start, start + 600, start - 30 * 1440L, 30, false),
        TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    List<OfficerDeployed> deployed = events.stream().filter(OfficerDeployed.class::isInstance)
        .map(OfficerDeployed.class::cast).toList();
    assertThat(deployed).hasSize(30);
    int retained = 0;
    for (OfficerDeployed d : deployed) {
      Officer o = w.officers().stream().filter(x -> x.id == d.officerId()).findFirst().orElseThrow();
      boolean restNext = !w.roster.rosteredOn(o, 3);
      // 480 rostered minutes (15:00-23:00) and 120 overtime, of which 00:00-01:00 is on the next day
      assertThat(d.split().rostered()).isEqualTo(480);
      assertThat(d.split().overtime()).isEqualTo(120);
      assertThat(d.facts().retainedRestDayMinutes()).isEqualTo(restNext ? 60 : 0);
      if (restNext) retained++;
    }
    assertThat(retained).isBetween(1, 29);
  }

  @Test
  void aTourEndingBeforeMidnightRetainsNothing() {
    Scenario s = ScenarioLoader.load(MINIMAL, List.of("leave.sickDaysPerYear=0", "leave.annualLeaveDays=0",
        "rosters.shiftTypes.D={start: \"14:00\", hours: 8}", "deployment.fillOrder=[ON_DUTY, OVERTIME]"));
    SimCalendar clock = new SimCalendar(s.period());
    Workforce w = new Workforce(s, clock, new RandomStreams(1));
    List<SimEvent> events = new ArrayList<>();
    Deployer deployer = new Deployer(s.deployment(), w, clock, events::add);
    long start = 2 * 1440L + 14 * 60L;
    // 14:00-23:59: 599 minutes, ending a minute before the next day
    deployer.fill(new DemandShift(REF, Role.NEIGHBOURHOOD, null, 30, start, start + 599, start - 30 * 1440L, 30, false),
        TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    assertThat(events).filteredOn(OfficerDeployed.class::isInstance).hasSize(30)
        .allSatisfy(e -> assertThat(((OfficerDeployed) e).facts().retainedRestDayMinutes()).isZero());
  }
}
