package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ctsim.model.TestScenario.day;
import static uk.ctsim.model.TestScenario.only;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.FatigueSpec;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Role;

/**
 * Fatigue: one armed officer on a Monday-to-Friday 08:00 roster (40 hours a week) from Monday 5 June 2017; a week
 * over 48 hours may cost a rostered day of the next week to sickness.
 */
class FatigueTest {
  private final List<SimEvent> events = new ArrayList<>();
  private final TestScenario.Parts parts =
      TestScenario.builder().roster(Role.ARMED, "DDDDDRR").officers(Role.ARMED, 1).parts(1, e -> { });
  private final Officer officer = parts.workforce.pool(ForceId.MET, Role.ARMED).officers.get(0);

  private Fatigue fatigue(double probability) {
    return new Fatigue(new FatigueSpec(true, 48.0, probability), 7, parts.workforce, parts.clock, events::add);
  }

  @Test
  void aWeekOverTheLimitCostsTheFirstFreeRosteredDayOfTheNextWeek() {
    Fatigue f = fatigue(1.0);
    officer.commit(day(7) + 8 * 60, day(7) + 16 * 60);   // busy on Monday of week 1: Tuesday is lost instead
    officer.addExtraMinutes(0, 9 * 60);                // 40 + 9 = 49 hours in week 0
    f.worked(officer, 5);
    f.worked(officer, 6);                                 // judged once a week
    assertThat(only(events, SimEvent.FatigueSickness.class)).singleElement().satisfies(s -> {
      assertThat(s.minute()).isEqualTo(day(8) + 8 * 60);
      assertThat(s.minutes()).isEqualTo(480);
    });
    assertThat(officer.sick(8)).isTrue();
    assertThat(parts.workforce.pool(ForceId.MET, Role.ARMED).onDuty[8]).isZero();
    assertThat(parts.workforce.pool(ForceId.MET, Role.ARMED).onDuty[9]).isEqualTo(1);
  }

  @Test
  void aWeekAtTheLimitOrALuckyDrawCostsNothing() {
    officer.addExtraMinutes(0, 8 * 60);                // exactly 48 hours
    fatigue(1.0).worked(officer, 5);
    officer.addExtraMinutes(1, 20 * 60);
    fatigue(0.0).worked(officer, 12);
    assertThat(events).isEmpty();
    assertThat(officer.sick(7)).isFalse();
  }

  @Test
  void drawsAreTheOfficersOwnAndUniform() {
    Fatigue f = fatigue(0.5);
    assertThat(f.draw(3, 4)).isEqualTo(fatigue(0.5).draw(3, 4)).isNotEqualTo(f.draw(3, 5));
    double sum = 0;
    int below = 0;
    for (int i = 0; i < 20_000; i++) {
      double u = f.draw(i, 1);
      assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
      sum += u;
      if (u < 0.15) below++;
    }
    assertThat(sum / 20_000).isBetween(0.49, 0.51);
    assertThat(below / 20_000.0).isBetween(0.14, 0.16);
  }

  @Test
  void thePolicyIsChecked() {
    assertThat(FatigueSpec.defaults().enabled()).isFalse();
    assertThat(FatigueSpec.defaults().weeklyHours()).isEqualTo(48.0);
    assertThatThrownBy(() -> new FatigueSpec(true, null, 1.5)).hasMessageContaining("sickDayProbability");
  }
}
