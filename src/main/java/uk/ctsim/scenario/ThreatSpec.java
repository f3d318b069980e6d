package uk.ctsim.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * The national threat level over time.
 *
 * <ul>
 *   <li>{@code FIXED}: {@code level} all period.</li>
 *   <li>{@code TIMELINE}: {@code level} until the first change, then each change from its date.</li>
 *   <li>{@code DYNAMIC}: {@code level}, raised to CRITICAL for {@code criticalDays} after an attack with probability
 *       {@code criticalAfterAttackProbability}.</li>
 * </ul>
 */
public record ThreatSpec(Mode mode, ThreatLevel level, List<Change> timeline, Double criticalAfterAttackProbability,
    Integer criticalDays) {

  /** How the level is given. */
  public enum Mode { FIXED, TIMELINE, DYNAMIC }

  /**
   * From {@code from} at {@code time} the level is {@code level}.
   *
   * @param from the day of the change
   * @param level the level from then on
   * @param time the time of day of the change (default 00:00), so a change can be placed to the minute
   */
  public record Change(LocalDate from, ThreatLevel level, java.time.LocalTime time) {
    public Change {
      Require.present(from, "from");
      Require.present(level, "level");
      time = Require.orDefault(time, java.time.LocalTime.MIDNIGHT);
    }

    /** A change at 00:00. */
    public Change(LocalDate from, ThreatLevel level) {
      this(from, level, null);
    }

    /** The moment of the change. */
    public java.time.LocalDateTime at() {
      return from.atTime(time);
    }
  }

  public ThreatSpec {
    mode = Require.orDefault(mode, Mode.FIXED);
    level = Require.present(level, "level");
    timeline = List.copyOf(Require.orDefault(timeline, List.of()));
    Require.isTrue(mode == Mode.TIMELINE || timeline.isEmpty(), "timeline: only mode TIMELINE takes a timeline");
    Require.isTrue(mode != Mode.TIMELINE || !timeline.isEmpty(), "timeline: mode TIMELINE needs at least one change");
    for (int i = 1; i < timeline.size(); i++) {
      Require.isTrue(timeline.get(i).at().isAfter(timeline.get(i - 1).at()),
          "timeline: changes must be in date order (" + label(timeline.get(i)) + " is not after " + label(timeline.get(i - 1)) + ")");
    }
    criticalAfterAttackProbability = Require.share(Require.orDefault(criticalAfterAttackProbability, 0.3), "criticalAfterAttackProbability");
    criticalDays = Require.count(Require.orDefault(criticalDays, 4), "criticalDays", 60);
  }

  private static String label(Change c) {
    return c.time().equals(java.time.LocalTime.MIDNIGHT) ? c.from().toString() : c.at().toString();
  }

  /** The same scenario with the level forced to {@code forced} all period (for threat-level comparisons). */
  public ThreatSpec fixedAt(ThreatLevel forced) {
    return new ThreatSpec(Mode.FIXED, forced, List.of(), criticalAfterAttackProbability, criticalDays);
  }
}
