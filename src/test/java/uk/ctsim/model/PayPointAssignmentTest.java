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
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Officers' pay points: drawn once at set-up from the workforce stream, within the rank's scale on the first day
 * (1 Jun 2017: constables 8 points, S19 carried back; sergeants 2, the min/max of S16; superintendents none), and
 * recorded on each deployment's facts.
 */
class PayPointAssignmentTest {
  private static final Path MINIMAL = Path.of("src/test/resources/scenarios/valid/minimal.yaml");

  private static Workforce workforce(long seed, String... overrides) {
    Scenario s = ScenarioLoader.load(MINIMAL, List.of(overrides));
    return new Workforce(s, new SimCalendar(s.period()), new RandomStreams(seed));
  }

  private static List<Integer> points(Workforce w) {
    return w.officers().stream().map(o -> o.payStepsBelowTop).toList();
  }

  @Test
  void pointsLieWithinTheRanksScaleAndRepeatWithTheSeed() {
    Workforce w = workforce(7);
    for (Officer o : w.officers()) {
      int limit = switch (o.rank) {
        case CONSTABLE -> 7;
        case SERGEANT -> 1;
        case INSPECTOR -> 3;
        case CHIEF_INSPECTOR -> 2;
        case SUPERINTENDENT -> 0;
      };
      assertThat(o.payStepsBelowTop).isBetween(0, limit);
    }
    assertThat(points(workforce(7))).isEqualTo(points(w));
    assertThat(points(workforce(8))).isNotEqualTo(points(w));
    Map<Integer, Long> constables = w.officers().stream().filter(o -> o.rank == Rank.CONSTABLE)
        .collect(Collectors.groupingBy(o -> o.payStepsBelowTop, Collectors.counting()));
    assertThat(constables.keySet()).contains(0, 1, 7);
    long top = constables.get(0);
    long all = constables.values().stream().mapToLong(Long::longValue).sum();
    assertThat((double) top / all).isBetween(0.4, 0.7);
  }

  @Test
  void theScenarioSetsTheShareOnTheTopAndCanTurnTheTableOff() {
    assertThat(points(workforce(7, "pay.points.topPointShare=1"))).containsOnly(0);
    assertThat(points(workforce(7, "pay.points.scaleTable=false"))).containsOnly(0);
    Workforce none = workforce(7, "pay.points.topPointShare=0");
    assertThat(none.officers()).filteredOn(o -> o.rank == Rank.CONSTABLE)
        .allSatisfy(o -> assertThat(o.payStepsBelowTop).isPositive());
  }

  @Test
  void theDeploymentRecordsTheOfficersPoint() {
    Scenario s = ScenarioLoader.load(MINIMAL, List.of());
    SimCalendar clock = new SimCalendar(s.period());
    Workforce w = new Workforce(s, clock, new RandomStreams(3));
    List<SimEvent> events = new ArrayList<>();
    Deployer deployer = new Deployer(s.deployment(), w, clock, events::add);
    DemandRef ref = new DemandRef(DemandKind.EVENT, "test", ForceId.MET, 0);
    long start = 2 * 1440L + 480;
    deployer.fill(new DemandShift(ref, Role.NEIGHBOURHOOD, null, 15, start, start + 540, start - 30 * 1440L, 30,
        false), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    List<SimEvent.OfficerDeployed> deployed = events.stream().filter(SimEvent.OfficerDeployed.class::isInstance)
        .map(SimEvent.OfficerDeployed.class::cast).toList();
    assertThat(deployed).isNotEmpty();
    assertThat(deployed).allSatisfy(d ->
        assertThat(d.facts().payStepsBelowTop()).isEqualTo(w.officers().get(d.officerId()).payStepsBelowTop(2)));
    assertThat(deployed).anySatisfy(d -> assertThat(d.facts().payStepsBelowTop()).isPositive());
  }

  @Test
  void anOfficerMovesUpAPointOnEachIncrementDateAndNeverAboveTheTop() {
    Officer o = new Officer(0, ForceId.MET, Rank.CONSTABLE, Role.NEIGHBOURHOOD, 0, 0, 1200);
    o.payStepsBelowTop = 3;
    o.payIncrementDay = 100;
    assertThat(o.payStepsBelowTop(0)).isEqualTo(3);
    assertThat(o.payStepsBelowTop(99)).isEqualTo(3);
    assertThat(o.payStepsBelowTop(100)).isEqualTo(2);   // first increment date
    assertThat(o.payStepsBelowTop(464)).isEqualTo(2);
    assertThat(o.payStepsBelowTop(465)).isEqualTo(1);   // 12 months on the point
    assertThat(o.payStepsBelowTop(830)).isEqualTo(0);
    assertThat(o.payStepsBelowTop(1195)).isEqualTo(0);  // at the top: no further
    o.payIncrementDay = Officer.NO_INCREMENT;
    assertThat(o.payStepsBelowTop(1000)).isEqualTo(3);  // no progression
  }

  @Test
  void officersBelowTheTopGetAnIncrementDateInTheFirstYearAndTheScenarioCanTurnProgressionOff() {
    Workforce w = workforce(7);
    assertThat(w.officers()).allSatisfy(o -> {
      if (o.payStepsBelowTop == 0) {
        assertThat(o.payIncrementDay).isEqualTo(Officer.NO_INCREMENT);
      } else {
        assertThat(o.payIncrementDay).isBetween(0, 364);
      }
    });
    assertThat(w.officers()).anySatisfy(o -> assertThat(o.payIncrementDay).isGreaterThan(182));
    assertThat(w.officers()).anySatisfy(o -> assertThat(o.payIncrementDay).isBetween(0, 182));
    // the points themselves are drawn before the increment dates, so turning progression off leaves them as they were
    Workforce off = workforce(7, "pay.points.progression=false");
    assertThat(off.officers()).allSatisfy(o -> assertThat(o.payIncrementDay).isEqualTo(Officer.NO_INCREMENT));
    assertThat(points(off)).isEqualTo(points(w));
  }
}
