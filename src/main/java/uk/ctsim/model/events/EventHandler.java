package uk.ctsim.model.events;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Whether this handler does anything with events of {@code type}: {@link #all} gives a handler only the types it
   * reads, so an event goes to the handlers that want it instead of to every handler to test and drop. A handler that
   * says it does not read a type must ignore that type's events. Every type by default.
   */
  default boolean reads(Class<? extends SimEvent> type) {
    return true;
  }

  /**
   * One handler that gives each event to every one of {@code handlers} that {@link #reads} its type, in the order
   * listed. The handlers of a type are found once, when its first event comes, and kept for the last type seen too:
   * a simulation records runs of one type (a shift's deployments), so most events cost one comparison to route. Like
   * a simulation, it is used from one thread at a time.
   */
  static EventHandler all(List<? extends EventHandler> handlers) {
    EventHandler[] each = handlers.toArray(new EventHandler[0]);
    return new EventHandler() {
      private final Map<Class<? extends SimEvent>, EventHandler[]> byType = new IdentityHashMap<>();
      private Class<? extends SimEvent> lastType;
      private EventHandler[] lastHandlers;

      @Override
      public void accept(SimEvent event) {
        Class<? extends SimEvent> type = event.getClass();
        if (type != lastType) {
          lastHandlers = byType.computeIfAbsent(type, t -> readers(each, t));
          lastType = type;
        }
        for (EventHandler h : lastHandlers) h.accept(event);
      }
    };
  }

  /** The handlers, in order, that read events of {@code type}. */
  private static EventHandler[] readers(EventHandler[] handlers, Class<? extends SimEvent> type) {
    List<EventHandler> out = new ArrayList<>(handlers.length);
    for (EventHandler h : handlers) if (h.reads(type)) out.add(h);
    return out.toArray(new EventHandler[0]);
  }
}
