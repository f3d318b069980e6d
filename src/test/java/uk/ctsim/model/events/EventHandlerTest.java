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

  @Test
  void aHandlerIsGivenOnlyTheTypesItReadsAndTheOrderHoldsAcrossTypes() {
    List<String> seen = new ArrayList<>();
    EventHandler everything = e -> seen.add("all " + e.minute());
    EventHandler levelsOnly = new EventHandler() {
      @Override
      public void accept(SimEvent e) {
        seen.add("levels " + e.minute());
      }

      @Override
      public boolean reads(Class<? extends SimEvent> type) {
        return type == SimEvent.ThreatLevelChanged.class;
      }
    };
    EventHandler all = EventHandler.all(List.of(levelsOnly, everything));
    all.accept(new SimEvent.ThreatLevelChanged(1, ThreatLevel.SEVERE, ThreatLevel.CRITICAL, ThreatChangeCause.TIMELINE));
    all.accept(new SimEvent.PlotArrived(2, 7, 100));
    all.accept(new SimEvent.PlotArrived(3, 8, 100));
    all.accept(new SimEvent.ThreatLevelChanged(4, ThreatLevel.CRITICAL, ThreatLevel.SEVERE, ThreatChangeCause.TIMELINE));
    all.accept(new SimEvent.PlotArrived(5, 9, 100));
    assertThat(seen).containsExactly("levels 1", "all 1", "all 2", "all 3", "levels 4", "all 4", "all 5");
    assertThat(everything.reads(SimEvent.PlotArrived.class)).as("every type by default").isTrue();
  }
}
