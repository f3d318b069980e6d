package uk.ctsim.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A difference of means (b − a) with its 95% confidence interval.
 *
 * @param method paired (t-interval of per-replication differences, for runs on common random numbers) or Welch
 *     (independent samples, Welch–Satterthwaite degrees of freedom)
 * @param df degrees of freedom of the t quantile (NaN when the interval cannot be computed)
 */
public record Difference(ComparisonMethod method, double mean, double ciLow, double ciHigh, double df) {
  private static final ComparisonMethod PAIRED = ComparisonMethod.PAIRED;
  private static final ComparisonMethod WELCH = ComparisonMethod.WELCH;

  public Difference {
    java.util.Objects.requireNonNull(method, "method");
  }

  public double halfWidth() {
    return (ciHigh - ciLow) / 2;
  }

  /** Paired: replication r of {@code b} minus replication r of {@code a}; needs equal lengths, at least 2. */
  public static Difference paired(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("paired samples differ in length: " + a.length + " and " + b.length);
    }
    double[] d = new double[a.length];
    for (int i = 0; i < d.length; i++) d[i] = b[i] - a[i];
    Summary s = Summary.student(d);
    return new Difference(PAIRED, s.mean(), s.ciLow(), s.ciHigh(), a.length - 1.0);
  }

  /** Welch: mean(b) − mean(a) for independent samples of any sizes (each at least 2). */
  public static Difference welch(double[] a, double[] b) {
    Summary sa = Summary.student(a);
    Summary sb = Summary.student(b);
    double mean = sb.mean() - sa.mean();
    if (a.length < 2 || b.length < 2) return new Difference(WELCH, mean, Double.NaN, Double.NaN, Double.NaN);
    double va = sa.sd() * sa.sd() / a.length;
    double vb = sb.sd() * sb.sd() / b.length;
    double se = Math.sqrt(va + vb);
    if (!Double.isFinite(se)) return new Difference(WELCH, mean, Double.NaN, Double.NaN, Double.NaN); // a NaN value
    if (se == 0) return new Difference(WELCH, mean, mean, mean, Double.POSITIVE_INFINITY);
    double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
    double half = new TDistribution(df).inverseCumulativeProbability(0.975) * se;
    return new Difference(WELCH, mean, mean - half, mean + half, df);
  }

  /**
   * How many times smaller the variance of the paired estimate is than that of independent samples of the same
   * size: (var(a) + var(b)) / var(b − a). Above 1 when common random numbers induce positive correlation.
   */
  public static double varianceReduction(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < d.length; i++) d[i] = b[i] - a[i];
    double vd = variance(d);
    return vd == 0 ? Double.NaN : (variance(a) + variance(b)) / vd;
  }

  private static double variance(double[] x) {
    return x.length < 2 ? Double.NaN : Math.pow(Summary.student(x).sd(), 2);
  }
}
