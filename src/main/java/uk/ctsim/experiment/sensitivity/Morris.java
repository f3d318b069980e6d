package uk.ctsim.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.design.Design;
import uk.ctsim.experiment.design.DesignType;
import uk.ctsim.experiment.sweep.PointResult;

/**
 * Morris elementary effects from a {@link DesignType#MORRIS} design. Along each trajectory, consecutive points differ
 * in one parameter by ±Δ in unit coordinates; the elementary effect is the change of the output's mean over
 * replications divided by that signed step, so it is in output units per whole range of the parameter. For each
 * parameter: mu (mean effect), mu* (mean absolute effect, Campolongo et al. 2007), sigma (standard deviation, n − 1)
 * and a bootstrap 95% interval of mu* over trajectories.
 */
public final class Morris {
  private Morris() {}

  public record Effect(String parameter, int trajectories, double mu, double muStar, double sigma, double muStarLow,
      double muStarHigh) {}

  public static List<Effect> of(Design design, List<PointResult> results, String output) {
    if (design.type() != DesignType.MORRIS) throw new IllegalArgumentException("elementary effects need a MORRIS design");
    int k = design.parameters().size();
    int r = design.baseSamples();
    double[][] effects = new double[k][r];
    for (int t = 0; t < r; t++) {
      for (int s = 0; s < k; s++) {
        int from = t * (k + 1) + s;
        double[] a = design.points().get(from).unit();
        double[] b = design.points().get(from + 1).unit();
        int i = changed(a, b);
        effects[i][t] = (results.get(from + 1).mean(output) - results.get(from).mean(output)) / (b[i] - a[i]);
      }
    }
    List<Effect> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double[] e = effects[i];
      double[][] ci = Bootstrap.intervals(r, design.points().size() + i, idx -> new double[] {muStar(e, idx)});
      out.add(new Effect(design.parameters().get(i).path(), r, mean(e), muStar(e, identity(r)), sd(e), ci[0][0], ci[0][1]));
    }
    return out;
  }

  static int changed(double[] a, double[] b) {
    int found = -1;
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        if (found >= 0) throw new IllegalStateException("consecutive Morris points differ in more than one parameter");
        found = i;
      }
    }
    if (found < 0) throw new IllegalStateException("consecutive Morris points are equal");
    return found;
  }

  static double muStar(double[] e, int[] idx) {
    double s = 0;
    for (int j : idx) s += Math.abs(e[j]);
    return s / idx.length;
  }

  static double mean(double[] e) {
    double s = 0;
    for (double v : e) s += v;
    return s / e.length;
  }

  static double sd(double[] e) {
    if (e.length < 2) return Double.NaN;
    double m = mean(e);
    double ss = 0;
    for (double v : e) ss += (v - m) * (v - m);
    return Math.sqrt(ss / (e.length - 1));
  }

  private static int[] identity(int n) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) idx[i] = i;
    return idx;
  }
}
