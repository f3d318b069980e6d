package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.model.TestScenario.day;
import static uk.ctsim.model.TestScenario.only;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.ThreatChangeCause;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.PhaseSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;

/** Threat-level changes: from a dated timeline, and from the dynamic process in which an attack may bring CRITICAL. */
class ThreatChangesSpec {
  private static ThreatSpec.Change change(int day, ThreatLevel level) {
    return new ThreatSpec.Change(TestScenario.START.plusDays(day), level);
  }

  private static List<ThreatLevel> dailyLevels(List<SimEvent> events) {
    return only(events, SimEvent.DayStarted.class).stream().map(SimEvent.DayStarted::level).toList();
  }

  @Test
  void aTimelineChangesTheLevelAtMidnightOfEachDate() {
    ThreatSpec timeline = new ThreatSpec(ThreatSpec.Mode.TIMELINE, ThreatLevel.SUBSTANTIAL,
        List.of(change(0, ThreatLevel.SEVERE), change(2, ThreatLevel.CRITICAL), change(4, ThreatLevel.CRITICAL),
            change(5, ThreatLevel.SEVERE)), null, null);
    List<SimEvent> events = TestScenario.builder().period(TestScenario.START, 7).threat(timeline).run(1);
    // A change on the first day sets the starting level without an event; a change to the same level is no change.
    assertThat(only(events, SimEvent.ThreatLevelChanged.class)).containsExactly(
        new SimEvent.ThreatLevelChanged(day(2), ThreatLevel.SEVERE, ThreatLevel.CRITICAL, ThreatChangeCause.TIMELINE),
        new SimEvent.ThreatLevelChanged(day(5), ThreatLevel.CRITICAL, ThreatLevel.SEVERE, ThreatChangeCause.TIMELINE));
    assertThat(dailyLevels(events)).containsExactly(ThreatLevel.SEVERE, ThreatLevel.SEVERE, ThreatLevel.CRITICAL,
        ThreatLevel.CRITICAL, ThreatLevel.CRITICAL, ThreatLevel.SEVERE, ThreatLevel.SEVERE);
  }

  @Test
  void aTimelineThatStartsBeforeThePeriodAppliesItsLastEarlierChange() {
    ThreatSpec timeline = new ThreatSpec(ThreatSpec.Mode.TIMELINE, ThreatLevel.LOW,
        List.of(change(-10, ThreatLevel.SEVERE), change(-3, ThreatLevel.CRITICAL), change(2, ThreatLevel.SEVERE)),
        null, null);
    TestScenario b = TestScenario.builder().period(TestScenario.START, 4).threat(timeline);
    ThreatState t = b.parts(1, e -> {}).threat();
    assertThat(t.level(0)).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(t.criticalSince()).isZero();
    assertThat(dailyLevels(b.run(1))).containsExactly(ThreatLevel.CRITICAL, ThreatLevel.CRITICAL, ThreatLevel.SEVERE,
        ThreatLevel.SEVERE);
  }

  @Test
  void settingTheBaseLevelTracksWhenCriticalBeganAndWhenPostureRose() {
    ThreatState t = TestScenario.builder().fixed(ThreatLevel.SEVERE).parts(1, e -> {}).threat();
    assertThat(t.criticalSince()).isEqualTo(Minutes.NONE);
    assertThat(t.setBase(ThreatLevel.CRITICAL, day(2))).isEqualTo(ThreatLevel.SEVERE);
    assertThat(t.criticalSince()).isEqualTo(day(2));
    assertThat(t.posture().raisedAt()).isEqualTo(day(2));
    assertThat(t.setBase(ThreatLevel.SEVERE, day(4))).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(t.criticalSince()).isEqualTo(Minutes.NONE);
    assertThat(t.posture().raisedAt()).isEqualTo(day(2));
    assertThat(t.setBase(ThreatLevel.SUBSTANTIAL, day(5))).isEqualTo(ThreatLevel.SEVERE);
    assertThat(t.level(day(5))).isEqualTo(ThreatLevel.SUBSTANTIAL);
  }

