package uk.ctsim.experiment.design;

import java.util.Objects;

/**
 * The {@code design} section of an experiment file.
 *
 * @param type how points are placed
 * @param points points (Latin hypercube, Sobol), trajectories (Morris) or base samples N (Saltelli); not used by the
 *     full factorial and one-at-a-time designs
 * @param levels grid levels of a Morris design (even, at least 2; default 4)
 * @param seed seed of the design's own random numbers (Latin hypercube, Morris, bootstrap); default 1
 */
public record DesignSpec(DesignType type, Integer points, Integer levels, Long seed) {
  public static final int MAX_POINTS = 100_000;

  public DesignSpec {
    if (type == null) throw new IllegalArgumentException("type: is required (one of FULL_FACTORIAL, ONE_AT_A_TIME, "
        + "LATIN_HYPERCUBE, SOBOL, MORRIS, SALTELLI)");
    boolean sampled = type != DesignType.FULL_FACTORIAL && type != DesignType.ONE_AT_A_TIME;
    if (sampled && points == null) throw new IllegalArgumentException("points: is required for a " + type + " design");
    if (points != null && (points < 1 || points > MAX_POINTS)) {
      throw new IllegalArgumentException("points: must be 1 to " + MAX_POINTS + ", was " + points);
    }
    levels = Objects.requireNonNullElse(levels, 4);
    if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("levels: must be even and at least 2, was " + levels);
    seed = Objects.requireNonNullElse(seed, 1L);
  }
}
