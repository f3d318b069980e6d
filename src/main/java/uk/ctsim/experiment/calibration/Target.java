package uk.ctsim.experiment.calibration;

/**
 * A figure the model should reproduce: a metric's mean over replications, compared with a public figure.
 *
 * @param id short name of the target
 * @param metric a metric name (run metrics, {@code incident.<id>.*}, {@code event.<id>.*}, {@code threat.share_days.*})
 * @param value the figure; calibration pulls the metric's mean towards it
 * @param tolerance how far from {@code value} the mean may be (default 10% of |value|); the scale of the fit's loss
 * @param min lowest acceptable mean, for a figure such as "over 1,000"; with neither min nor max the acceptable range
 *     is value ± tolerance, with only one of them the other side is open
 * @param max highest acceptable mean
 * @param weight weight in the loss (default 1)
 * @param figure the public figure, in words
 * @param source where the figure comes from
 * @param mechanism what in the model produces this metric, for a reader of a failed check
 */
public record Target(String id, String metric, Double value, Double tolerance, Double min, Double max, Double weight,
    String figure, String source, String mechanism) {
  public Target {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("id: is required");
    if (metric == null || metric.isBlank()) throw new IllegalArgumentException("metric: is required");
    if (value == null || !Double.isFinite(value)) throw new IllegalArgumentException("value: is required (a number)");
    if (tolerance == null) tolerance = Math.max(Math.abs(value) * 0.1, 1e-9);
    if (!(tolerance > 0)) throw new IllegalArgumentException("tolerance: must be above 0, was " + tolerance);
    if (min == null && max == null) {
      min = value - tolerance;
      max = value + tolerance;
    } else if (min == null) {
      min = Double.NEGATIVE_INFINITY;
    } else if (max == null) {
      max = Double.POSITIVE_INFINITY;
    }
    if (!(max >= min)) throw new IllegalArgumentException("max: must not be below min (" + min + "), was " + max);
    if (weight == null) weight = 1.0;
    if (!(weight >= 0)) throw new IllegalArgumentException("weight: must not be negative, was " + weight);
    figure = figure == null ? "" : figure;
    source = source == null ? "" : source;
    mechanism = mechanism == null ? "" : mechanism;
  }

  /** Whether a model mean meets the target. */
  public boolean accepts(double mean) {
    return mean >= min && mean <= max;
  }

  /** The target's term of the loss: weight × ((mean − value) / tolerance)². */
  public double loss(double mean) {
    double z = (mean - value) / tolerance;
    return weight * z * z;
  }
}
