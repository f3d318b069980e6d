package uk.ctsim.experiment.calibration;

/**
 * A parameter to fit: a scenario path in {@code --set} syntax, its bounds, and where the search starts (default: the
 * middle of the bounds).
 */
public record FitParameter(String path, Double min, Double max, Double start, Boolean integer) {
  public FitParameter {
    if (path == null || path.isBlank()) throw new IllegalArgumentException("path: is required, a scenario path");
    if (min == null || !Double.isFinite(min)) throw new IllegalArgumentException("min: is required (a number)");
    if (max == null || !Double.isFinite(max)) throw new IllegalArgumentException("max: is required (a number)");
    if (!(max > min)) throw new IllegalArgumentException("max: must be above min (" + min + "), was " + max);
    if (start == null) start = (min + max) / 2;
    if (!(start >= min && start <= max)) throw new IllegalArgumentException("start: must lie between min and max, was " + start);
    integer = integer != null && integer;
  }

  /** The start as a unit value. */
  public double startUnit() {
    return (start - min) / (max - min);
  }
}
