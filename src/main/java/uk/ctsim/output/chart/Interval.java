package uk.ctsim.output.chart;

/**
 * A mean with its 95% confidence interval, in pounds. With one replication there is no interval: low and high are
 * NaN.
 */
public record Interval(double mean, double low, double high) {
  public Interval {
    if (!Double.isFinite(mean)) throw new IllegalArgumentException("mean must be finite, was " + mean);
  }

  public boolean hasRange() {
    return Double.isFinite(low) && Double.isFinite(high);
  }

  /** Half the interval's width, or NaN without an interval. */
  public double halfWidth() {
    return hasRange() ? (high - low) / 2 : Double.NaN;
  }
}
