package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actions that schedule further actions for their own minute run in turn, however long the chain (MASON runs the
 * second just after the minute, and the third asked for the minute itself, which MASON refused before the fix).
 */
class SameMinuteChainTest {
  private static CtsimModel started() {
    CtsimModel model = new CtsimModel(TestScenario.builder().officers(uk.ctsim.scenario.Role.RESPONSE, 1).build(), 1,
        e -> { });
    model.start();
    return model;
  }

  @Test
  void aChainOfActionsInOneMinuteRunsInOrder() {
    CtsimModel model = started();
    List<String> ran = new ArrayList<>();
    long minute = 2 * 1440 + 793;
    model.at(minute, 2, () -> {
      ran.add("first");
      model.at(minute, 2, () -> {
        ran.add("second");
        model.at(minute, 6, () -> {
          ran.add("third");
          model.at(minute, 0, () -> ran.add("fourth"));
        });
      });
    });
    model.at(minute + 1, 0, () -> ran.add("next minute"));
    while (model.schedule.step(model) && ran.size() < 5) {
      // step until the five have run
    }
    assertThat(ran).containsExactly("first", "second", "third", "fourth", "next minute");
  }

  @Test
  void aMinuteTrulyInThePastIsStillRefused() {
    CtsimModel model = started();
    long minute = 2 * 1440 + 793;
    model.at(minute, 2, () -> model.at(minute - 1, 2, () -> { }));
    assertThatThrownBy(() -> {
      while (model.schedule.step(model)) {
        if (model.schedule.getTime() > minute + 1) break;
      }
    }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("less than the current time");
  }
}
