package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.PostureSpec;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ThreatSpec;

/**
 * Posture above what the threat level alone asks is attributed to the attack whose uplift caused it (issue 9, item
 * 5: "posture above the pre-attack level is attributed to the attack that caused it"). Quickstart: SEVERE, the
 * London Bridge attack at 22:06 on 3 June 2017, CRITICAL 4 to 7 June, uplift 0.3 halving every 120 days, reference
 * SEVERE (35 guards, 60 patrols; CRITICAL 135 and 150).
 */
class PostureAttributionTest {
  private static final String ATTACK = "london-bridge-2017";
  private static Scenario scenario;
  private static List<SimEvent.OfficerDeployed> posture;

  @BeforeAll
  static void run() {
    scenario = ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"));
    List<SimEvent> events = new ArrayList<>();
    CtsimModel.simulate(scenario, 42L, events::add);
    posture = events.stream().filter(SimEvent.OfficerDeployed.class::isInstance)
        .map(SimEvent.OfficerDeployed.class::cast)
        .filter(d -> d.demand().kind() == DemandKind.PROTECTED_SITES || d.demand().kind() == DemandKind.VISIBLE_PATROL)
        .toList();
  }

  private static Set<String> referencesOn(LocalDate day) {
    SimCalendar clock = new SimCalendar(scenario.period());
    long from = clock.minuteOf(day);
    return posture.stream().filter(d -> d.minute() >= from && d.minute() < from + Minutes.PER_DAY)
        .map(d -> d.demand().reference()).collect(Collectors.toSet());
  }

  @Test
  void beforeTheAttackThereIsNoExtraPosture() {
    assertThat(referencesOn(LocalDate.of(2017, 6, 1))).isEmpty();
  }

  @Test
  void atCriticalTheLevelsOwnRiseIsPostureAndTheUpliftIsTheAttacks() {
    // 5 June: guards 135 × (1 + 0.3 × 2^(-1.08/120)) = 175 against 35: 100 for CRITICAL, 40 for the attack
    assertThat(referencesOn(LocalDate.of(2017, 6, 5))).containsExactlyInAnyOrder("posture", ATTACK);
  }

  @Test
  void backAtTheReferenceLevelEveryExtraOfficerIsTheAttacks() {
    // 10 June, SEVERE: guards 35 × 1.2965 = 45 and patrols 60 × 1.2965 = 78, all above SEVERE's own 35 and 60
    assertThat(referencesOn(LocalDate.of(2017, 6, 10))).containsExactly(ATTACK);
    assertThat(referencesOn(LocalDate.of(2017, 6, 24))).containsExactly(ATTACK);
  }

  @Test
  void theAttacksShareIsWhatTheLevelAloneDoesNotAsk() {
    assertThat(Posture.attackShare(140, 135, 35)).isEqualTo(40);
    assertThat(Posture.attackShare(10, 35, 35)).isEqualTo(10);
    assertThat(Posture.attackShare(100, 135, 35)).isZero();
    // below the reference level the level asks nothing extra: the whole excess is the attack's
    assertThat(Posture.attackShare(4, 30, 35)).isEqualTo(4);
    assertThat(Posture.attackShare(0, 30, 35)).isZero();
  }

  @Test
  void theCauseIsTheLatestAttackBeforeTheMinute() {
    ThreatSpec spec = scenario.threat();
    PostureSpec postureSpec = scenario.posture();
    ThreatState threat = new ThreatState(spec, new Posture(postureSpec), new SimCalendar(scenario.period()));
    assertThat(threat.posture().upliftCause(100)).isNull();
    threat.attack(100, "a");
    threat.attack(200, "b");
    assertThat(threat.posture().upliftCause(99)).isNull();
    assertThat(threat.posture().upliftCause(100)).isEqualTo("a");
    assertThat(threat.posture().upliftCause(199)).isEqualTo("a");
    assertThat(threat.posture().upliftCause(200)).isEqualTo("b");
  }
}
