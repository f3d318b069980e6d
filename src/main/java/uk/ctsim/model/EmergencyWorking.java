package uk.ctsim.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.EmergencyWorkingSpec;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.SupplySource;

/**
 * Which forces are under emergency working, and until when. A force starts it when a trigger of the policy fires
 * (CRITICAL, or an incident whose immediate phase asks at least the stated officers), a later trigger only pushes
 * its end back, and it ends at its end minute: each start and end is recorded. While it lasts, the {@link Deployer}
 * staffs the force's demands as emergencies with officers moved onto them from their rosters (one tour a day), by
 * the emergency fill order, and {@link PostureDemands} books static guards in long shifts.
 */
final class EmergencyWorking {
  /** One force's emergency working: when it started, its end as far as known, and what started it. */
  private record Window(long start, long until, String cause) {}

  private final EmergencyWorkingSpec spec;
  private final Consumer<SimEvent> out;
  private final Map<ForceId, Window> open = new TreeMap<>();

  EmergencyWorking(EmergencyWorkingSpec spec, Consumer<SimEvent> out) {
    this.spec = spec;
    this.out = out;
  }

  /** A policy that never starts. */
  static EmergencyWorking off(Consumer<SimEvent> out) {
    return new EmergencyWorking(EmergencyWorkingSpec.defaults(), out);
  }

  EmergencyWorkingSpec spec() {
    return spec;
  }

  /**
   * Starts emergency working in the force at {@code now} until {@code until}, or pushes back the end of the one
   * already running. Returns the minute its end must now be checked at, or {@link Minutes#NONE} when the end did not
   * move (or the policy is off, or the window is empty).
   */
  long start(ForceId force, long now, String cause, long until) {
    if (!spec.enabled() || until <= now) return Minutes.NONE;
    Window w = open.get(force);
    if (w == null) {
      open.put(force, new Window(now, until, cause));
      out.accept(new SimEvent.EmergencyWorkingStarted(now, force, cause, spec.shiftHours(), until));
      return until;
    }
    if (until <= w.until()) return Minutes.NONE;
    open.put(force, new Window(w.start(), until, w.cause()));
    return until;
  }

  /** Ends the force's emergency working if {@code now} is its end (a later trigger may have pushed it back). */
  void endIfDue(ForceId force, long now) {
    Window w = open.get(force);
    if (w == null || w.until() != now) return;
    open.remove(force);
    out.accept(new SimEvent.EmergencyWorkingEnded(now, force, w.cause(), w.start()));
  }

  /** Closes every emergency working still running at the period's end {@code endMinute}, so each start has an end. */
  void closeAll(long endMinute) {
    for (var e : open.entrySet()) {
      out.accept(new SimEvent.EmergencyWorkingEnded(endMinute, e.getKey(), e.getValue().cause(), e.getValue().start()));
    }
    open.clear();
  }

  /** Whether the force is under emergency working at the minute (as known now). */
  boolean active(ForceId force, long minute) {
    if (open.isEmpty()) return false;
    Window w = open.get(force);
    return w != null && minute >= w.start() && minute < w.until();
  }

  /** The sources tried under emergency working. */
  List<SupplySource> fillOrder(List<SupplySource> normal) {
    return spec.fillOrder(normal);
  }

  /** Length of the shifts demands are staffed in under emergency working, in minutes. */
  int shiftMinutes() {
    return spec.shiftHours() * Minutes.PER_HOUR;
  }
}
