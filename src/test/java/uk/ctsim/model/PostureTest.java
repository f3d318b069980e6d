package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.ctsim.model.TestScenario.byLevel;

import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.PostureSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;

/** The posture rule on its own, against values worked out by hand; no model runs. */
class PostureTest {
  private static final int DAY = Minutes.PER_DAY;
  // LOW, MODERATE, SUBSTANTIAL, SEVERE, CRITICAL
  private static final Map<ThreatLevel, Double> UNARMED = byLevel(0.5, 0.8, 1.0, 1.25, 2.0);
  private static final Map<ThreatLevel, Double> ARMED = byLevel(0.25, 0.5, 1.0, 1.5, 3.0);

  private static Posture posture(double uplift, double halfLifeDays, double cap, Map<ThreatLevel, Double> unarmed) {
    return new Posture(new PostureSpec(unarmed, ARMED, Map.of(EventType.PROTEST, 0.5), uplift, halfLifeDays, cap,
        byLevel(0, 2, 10, 16, 40), byLevel(0, 0, 20, 30, 61), LocalTime.of(10, 0), 8.0, ThreatLevel.SUBSTANTIAL));
  }

  private static Posture posture(double uplift) {
    return posture(uplift, 10, 1, UNARMED);
  }

  @Test
  void multipliersAreTheLevelsEntryOverTheReferencesTimesOnePlusTheUplift() {
    Posture p = posture(0);
    ThreatSnapshot severe = p.snapshot(0, ThreatLevel.SEVERE, ThreatLevel.SEVERE, Minutes.NONE);
    assertThat(severe.postureMultiplier()).isEqualTo(1.25);
    assertThat(severe.armedPostureMultiplier()).isEqualTo(1.5);
    // an event stated at SEVERE: CRITICAL is 2.0 / 1.25 = 1.6 unarmed, 3.0 / 1.5 = 2.0 armed
    ThreatSnapshot critical = p.snapshot(0, ThreatLevel.CRITICAL, ThreatLevel.CRITICAL, 0);
    assertThat(p.multiplier(critical, false, ThreatLevel.SEVERE)).isEqualTo(1.6);
    assertThat(p.multiplier(critical, true, ThreatLevel.SEVERE)).isEqualTo(2.0);
    assertThat(critical.criticalSince()).isZero();
    assertThat(critical.level()).isEqualTo(ThreatLevel.CRITICAL);
  }

  @Test
  void aReferenceWithAZeroEntryLeavesTheLevelsEntryAsItIs() {
    Posture p = posture(0, 10, 1, byLevel(0.0, 0.8, 1.0, 1.25, 2.0));
    assertThat(p.multiplier(p.snapshot(0, ThreatLevel.SEVERE, ThreatLevel.SEVERE, Minutes.NONE), false, ThreatLevel.LOW)).isEqualTo(1.25);
  }

  @Test
  void theUpliftHalvesEveryHalfLifeAddsUpOverAttacksAndIsCapped() {
    Posture p = posture(0.4, 10, 0.7, UNARMED);
    p.attack(DAY, "a");
    assertThat(p.uplift(DAY - 1)).as("not before the attack").isZero();
    assertThat(p.uplift(DAY)).isEqualTo(0.4);
    assertThat(p.uplift(11 * DAY)).isCloseTo(0.2, within(1e-12));
    p.attack(11 * DAY, "b");
    // 0.2 + 0.4 = 0.6, under the cap; at once after a third attack 0.6 + 0.4 = 1.0, capped at 0.7
    assertThat(p.uplift(11 * DAY)).isCloseTo(0.6, within(1e-12));
    p.attack(11 * DAY, "c");
    assertThat(p.uplift(11 * DAY)).isEqualTo(0.7);
    ThreatSnapshot s = p.snapshot(11 * DAY, ThreatLevel.SEVERE, ThreatLevel.SEVERE, Minutes.NONE);
    assertThat(s.uplift()).isEqualTo(0.7);
    assertThat(s.postureMultiplier()).isCloseTo(1.25 * 1.7, within(1e-12));
    assertThat(s.armedPostureMultiplier()).isCloseTo(1.5 * 1.7, within(1e-12));
    assertThat(s.cause()).isEqualTo("c");
  }

  @Test
  void theCauseIsTheLatestAttackAtTheMinuteAndNoneBeforeAny() {
    Posture p = posture(0.4);
    assertThat(p.upliftCause(0)).isNull();
    p.attack(100, "a");
    p.attack(200, "b");
    assertThat(p.upliftCause(99)).isNull();
    assertThat(p.upliftCause(150)).isEqualTo("a");
    assertThat(p.upliftCause(200)).isEqualTo("b");
    assertThat(p.snapshot(99, ThreatLevel.SEVERE, ThreatLevel.SEVERE, Minutes.NONE).cause()).isNull();
  }

