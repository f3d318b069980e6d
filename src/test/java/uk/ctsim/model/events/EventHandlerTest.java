package uk.ctsim.model.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.ThreatLevel;

/** Handlers plug in: one handler made of several gives every event to each, in the order they are listed. */
class EventHandlerTest {
  @Test
  void allGivesEachEventToEveryHandlerInOrder() {
    List<String> seen = new ArrayList<>();
    EventHandler first = e -> seen.add("first " + e.minute());
    EventHandler second = e -> seen.add("second " + e.minute());
    List<EventHandler> handlers = new ArrayList<>(List.of(first, second));
    EventHandler all = EventHandler.all(handlers);
    handlers.clear();
    all.accept(new SimEvent.ThreatLevelChanged(5, ThreatLevel.SEVERE, ThreatLevel.CRITICAL, ThreatChangeCause.TIMELINE));
    all.accept(new SimEvent.ThreatLevelChanged(9, ThreatLevel.CRITICAL, ThreatLevel.SEVERE, ThreatChangeCause.TIMELINE));
    assertThat(seen).as("a copy of the list is kept").containsExactly("first 5", "second 5", "first 9", "second 9");
  }
}
