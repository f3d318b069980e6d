package uk.ctsim.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.design.Design;
import uk.ctsim.experiment.design.DesignType;
import uk.ctsim.experiment.sweep.PointResult;

/**
 * First-order and total Sobol indices from a {@link DesignType#SALTELLI} design by Jansen's estimators (Jansen 1999;
 * Saltelli et al. 2010, table 2), on the mean over replications at each point. With f_A, f_B and f_ABi the outputs at
 * A_j, B_j and A_j with column i from B_j, and V the variance of all f_A and f_B:
 * S_i = (V − Σ_j (f_B − f_ABi)² / 2N) / V and ST_i = Σ_j (f_A − f_ABi)² / 2N / V. Intervals are percentile bootstrap
 * intervals over the N base samples.
 */
public final class SobolIndices {
  private SobolIndices() {}

  public record Index(String parameter, double first, double firstLow, double firstHigh, double total,
      double totalLow, double totalHigh) {}

  public static List<Index> of(Design design, List<PointResult> results, String output) {
    if (design.type() != DesignType.SALTELLI) throw new IllegalArgumentException("Sobol indices need a SALTELLI design");
    int k = design.parameters().size();
    int n = design.baseSamples();
    double[] fa = new double[n];
    double[] fb = new double[n];
    double[][] fab = new double[k][n];
    for (int j = 0; j < n; j++) {
      fa[j] = results.get(j * (k + 2)).mean(output);
      for (int i = 0; i < k; i++) fab[i][j] = results.get(j * (k + 2) + 1 + i).mean(output);
      fb[j] = results.get(j * (k + 2) + k + 1).mean(output);
    }
    int[] all = new int[n];
    for (int j = 0; j < n; j++) all[j] = j;
    double[] point = estimate(fa, fb, fab, all);
    double[][] ci = Bootstrap.intervals(n, design.points().size(), idx -> estimate(fa, fb, fab, idx));
    List<Index> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      out.add(new Index(design.parameters().get(i).path(), point[i], ci[i][0], ci[i][1], point[k + i], ci[k + i][0],
          ci[k + i][1]));
    }
    return out;
  }

  /** The k first-order indices then the k total indices, on the base samples {@code idx}. */
  static double[] estimate(double[] fa, double[] fb, double[][] fab, int[] idx) {
    int k = fab.length;
    double v = variance(fa, fb, idx);
    double[] out = new double[2 * k];
    for (int i = 0; i < k; i++) {
      double first = 0;
      double total = 0;
      for (int j : idx) {
        first += (fb[j] - fab[i][j]) * (fb[j] - fab[i][j]);
        total += (fa[j] - fab[i][j]) * (fa[j] - fab[i][j]);
      }
      out[i] = v == 0 ? Double.NaN : (v - first / (2.0 * idx.length)) / v;
      out[k + i] = v == 0 ? Double.NaN : total / (2.0 * idx.length) / v;
    }
    return out;
  }

  /** Population variance of f_A and f_B together over the base samples {@code idx}. */
  static double variance(double[] fa, double[] fb, int[] idx) {
    double s = 0;
    for (int j : idx) s += fa[j] + fb[j];
    double m = s / (2.0 * idx.length);
    double ss = 0;
    for (int j : idx) ss += (fa[j] - m) * (fa[j] - m) + (fb[j] - m) * (fb[j] - m);
    return ss / (2.0 * idx.length);
  }
}
