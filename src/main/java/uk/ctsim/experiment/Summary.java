package uk.ctsim.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Statistics of one metric across replications: mean, standard deviation, the 95% confidence interval of the mean
 * (Student t), percentiles (R-7, as R and Excel PERCENTILE.INC compute them), minimum and maximum.
 * With one replication the interval and deviation are NaN.
 */
public record Summary(int n, double mean, double sd, double ciLow, double ciHigh, double p5, double p50, double p90,
    double p95, double min, double max) {

  public static Summary of(double[] values) {
    if (values.length == 0) throw new IllegalArgumentException("no values to summarise");
    DescriptiveStatistics s = new DescriptiveStatistics(values);
    s.setPercentileImpl(new Percentile().withEstimationType(Percentile.EstimationType.R_7));
    int n = values.length;
    double mean = s.getMean();
    double sd = n > 1 ? s.getStandardDeviation() : Double.NaN;
    double half = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n) : Double.NaN;
    return new Summary(n, mean, sd, mean - half, mean + half, s.getPercentile(5), s.getPercentile(50),
        s.getPercentile(90), s.getPercentile(95), s.getMin(), s.getMax());
  }
}
