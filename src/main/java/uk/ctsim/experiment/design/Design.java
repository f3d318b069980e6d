package uk.ctsim.experiment.design;

import java.util.ArrayList;
import java.util.List;

/**
 * The points of an experiment, in order, with what the analysis needs to read them.
 *
 * @param baseSamples Saltelli's N, or the number of Morris trajectories; 0 for other designs
 * @param morrisStep the Morris grid step Δ in unit coordinates; 0 for other designs
 */
public record Design(DesignType type, List<Parameter> parameters, List<Point> points, int baseSamples,
    double morrisStep) {
  public Design {
    parameters = List.copyOf(parameters);
    points = List.copyOf(points);
  }

  /** Points from unit coordinates, each parameter mapped from its coordinate. */
  static Design of(DesignType type, List<Parameter> parameters, double[][] unit, int baseSamples, double step) {
    List<Point> points = new ArrayList<>();
    for (int p = 0; p < unit.length; p++) points.add(Point.at(p, unit[p], parameters));
    return new Design(type, parameters, points, baseSamples, step);
  }

  public int size() {
    return points.size();
  }
}
