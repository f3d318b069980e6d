package uk.ctsim.experiment;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Statistics of one metric across replications: mean, standard deviation, the 95% confidence interval of the mean,
 * percentiles (R-7, as R and Excel PERCENTILE.INC compute them), minimum and maximum, and the method of the interval.
 *
 * <p>The interval is Student's t ({@value #T}) unless it leaves the support of the data: when every value is zero or
 * more and the t interval's lower end is below zero (a non-negative, skewed metric with few large values, such as
 * mutual-aid hours). Then, with at least {@value #MIN_BOOTSTRAP} replications, it is the bootstrap percentile interval
 * ({@value #BOOTSTRAP}): the 2.5th and 97.5th percentiles of the means of {@value #RESAMPLES} resamples drawn with
 * replacement by a generator seeded with {@value #BOOTSTRAP_SEED}, so the same values always give the same interval.
 * With fewer replications a bootstrap cannot see the tail, so the t interval is kept and cut at zero
 * ({@value #T_AT_ZERO}): the mean cannot be negative, so cutting off the negative part loses no coverage. With one
 * replication there is no interval and no deviation (NaN), and the method is {@value #NONE}.
 */
public record Summary(int n, double mean, double sd, double ciLow, double ciHigh, double p5, double p50, double p90,
    double p95, double min, double max, String method) {
  public static final String T = "t";
  public static final String BOOTSTRAP = "bootstrap-percentile";
  public static final String T_AT_ZERO = "t-cut-at-zero";
  public static final String NONE = "none";
  static final int MIN_BOOTSTRAP = 10;
  static final int RESAMPLES = 10_000;
  static final long BOOTSTRAP_SEED = 20_170_603L;

  /** The summary with the interval that respects the data's support (see the class comment). */
  public static Summary of(double[] values) {
    Summary t = student(values);
    if (t.n() > 1 && t.ciLow() < 0 && t.min() >= 0) {
      if (t.n() < MIN_BOOTSTRAP) {
        return new Summary(t.n(), t.mean(), t.sd(), 0.0, t.ciHigh(), t.p5(), t.p50(), t.p90(), t.p95(), t.min(),
            t.max(), T_AT_ZERO);
      }
      double[] ci = bootstrapPercentile(values);
      return new Summary(t.n(), t.mean(), t.sd(), ci[0], ci[1], t.p5(), t.p50(), t.p90(), t.p95(), t.min(), t.max(),
          BOOTSTRAP);
    }
    return t;
  }

  /** The summary with Student's t interval whatever the data: for differences, whose support is the whole line. */
  public static Summary student(double[] values) {
    if (values.length == 0) throw new IllegalArgumentException("no values to summarise");
    DescriptiveStatistics s = new DescriptiveStatistics(values);
    s.setPercentileImpl(new Percentile().withEstimationType(Percentile.EstimationType.R_7));
    int n = values.length;
    double mean = s.getMean();
    double sd = n > 1 ? s.getStandardDeviation() : Double.NaN;
    double half = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n) : Double.NaN;
    return new Summary(n, mean, sd, mean - half, mean + half, s.getPercentile(5), s.getPercentile(50),
        s.getPercentile(90), s.getPercentile(95), s.getMin(), s.getMax(), n > 1 ? T : NONE);
  }

  /** 2.5th and 97.5th percentiles of the means of {@value #RESAMPLES} seeded resamples. */
  static double[] bootstrapPercentile(double[] values) {
    SplittableRandom random = new SplittableRandom(BOOTSTRAP_SEED);
    double[] means = new double[RESAMPLES];
    for (int b = 0; b < RESAMPLES; b++) {
      double sum = 0;
      for (int i = 0; i < values.length; i++) sum += values[random.nextInt(values.length)];
      means[b] = sum / values.length;
    }
    Arrays.sort(means);
    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    p.setData(means);
    return new double[] {p.evaluate(2.5), p.evaluate(97.5)};
  }
}
