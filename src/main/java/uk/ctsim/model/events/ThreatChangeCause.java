package uk.ctsim.model.events;

import java.util.Objects;

/**
 * Why the national threat level changed.
 *
 * @param kind the kind of change
 * @param incidentId for {@link Kind#ATTACK}, the attack that raised the level; null otherwise
 */
public record ThreatChangeCause(Kind kind, String incidentId) {
  /** The kinds of change of level. */
  public enum Kind {
    /** A dated change of the scenario's timeline. */
    TIMELINE,
    /** An attack raised the level to CRITICAL (dynamic mode). */
    ATTACK,
    /** The CRITICAL period after an attack ended and the base level returned. */
    CRITICAL_PERIOD_ENDED
  }

  public static final ThreatChangeCause TIMELINE = new ThreatChangeCause(Kind.TIMELINE, null);
  public static final ThreatChangeCause CRITICAL_PERIOD_ENDED = new ThreatChangeCause(Kind.CRITICAL_PERIOD_ENDED, null);

  public ThreatChangeCause {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.ATTACK) != (incidentId != null)) {
      throw new IllegalArgumentException("an attack names its incident, and only an attack does: " + kind + ", "
          + incidentId);
    }
  }

  /** The attack {@code incidentId} raised the level. */
  public static ThreatChangeCause attack(String incidentId) {
    return new ThreatChangeCause(Kind.ATTACK, Objects.requireNonNull(incidentId, "incidentId"));
  }

  /** In words: {@code timeline}, {@code attack <id>} or {@code critical period ended}. */
  @Override
  public String toString() {
    return switch (kind) {
      case TIMELINE -> "timeline";
      case ATTACK -> "attack " + incidentId;
      case CRITICAL_PERIOD_ENDED -> "critical period ended";
    };
  }
}
