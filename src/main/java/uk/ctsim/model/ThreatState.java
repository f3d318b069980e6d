package uk.ctsim.model;

import java.util.ArrayList;
import java.util.List;
import uk.ctsim.scenario.PostureSpec;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;

/**
 * The threat level and the protective posture over time. The base level comes from the scenario (fixed or
 * timeline); in dynamic mode an attack may raise it to CRITICAL until a given minute. Posture is the level's
 * multiplier times one plus the decaying uplift of past attacks.
 */
final class ThreatState {
  private final ThreatSpec spec;
  private final PostureSpec posture;
  private final SimClock clock;
  private final List<Long> attackMinutes = new ArrayList<>();
  private final List<String> attackIds = new ArrayList<>();
  private ThreatLevel base;
  private long criticalUntil = -1;
  private long criticalSince = -1;
  private long postureRaisedAt;

  ThreatState(ThreatSpec spec, PostureSpec posture, SimClock clock) {
    this.spec = spec;
    this.posture = posture;
    this.clock = clock;
    this.base = spec.level();
    this.postureRaisedAt = Long.MIN_VALUE / 4;
    if (spec.mode() == ThreatSpec.Mode.TIMELINE) {
      for (ThreatSpec.Change c : spec.timeline()) if (clock.minuteOf(c.at()) <= 0) base = c.level();
    }
    if (base == ThreatLevel.CRITICAL) criticalSince = 0;
  }

  ThreatLevel level(long minute) {
    return minute < criticalUntil ? ThreatLevel.CRITICAL : base;
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
    if (after != ThreatLevel.CRITICAL) criticalSince = -1;
    if (after.compareTo(before) > 0) postureRaisedAt = minute;
  }

  void attack(long minute, String incidentId) {
    attackMinutes.add(minute);
    attackIds.add(incidentId);
    if (posture.attackUplift() > 0) postureRaisedAt = minute;
  }

  long criticalSince() {
    return criticalSince;
  }

  long criticalUntil() {
    return criticalUntil;
  }

  /** Minute posture last rose; demands caused by the rise get notice counted from then. */
  long postureRaisedAt() {
    return postureRaisedAt;
  }

  ThreatSpec spec() {
    return spec;
  }

  /** The attack uplift at a minute: sum of decayed uplifts of attacks before it, capped. */
  double uplift(long minute) {
    double sum = 0;
    double halfLife = posture.attackUpliftHalfLifeDays() * SimClock.MINUTES_PER_DAY;
    for (long a : attackMinutes) if (a <= minute) sum += posture.attackUplift() * Math.pow(2, -(minute - a) / halfLife);
    return Math.min(sum, posture.maxAttackUplift());
  }

  /**
   * The attack that posture above the level's own is attributed to at a minute: the attack whose decayed uplift is
   * the largest then (every attack adds the same uplift, so the latest attack before the minute); null before any.
   */
  String upliftCause(long minute) {
    String cause = null;
    for (int i = 0; i < attackMinutes.size(); i++) if (attackMinutes.get(i) <= minute) cause = attackIds.get(i);
    return cause;
  }

  /** Posture multiplier for unarmed (false) or armed (true) staffing, relative to the reference level. */
  double multiplier(long minute, boolean armed, ThreatLevel reference) {
    var table = armed ? posture.armedMultiplier() : posture.levelMultiplier();
    double ref = table.get(reference);
    double ratio = ref > 0 ? table.get(level(minute)) / ref : table.get(level(minute));
    return ratio * (1 + uplift(minute));
  }

  SimClock clock() {
    return clock;
  }
}
