package uk.ctsim.experiment.design;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.RealDistribution;

/**
 * A parameter as a function from a unit value u in [0, 1] to the value written into the scenario. A list of n values
 * gives value number min(n − 1, ⌊u·n⌋); a range gives min + u·(max − min); a distribution gives its u-quantile, with
 * u first squeezed into [0.001, 0.999] for an unbounded distribution (NORMAL, LOGNORMAL) so that the ends stay finite.
 * Numbers are written with 10 significant digits, whole numbers when {@code integer}.
 */
public final class Parameter {
  static final double TAIL = 0.001;
  private final ParameterSpec spec;
  private final RealDistribution distribution;

  public Parameter(ParameterSpec spec) {
    this.spec = spec;
    this.distribution = spec.distribution() == null ? null : spec.distribution().distribution();
  }

  public String path() {
    return spec.path();
  }

  public ParameterSpec spec() {
    return spec;
  }

  /** The value at unit value {@code u}, as text for {@code --set}. */
  public String text(double u) {
    if (u < 0 || u > 1) throw new IllegalArgumentException("a unit value must be in [0, 1], was " + u);
    if (spec.values() != null) return spec.values().get(Math.min(spec.values().size() - 1, (int) Math.floor(u * spec.values().size())));
    return format(number(u));
  }

  /** The value at {@code u} as a number: for a list, the value if it is a number, otherwise its index. */
  public double value(double u) {
    String text = text(u);
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Math.min(spec.values().size() - 1, (int) Math.floor(u * spec.values().size()));
    }
  }

  private double number(double u) {
    double x;
    if (spec.range() != null) {
      x = spec.range().min() + u * (spec.range().max() - spec.range().min());
    } else {
      boolean unbounded = spec.distribution().type() == DistributionType.NORMAL
          || spec.distribution().type() == DistributionType.LOGNORMAL;
      x = distribution.inverseCumulativeProbability(unbounded ? TAIL + u * (1 - 2 * TAIL) : u);
    }
    return spec.integer() ? Math.round(x) : x;
  }

  /** The unit values of a full factorial design: a list's values (at their middles), a range's steps. */
  public List<Double> factorialLevels() {
    List<Double> out = new ArrayList<>();
    if (spec.values() != null) {
      int n = spec.values().size();
      for (int i = 0; i < n; i++) out.add((i + 0.5) / n);
    } else if (spec.range() != null) {
      int steps = spec.range().steps();
      for (int j = 0; j < steps; j++) out.add(j / (steps - 1.0));
    } else {
      throw new IllegalArgumentException(spec.path() + ": a FULL_FACTORIAL design needs values or a range, not a distribution");
    }
    return out;
  }

  static String format(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
    return new BigDecimal(x).round(new MathContext(10)).stripTrailingZeros().toPlainString();
  }
}
