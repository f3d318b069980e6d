package uk.ctsim.experiment.design;

import java.util.Objects;

/**
 * A parameter's range: uniform between {@code min} and {@code max} for sampled designs, and {@code steps} evenly
 * spaced levels from min to max (both included) for a full factorial design.
 */
public record RangeSpec(Double min, Double max, Integer steps) {
  public RangeSpec {
    if (min == null || !Double.isFinite(min)) throw new IllegalArgumentException("min: is required (a number)");
    if (max == null || !Double.isFinite(max)) throw new IllegalArgumentException("max: is required (a number)");
    if (!(max > min)) throw new IllegalArgumentException("max: must be above min (" + min + "), was " + max);
    steps = Objects.requireNonNullElse(steps, 3);
    if (steps < 2 || steps > 1000) throw new IllegalArgumentException("steps: must be 2 to 1000, was " + steps);
  }
}
