package uk.ctsim.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.Difference;
import uk.ctsim.experiment.design.Design;
import uk.ctsim.experiment.design.DesignType;
import uk.ctsim.experiment.sweep.PointResult;

/**
 * One-at-a-time effects from a {@link DesignType#ONE_AT_A_TIME} design: for each parameter, the output's change from
 * the base point when the parameter alone is at its low or its high end, each with a paired 95% interval (the points
 * share their replications' seeds). Bars in design order.
 */
public final class Tornado {
  private Tornado() {}

  /** One parameter's bar. */
  public record Bar(String parameter, String lowValue, String highValue, double baseMean, Difference low,
      Difference high) {
    /** The width of the bar: |high − low| of the mean changes. */
    public double swing() {
      return Math.abs(high.mean() - low.mean());
    }
  }

  public static List<Bar> of(Design design, List<PointResult> results, String output) {
    if (design.type() != DesignType.ONE_AT_A_TIME) throw new IllegalArgumentException("a tornado needs a ONE_AT_A_TIME design");
    double[] base = results.get(0).output(output);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < design.parameters().size(); i++) {
      double[] low = results.get(1 + 2 * i).output(output);
      double[] high = results.get(2 + 2 * i).output(output);
      bars.add(new Bar(design.parameters().get(i).path(), design.points().get(1 + 2 * i).texts().get(i),
          design.points().get(2 + 2 * i).texts().get(i), mean(base), difference(base, low), difference(base, high)));
    }
    return bars;
  }

  private static Difference difference(double[] base, double[] other) {
    if (base.length < 2) {
      double d = mean(other) - mean(base);
      return new Difference(uk.ctsim.experiment.ComparisonMethod.PAIRED, d, Double.NaN, Double.NaN, Double.NaN);
    }
    return Difference.paired(base, other);
  }

  static double mean(double[] x) {
    double s = 0;
    for (double v : x) s += v;
    return s / x.length;
  }
}
