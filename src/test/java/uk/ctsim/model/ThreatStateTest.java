package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.model.TestScenario.day;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.scenario.PostureSpec;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;

/** The threat state on its own: base level, CRITICAL periods, when CRITICAL began, and the posture it tells. */
class ThreatStateTest {
  private static final LocalDate START = TestScenario.START;
  private static final SimCalendar CALENDAR = new SimCalendar(START, 30);

  private static Posture posture() {
    Map<ThreatLevel, Double> one = TestScenario.constant(1.0);
    Map<ThreatLevel, Integer> none = TestScenario.constant(0);
    return new Posture(new PostureSpec(one, one, null, 0.2, 10.0, 1.0, none, none, null, null, null));
  }

  private static ThreatState fixed(ThreatLevel level) {
    return new ThreatState(new ThreatSpec(ThreatSpec.Mode.FIXED, level, null, null, null), posture(), CALENDAR);
  }

  @Test
  void aTimelineStartsAtTheLastChangeOnOrBeforeTheFirstDay() {
    ThreatSpec spec = new ThreatSpec(ThreatSpec.Mode.TIMELINE, ThreatLevel.SEVERE, List.of(
        new ThreatSpec.Change(START.minusDays(9), ThreatLevel.SUBSTANTIAL),
        new ThreatSpec.Change(START, ThreatLevel.CRITICAL),
        new ThreatSpec.Change(START.plusDays(1), ThreatLevel.MODERATE)), null, null);
    ThreatState t = new ThreatState(spec, posture(), CALENDAR);
    assertThat(t.level(0)).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(t.criticalSince()).as("CRITICAL from the start").isZero();
    assertThat(t.level(day(5))).as("later changes wait for the model to apply them").isEqualTo(ThreatLevel.CRITICAL);
  }

  @Test
  void belowCriticalThereIsNoCriticalPeriod() {
    ThreatState t = fixed(ThreatLevel.SEVERE);
    assertThat(t.criticalSince()).isEqualTo(Minutes.NONE);
    assertThat(t.criticalUntil()).isEqualTo(Minutes.NONE);
    assertThat(t.level(0)).isEqualTo(ThreatLevel.SEVERE);
  }

  @Test
  void aRaisedCriticalPeriodLastsUntilTheLatestEndAsked() {
    ThreatState t = fixed(ThreatLevel.SEVERE);
    assertThat(t.raiseToCritical(day(2), day(6))).isEqualTo(ThreatLevel.SEVERE);
    assertThat(t.criticalSince()).isEqualTo(day(2));
    assertThat(t.raiseToCritical(day(3), day(5))).as("already CRITICAL").isEqualTo(ThreatLevel.CRITICAL);
    assertThat(t.criticalSince()).as("the period began on day 2, not day 3").isEqualTo(day(2));
    assertThat(t.criticalUntil()).as("the later end is kept").isEqualTo(day(6));
    assertThat(t.level(day(6) - 1)).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(t.level(day(6))).isEqualTo(ThreatLevel.SEVERE);
    assertThat(t.posture().raisedAt()).isEqualTo(day(2));
  }

  @Test
  void settingTheBaseLevelReturnsTheLevelBeforeAndMovesPostureOnlyUp() {
    ThreatState t = fixed(ThreatLevel.SEVERE);
    assertThat(t.setBase(ThreatLevel.SUBSTANTIAL, day(1))).isEqualTo(ThreatLevel.SEVERE);
    assertThat(t.posture().raisedAt()).isEqualTo(Posture.STANDING);
    assertThat(t.setBase(ThreatLevel.CRITICAL, day(4))).isEqualTo(ThreatLevel.SUBSTANTIAL);
    assertThat(t.criticalSince()).isEqualTo(day(4));
    assertThat(t.posture().raisedAt()).isEqualTo(day(4));
    assertThat(t.setBase(ThreatLevel.SEVERE, day(8))).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(t.criticalSince()).isEqualTo(Minutes.NONE);
  }

  @Test
  void theSnapshotCarriesTheLevelWhenCriticalBeganAndThePostureOfTheAttacks() {
    ThreatState t = fixed(ThreatLevel.SEVERE);
    t.attack(day(1), "a1");
    t.raiseToCritical(day(1), day(3));
    ThreatSnapshot s = t.snapshot(day(2));
    assertThat(s.minute()).isEqualTo(day(2));
    assertThat(s.level()).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(s.criticalSince()).isEqualTo(day(1));
    assertThat(s.cause()).isEqualTo("a1");
    // one day after an uplift of 0.2 with a 10-day half-life: 0.2 × 2^-0.1
    assertThat(s.uplift()).isEqualTo(0.2 * Math.pow(2, -0.1));
    assertThat(s.postureMultiplier()).isEqualTo(1 + 0.2 * Math.pow(2, -0.1));
    assertThat(t.snapshot(day(3)).level()).isEqualTo(ThreatLevel.SEVERE);
  }
}
