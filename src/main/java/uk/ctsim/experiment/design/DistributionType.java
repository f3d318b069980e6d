package uk.ctsim.experiment.design;

/** The distributions a parameter may be drawn from; each names the keys it needs. */
public enum DistributionType {
  /** {@code min}, {@code max}. */
  UNIFORM,
  /** {@code min}, {@code mode}, {@code max}. */
  TRIANGULAR,
  /** {@code mean}, {@code sd}. */
  NORMAL,
  /** {@code mean}, {@code sd} of the value itself (not of its logarithm); for positive quantities. */
  LOGNORMAL
}