  @Test
  void raisingToCriticalLastsUntilTheGivenMinuteAndExtendsButNeverShortens() {
    ThreatState t = TestScenario.builder().fixed(ThreatLevel.SEVERE).parts(1, e -> {}).threat();
    assertThat(t.raiseToCritical(day(1), day(3))).isEqualTo(ThreatLevel.SEVERE);
    assertThat(t.criticalSince()).isEqualTo(day(1));
    assertThat(t.posture().raisedAt()).isEqualTo(day(1));
    assertThat(t.level(day(3) - 1)).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(t.level(day(3))).isEqualTo(ThreatLevel.SEVERE);
    assertThat(t.raiseToCritical(day(2), day(5))).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(t.criticalSince()).isEqualTo(day(1));
    assertThat(t.criticalUntil()).isEqualTo(day(5));
    t.raiseToCritical(day(2), day(4));
    assertThat(t.criticalUntil()).isEqualTo(day(5));
    assertThat(t.level(day(5))).as("the base level returns").isEqualTo(ThreatLevel.SEVERE);
  }

  private static TestScenario dynamic(double probability, AttackType type, int... attackDays) {
    TestScenario b = TestScenario.builder().officers(Role.ARMED, 20).threat(new ThreatSpec(ThreatSpec.Mode.DYNAMIC,
        ThreatLevel.SEVERE, null, probability, 4));
    b.incidentType(AttackType.HOAX, new IncidentTypeSpec(null, null, null,
        List.of(TestScenario.phase(PhaseSpec.Kind.IMMEDIATE, 0, 0.1, 2, true, 0, new StaffingRow(Role.ARMED, 1, null))),
        null));
    for (int d : attackDays) {
      b.incidentAt("a" + d, type, LocalDateTime.of(TestScenario.START.plusDays(d), java.time.LocalTime.NOON));
    }
    return b;
  }

  @Test
  void inDynamicModeAnAttackBringsCriticalForItsDaysThenTheBaseLevelReturns() {
    List<SimEvent> events = dynamic(1.0, AttackType.VEHICLE_KNIFE, 5).run(1);
    long attack = day(5) + 720;
    assertThat(only(events, SimEvent.ThreatLevelChanged.class)).containsExactly(
        new SimEvent.ThreatLevelChanged(attack, ThreatLevel.SEVERE, ThreatLevel.CRITICAL, ThreatChangeCause.attack("a5")),
        new SimEvent.ThreatLevelChanged(attack + day(4), ThreatLevel.CRITICAL, ThreatLevel.SEVERE,
            ThreatChangeCause.CRITICAL_PERIOD_ENDED));
    List<ThreatLevel> levels = dailyLevels(events);
    assertThat(levels.subList(5, 11)).containsExactly(ThreatLevel.SEVERE, ThreatLevel.CRITICAL, ThreatLevel.CRITICAL,
        ThreatLevel.CRITICAL, ThreatLevel.CRITICAL, ThreatLevel.SEVERE);
  }

  @Test
  void aSecondAttackInsideTheCriticalPeriodExtendsItWithOneEndOnly() {
    List<SimEvent> events = dynamic(1.0, AttackType.VEHICLE_KNIFE, 5, 7).run(1);
    assertThat(only(events, SimEvent.ThreatLevelChanged.class)).extracting(SimEvent.ThreatLevelChanged::minute)
        .containsExactly(day(5) + 720, day(11) + 720);
  }

  @Test
  void withProbabilityZeroOrAfterAHoaxTheLevelStays() {
    assertThat(only(dynamic(0.0, AttackType.VEHICLE_KNIFE, 5).run(1), SimEvent.ThreatLevelChanged.class)).isEmpty();
    assertThat(only(dynamic(1.0, AttackType.HOAX, 5).run(1), SimEvent.ThreatLevelChanged.class)).isEmpty();
  }

  @Test
  void aFixedLevelIgnoresAttacks() {
    TestScenario b = TestScenario.builder().officers(Role.ARMED, 20).fixed(ThreatLevel.SEVERE)
        .incidentAt("x", AttackType.VEHICLE_KNIFE, LocalDateTime.of(TestScenario.START.plusDays(3), java.time.LocalTime.NOON));
    List<SimEvent> events = b.run(1);
    assertThat(only(events, SimEvent.ThreatLevelChanged.class)).isEmpty();
    assertThat(dailyLevels(events)).containsOnly(ThreatLevel.SEVERE);
  }
}
