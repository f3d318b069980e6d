package uk.ctsim.experiment.design;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Places the points of each design in the unit cube. Random designs draw from a {@link SplittableRandom} seeded with
 * the design's seed, so the same file gives the same points.
 */
public final class Designs {
  private Designs() {}

  public static Design of(DesignSpec spec, List<Parameter> parameters) {
    int k = parameters.size();
    if (k == 0) throw new IllegalArgumentException("an experiment needs at least one parameter");
    SplittableRandom random = new SplittableRandom(spec.seed());
    return switch (spec.type()) {
      case FULL_FACTORIAL -> Design.of(spec.type(), parameters, factorial(parameters), 0, 0);
      case ONE_AT_A_TIME -> Design.of(spec.type(), parameters, oneAtATime(k), 0, 0);
      case LATIN_HYPERCUBE -> Design.of(spec.type(), parameters, latinHypercube(spec.points(), k, random), 0, 0);
      case SOBOL -> Design.of(spec.type(), parameters, sobol(spec.points(), k), 0, 0);
      case MORRIS -> Design.of(spec.type(), parameters, morris(spec.points(), k, spec.levels(), random),
          spec.points(), morrisStep(spec.levels()));
      case SALTELLI -> Design.of(spec.type(), parameters, saltelli(spec.points(), k), spec.points(), 0);
    };
  }

  static double[][] factorial(List<Parameter> parameters) {
    int k = parameters.size();
    long n = 1;
    for (Parameter p : parameters) {
      n *= p.factorialLevels().size();
      if (n > DesignSpec.MAX_POINTS) throw new IllegalArgumentException("a FULL_FACTORIAL design of these parameters has over "
          + DesignSpec.MAX_POINTS + " points");
    }
    double[][] out = new double[(int) n][k];
    for (int p = 0; p < n; p++) {
      int rest = p;
      for (int i = k - 1; i >= 0; i--) { // the last parameter varies fastest
        List<Double> levels = parameters.get(i).factorialLevels();
        out[p][i] = levels.get(rest % levels.size());
        rest /= levels.size();
      }
    }
    return out;
  }

  /** The base point (every coordinate 0.5), then for each parameter its low end (0) and its high end (1). */
  static double[][] oneAtATime(int k) {
    double[][] out = new double[1 + 2 * k][k];
    for (double[] row : out) java.util.Arrays.fill(row, 0.5);
    for (int i = 0; i < k; i++) {
      out[1 + 2 * i][i] = 0;
      out[2 + 2 * i][i] = 1;
    }
    return out;
  }

  static double[][] latinHypercube(int n, int k, SplittableRandom random) {
    double[][] out = new double[n][k];
    for (int i = 0; i < k; i++) {
      int[] strata = permutation(n, random);
      for (int p = 0; p < n; p++) out[p][i] = (strata[p] + random.nextDouble()) / n;
    }
    return out;
  }

  /** The first n points of the Sobol sequence in k dimensions, skipping the origin. */
  static double[][] sobol(int n, int k) {
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(k);
    sobol.nextVector(); // the origin
    double[][] out = new double[n][];
    for (int p = 0; p < n; p++) out[p] = sobol.nextVector();
    return out;
  }

  /** Morris's step for p levels: Δ = p / (2(p − 1)). */
  static double morrisStep(int levels) {
    return levels / (2.0 * (levels - 1));
  }

  /**
   * r trajectories of k + 1 points each (Morris 1991): a base point on the grid {0, 1/(p−1), …, 1 − Δ}, a random
   * direction for each factor, and the factors moved one by one by ±Δ in a random order.
   */
  static double[][] morris(int r, int k, int levels, SplittableRandom random) {
    double step = morrisStep(levels);
    double[][] out = new double[r * (k + 1)][];
    for (int t = 0; t < r; t++) {
      double[] x = new double[k];
      boolean[] down = new boolean[k];
      for (int i = 0; i < k; i++) {
        x[i] = random.nextInt(levels / 2) / (levels - 1.0);
        down[i] = random.nextBoolean();
        if (down[i]) x[i] += step;
      }
      int[] order = permutation(k, random);
      out[t * (k + 1)] = x.clone();
      for (int s = 0; s < k; s++) {
        int i = order[s];
        x[i] += down[i] ? -step : step;
        x[i] = Math.min(1, Math.max(0, x[i])); // removes rounding dust only: the grid keeps x in [0, 1]
        out[t * (k + 1) + s + 1] = x.clone();
      }
    }
    return out;
  }

  /**
   * Saltelli's scheme (Saltelli 2002, Saltelli et al. 2010): rows of a 2k-dimensional Sobol sequence give matrices A
   * (first k columns) and B (last k). For each base sample j the points are A_j, then AB_j^i (A_j with column i from
   * B_j) for i = 1..k, then B_j: N(k + 2) points in all.
   */
  static double[][] saltelli(int n, int k) {
    double[][] base = sobol(n, 2 * k);
    double[][] out = new double[n * (k + 2)][];
    for (int j = 0; j < n; j++) {
      double[] a = java.util.Arrays.copyOfRange(base[j], 0, k);
      double[] b = java.util.Arrays.copyOfRange(base[j], k, 2 * k);
      out[j * (k + 2)] = a;
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        out[j * (k + 2) + 1 + i] = ab;
      }
      out[j * (k + 2) + k + 1] = b;
    }
    return out;
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) p[i] = i;
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = p[i];
      p[i] = p[j];
      p[j] = swap;
    }
    return p;
  }
}
