package uk.ctsim.experiment.design;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/** A parameter drawn from a distribution: a unit value u becomes the distribution's u-quantile. */
public record DistributionSpec(DistributionType type, Double min, Double mode, Double max, Double mean, Double sd) {
  public DistributionSpec {
    if (type == null) throw new IllegalArgumentException("type: is required (UNIFORM, TRIANGULAR, NORMAL or LOGNORMAL)");
    switch (type) {
      case UNIFORM -> {
        need(min, "min", type);
        need(max, "max", type);
        if (!(max > min)) throw new IllegalArgumentException("max: must be above min (" + min + "), was " + max);
      }
      case TRIANGULAR -> {
        need(min, "min", type);
        need(mode, "mode", type);
        need(max, "max", type);
        if (!(min <= mode && mode <= max && max > min)) {
          throw new IllegalArgumentException("mode: must lie between min and max, with max above min");
        }
      }
      case NORMAL, LOGNORMAL -> {
        need(mean, "mean", type);
        need(sd, "sd", type);
        if (!(sd > 0)) throw new IllegalArgumentException("sd: must be above 0, was " + sd);
        if (type == DistributionType.LOGNORMAL && !(mean > 0)) throw new IllegalArgumentException("mean: must be above 0 for LOGNORMAL, was " + mean);
      }
    }
  }

  private static void need(Double value, String key, DistributionType type) {
    if (value == null || !Double.isFinite(value)) throw new IllegalArgumentException(key + ": is required (a number) for " + type);
  }

  /** The distribution (no random generator is used: only its quantile function). */
  RealDistribution distribution() {
    return switch (type) {
      case UNIFORM -> new UniformRealDistribution(null, min, max);
      case TRIANGULAR -> new TriangularDistribution(null, min, mode, max);
      case NORMAL -> new NormalDistribution(null, mean, sd);
      case LOGNORMAL -> {
        double sigma2 = Math.log(1 + sd * sd / (mean * mean));
        yield new LogNormalDistribution(null, Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
      }
    };
  }
}
