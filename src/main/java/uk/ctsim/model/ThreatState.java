package uk.ctsim.model;

import java.util.List;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.scenario.PosturePeriod;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;

/**
 * The national threat level over time, and the posture level beside it. The base level comes from the scenario
 * (fixed or timeline); in dynamic mode an attack may raise it to CRITICAL until a given minute. The posture level is
 * the threat level, or higher inside a dated posture period of a timeline scenario ({@code posture.periods}: in May
 * 2017 the CRITICAL posture outlived the level by almost three days). It tells the {@link Posture} of every rise of
 * the posture level and of every attack, and hands out {@link ThreatSnapshot}s: the levels and the posture at a
 * minute.
 */
final class ThreatState {
  private final Posture posture;
  private ThreatLevel base;
  private long criticalUntil = Minutes.NONE;
  /** When the current CRITICAL posture began. */
  private long criticalSince = Minutes.NONE;
  /** Dated posture periods, in order: their starts, ends (exclusive) and levels. */
  private final long[] periodFrom;
  private final long[] periodUntil;
  private final ThreatLevel[] periodLevel;
  /** The posture level as last noted (by a change of level or a period boundary). */
  private ThreatLevel noted;

  ThreatState(ThreatSpec spec, Posture posture, SimCalendar clock) {
    this(spec, posture, clock, List.of());
  }

  /**
   * @param periods dated posture periods; they apply only to a TIMELINE threat (a fixed or dynamic level, as in
   *     threat-level comparisons and the counterfactual, has posture follow the level)
   */
  ThreatState(ThreatSpec spec, Posture posture, SimCalendar clock, List<PosturePeriod> periods) {
    this.posture = posture;
    this.base = spec.level();
    if (spec.mode() == ThreatSpec.Mode.TIMELINE) {
      for (ThreatSpec.Change c : spec.timeline()) if (clock.minuteOf(c.at()) <= 0) base = c.level();
    }
    List<PosturePeriod> dated = spec.mode() == ThreatSpec.Mode.TIMELINE ? periods : List.of();
    periodFrom = new long[dated.size()];
    periodUntil = new long[dated.size()];
    periodLevel = new ThreatLevel[dated.size()];
    for (int i = 0; i < dated.size(); i++) {
      periodFrom[i] = clock.minuteOf(dated.get(i).from());
      periodUntil[i] = clock.minuteOf(dated.get(i).until());
      periodLevel[i] = dated.get(i).level();
    }
    noted = postureLevel(0);
    if (noted == ThreatLevel.CRITICAL) criticalSince = 0;
  }

  ThreatLevel level(long minute) {
    return minute < criticalUntil ? ThreatLevel.CRITICAL : base;
  }

  /** The posture level at a minute: the threat level, or a dated posture period's level where that is higher. */
  ThreatLevel postureLevel(long minute) {
    ThreatLevel level = level(minute);
    for (int i = 0; i < periodFrom.length; i++) {
      if (minute >= periodFrom[i] && minute < periodUntil[i] && periodLevel[i].compareTo(level) > 0) {
        level = periodLevel[i];
      }
    }
    return level;
  }

  /**
   * The posture level a shift starting at {@code at} is booked at, as known at {@code now}: the level now, except
   * that a dated period in force now that ends by {@code at} no longer holds it (its end was announced). Rises are
   * not foreseen: a period that begins later raises posture when it begins.
   */
  ThreatLevel postureLevelFor(long now, long at) {
    ThreatLevel current = postureLevel(now);
    if (periodFrom.length == 0 || at <= now) return current;
    ThreatLevel later = level(now);
    for (int i = 0; i < periodFrom.length; i++) {
      if (at >= periodFrom[i] && at < periodUntil[i] && periodLevel[i].compareTo(later) > 0) later = periodLevel[i];
    }
    return later.compareTo(current) < 0 ? later : current;
  }

  /** The snapshot at {@code now} for a shift starting at {@code at}: posture at {@link #postureLevelFor}. */
  ThreatSnapshot snapshotFor(long now, long at) {
    ThreatSnapshot s = snapshot(now);
    ThreatLevel level = postureLevelFor(now, at);
    return level == s.postureLevel() ? s : posture.snapshot(now, s.level(), level, s.criticalSince());
  }

  /** Minutes at which a dated posture period begins or ends (the model notes the posture level at each). */
  long[] periodBoundaries() {
    long[] all = new long[2 * periodFrom.length];
    for (int i = 0; i < periodFrom.length; i++) {
      all[2 * i] = periodFrom[i];
      all[2 * i + 1] = periodUntil[i];
    }
    return all;
  }

  /** The levels and the posture at a minute. */
  ThreatSnapshot snapshot(long minute) {
    return posture.snapshot(minute, level(minute), postureLevel(minute), criticalSince);
  }

  /** Sets the base level (timeline change); returns the previous effective level. */
  ThreatLevel setBase(ThreatLevel level, long minute) {
    ThreatLevel before = level(minute);
    base = level;
    notePosture(minute);
    return before;
  }

  /** Raises the level to CRITICAL until {@code until} (dynamic mode). */
  ThreatLevel raiseToCritical(long minute, long until) {
    ThreatLevel before = level(minute);
    criticalUntil = Math.max(criticalUntil, until);
    notePosture(minute);
    return before;
  }

  /**
   * Notes the posture level at a minute (after a change of level, or at a period boundary) and returns whether it
   * rose: the posture is told, and when CRITICAL posture began is kept for the military's lead time.
   */
  boolean notePosture(long minute) {
    ThreatLevel before = noted;
    ThreatLevel after = postureLevel(minute);
    noted = after;
    if (after == ThreatLevel.CRITICAL && before != ThreatLevel.CRITICAL) criticalSince = minute;
    if (after != ThreatLevel.CRITICAL) criticalSince = Minutes.NONE;
    posture.levelChanged(before, after, minute);
    return after.compareTo(before) > 0;
  }

  /** An attack happened: posture takes its uplift. */
  void attack(long minute, String incidentId) {
    posture.attack(minute, incidentId);
  }

  /** The posture level as last noted. */
  ThreatLevel notedPostureLevel() {
    return noted;
  }

  /** When the current CRITICAL posture began, or {@link Minutes#NONE}. */
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
