package uk.ctsim.model;

import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;

/**
 * The national threat level over time. The base level comes from the scenario (fixed or timeline); in dynamic mode
 * an attack may raise it to CRITICAL until a given minute. It tells the {@link Posture} of every rise and attack, and
 * hands out {@link ThreatSnapshot}s: the level and the posture at a minute.
 */
final class ThreatState {
  private final Posture posture;
  private ThreatLevel base;
  private long criticalUntil = Minutes.NONE;
  private long criticalSince = Minutes.NONE;

  ThreatState(ThreatSpec spec, Posture posture, SimCalendar clock) {
    this.posture = posture;
    this.base = spec.level();
    if (spec.mode() == ThreatSpec.Mode.TIMELINE) {
      for (ThreatSpec.Change c : spec.timeline()) if (clock.minuteOf(c.at()) <= 0) base = c.level();
    }
    if (base == ThreatLevel.CRITICAL) criticalSince = 0;
  }

  ThreatLevel level(long minute) {
    return minute < criticalUntil ? ThreatLevel.CRITICAL : base;
  }

  /** The level and the posture at a minute. */
  ThreatSnapshot snapshot(long minute) {
    return posture.snapshot(minute, level(minute), criticalSince);
  }

  /** Sets the base level (timeline change); returns the previous effective level. */
  ThreatLevel setBase(ThreatLevel level, long minute) {
    ThreatLevel before = level(minute);
    base = level;
    noteLevel(before, level(minute), minute);
    return before;
  }

  /** Raises the level to CRITICAL until {@code until} (dynamic mode). */
  ThreatLevel raiseToCritical(long minute, long until) {
    ThreatLevel before = level(minute);
    criticalUntil = Math.max(criticalUntil, until);
    noteLevel(before, ThreatLevel.CRITICAL, minute);
    return before;
  }

  private void noteLevel(ThreatLevel before, ThreatLevel after, long minute) {
    if (after == ThreatLevel.CRITICAL && before != ThreatLevel.CRITICAL) criticalSince = minute;
    if (after != ThreatLevel.CRITICAL) criticalSince = Minutes.NONE;
    posture.levelChanged(before, after, minute);
  }

  /** An attack happened: posture takes its uplift. */
  void attack(long minute, String incidentId) {
    posture.attack(minute, incidentId);
  }

  /** When the current CRITICAL period began, or {@link Minutes#NONE}. */
  long criticalSince() {
    return criticalSince;
  }

  /** When the raised CRITICAL period ends, or {@link Minutes#NONE} if none was raised. */
  long criticalUntil() {
    return criticalUntil;
  }

  Posture posture() {
    return posture;
  }
}