  @Test
  void postureRisesWithTheLevelAndWithAnAttackThatAddsUpliftOnly() {
    Posture none = posture(0);
    assertThat(none.raisedAt()).isEqualTo(Posture.STANDING);
    none.attack(5 * DAY, "a");
    assertThat(none.raisedAt()).as("an attack without uplift raises nothing").isEqualTo(Posture.STANDING);
    none.levelChanged(ThreatLevel.SEVERE, ThreatLevel.SUBSTANTIAL, 6 * DAY);
    assertThat(none.raisedAt()).as("a fall raises nothing").isEqualTo(Posture.STANDING);
    none.levelChanged(ThreatLevel.SEVERE, ThreatLevel.SEVERE, 6 * DAY);
    assertThat(none.raisedAt()).isEqualTo(Posture.STANDING);
    none.levelChanged(ThreatLevel.SEVERE, ThreatLevel.CRITICAL, 7 * DAY);
    assertThat(none.raisedAt()).isEqualTo(7 * DAY);
    Posture some = posture(0.1);
    some.attack(3 * DAY, "b");
    assertThat(some.raisedAt()).isEqualTo(3 * DAY);
  }

  @Test
  void eventsScaleTheRiseByTheirTypesFactor() {
    Posture p = posture(0);
    // a protest (factor 0.5) at multiplier 1.6: 1 + 0.6 × 0.5 = 1.3; a sports event (no factor, 1): 1.6
    assertThat(p.eventFactor(EventType.PROTEST, 1.6)).isCloseTo(1.3, within(1e-12));
    assertThat(p.eventFactor(EventType.SPORT, 1.6)).isEqualTo(1.6);
    assertThat(p.eventFactor(EventType.PROTEST, 0.8)).isCloseTo(0.9, within(1e-12));
  }

  @Test
  void armedCtsfoAndSearchRowsAreArmed() {
    assertThat(Posture.armed(new StaffingRow(Role.ARMED, 1, null))).isTrue();
    assertThat(Posture.armed(new StaffingRow(Role.CTSFO, 1, null))).isTrue();
    for (Accreditation a : new Accreditation[] {Accreditation.AFO, Accreditation.ARV, Accreditation.CTSFO,
        Accreditation.SEARCH}) {
      assertThat(Posture.armed(new StaffingRow(Role.NEIGHBOURHOOD, 1, a))).as("%s", a).isTrue();
    }
    assertThat(Posture.armed(new StaffingRow(Role.PUBLIC_ORDER, 1, null))).isFalse();
  }

  @Test
  void guardsAndPatrolsAboveTheReferenceAndTheAttacksShareOfThem() {
    Posture p = posture(0.5);
    ThreatSnapshot severe = p.snapshot(0, ThreatLevel.SEVERE, ThreatLevel.SEVERE, Minutes.NONE);
    // SEVERE asks 16 guards and 30 patrols; SUBSTANTIAL's 10 and 20 are ordinary duty: 6 and 10 extra, none the attack's
    assertThat(p.extraGuards(severe)).isEqualTo(6);
    assertThat(p.extraPatrols(severe)).isEqualTo(10);
    assertThat(p.attackGuards(severe, 6)).isZero();
    assertThat(p.attackPatrols(severe, 10)).isZero();
    p.attack(0, "a");
    ThreatSnapshot after = p.snapshot(0, ThreatLevel.SEVERE, ThreatLevel.SEVERE, Minutes.NONE);
    // × 1.5: 24 guards (14 extra, 8 of them the attack's); 45 patrols (25 extra, 15 the attack's)
    assertThat(p.extraGuards(after)).isEqualTo(14);
    assertThat(p.extraPatrols(after)).isEqualTo(25);
    assertThat(p.attackGuards(after, 14)).isEqualTo(8);
    assertThat(p.attackPatrols(after, 25)).isEqualTo(15);
    // at CRITICAL, 61 × 1.5 = 91.5 rounds to 92: 72 extra patrols
    assertThat(p.extraPatrols(p.snapshot(0, ThreatLevel.CRITICAL, ThreatLevel.CRITICAL, 0))).isEqualTo(72);
    ThreatSnapshot low = p.snapshot(0, ThreatLevel.LOW, ThreatLevel.LOW, Minutes.NONE);
    assertThat(p.extraGuards(low)).as("never below zero").isZero();
    assertThat(p.extraPatrols(low)).isZero();
    assertThat(Posture.attackShare(4, 30, 35)).as("below the reference every extra officer is the attack's")
        .isEqualTo(4);
  }
}
