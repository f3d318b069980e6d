package uk.ctsim.model.events;

import java.util.List;
import java.util.function.Consumer;

/**
 * A handler of the events a simulation records, in the order it records them (MATSim's habit): the cost accountant,
 * the statistics collectors and any writer plug in as handlers. A handler only reads events; it never makes one up
 * or feeds one to another handler, and the model never asks a handler anything back.
 */
@FunctionalInterface
public interface EventHandler extends Consumer<SimEvent> {
  /** Handles one recorded event. */
  @Override
  void accept(SimEvent event);

  /** One handler that gives each event to every one of {@code handlers}, in the order listed. */
  static EventHandler all(List<? extends EventHandler> handlers) {
    EventHandler[] each = handlers.toArray(new EventHandler[0]);
    return event -> {
      for (EventHandler h : each) h.accept(event);
    };
  }
}
