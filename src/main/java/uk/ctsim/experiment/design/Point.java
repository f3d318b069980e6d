package uk.ctsim.experiment.design;

import java.util.ArrayList;
import java.util.List;

/**
 * One point of a design.
 *
 * @param id the point's number, from 0, in design order
 * @param unit the point in the unit cube, one coordinate per parameter
 * @param texts each parameter's value as written into the scenario
 * @param values each parameter's value as a number (see {@link Parameter#value})
 */
public record Point(int id, double[] unit, List<String> texts, double[] values) {
  public Point {
    unit = unit.clone();
    texts = List.copyOf(texts);
    values = values.clone();
  }

  @Override
  public double[] unit() {
    return unit.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /** The point at unit coordinates {@code unit}, each parameter mapped from its coordinate. */
  public static Point at(int id, double[] unit, List<Parameter> parameters) {
    List<String> texts = new ArrayList<>();
    double[] values = new double[parameters.size()];
    for (int i = 0; i < parameters.size(); i++) {
      texts.add(parameters.get(i).text(unit[i]));
      values[i] = parameters.get(i).value(unit[i]);
    }
    return new Point(id, unit, texts, values);
  }

  /** The point's {@code path=value} overrides, parameter by parameter. */
  public List<String> overrides(List<Parameter> parameters) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) out.add(parameters.get(i).path() + "=" + texts.get(i));
    return out;
  }
}
