package uk.ctsim.experiment.sensitivity;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Percentile bootstrap intervals: the statistic recomputed on {@code RESAMPLES} resamples (with replacement) of the
 * sample indexes, the 2.5th and 97.5th percentiles taken as the 95% interval. Seeded, so the interval is reproducible.
 */
final class Bootstrap {
  static final int RESAMPLES = 1000;

  private Bootstrap() {}

  /** For each statistic the statistic function returns, its [low, high] interval; {@code stat} gets the indexes. */
  static double[][] intervals(int n, long seed, Function<int[], double[]> stat) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] draws = null;
    for (int b = 0; b < RESAMPLES; b++) {
      int[] idx = new int[n];
      for (int i = 0; i < n; i++) idx[i] = random.nextInt(n);
      double[] s = stat.apply(idx);
      if (draws == null) draws = new double[s.length][RESAMPLES];
      for (int m = 0; m < s.length; m++) draws[m][b] = s[m];
    }
    double[][] out = new double[draws.length][];
    for (int m = 0; m < draws.length; m++) {
      double[] d = draws[m];
      Arrays.sort(d);
      out[m] = new double[] {quantile(d, 0.025), quantile(d, 0.975)};
    }
    return out;
  }

  /** The q-quantile of sorted values, interpolating between order statistics. */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
