package uk.ctsim.experiment.sweep;

import java.util.Arrays;
import java.util.List;

/**
 * The outputs of every replication of one point.
 *
 * @param values {@code values[r][m]}: replication r's value of output {@code outputs.get(m)}
 */
public record PointResult(int point, List<String> outputs, double[][] values) {
  public PointResult {
    outputs = List.copyOf(outputs);
    double[][] copy = new double[values.length][];
    for (int r = 0; r < values.length; r++) {
      if (values[r].length != outputs.size()) {
        throw new IllegalArgumentException("replication " + r + " of point " + point + " has " + values[r].length
            + " values for " + outputs.size() + " outputs");
      }
      copy[r] = values[r].clone();
    }
    values = copy;
  }

  public int replications() {
    return values.length;
  }

  /** One output's value in each replication, in replication order. */
  public double[] output(String name) {
    int m = outputs.indexOf(name);
    if (m < 0) throw new IllegalArgumentException("no output named " + name);
    double[] out = new double[values.length];
    for (int r = 0; r < values.length; r++) out[r] = values[r][m];
    return out;
  }

  /** The mean of an output over the replications. */
  public double mean(String name) {
    return Arrays.stream(output(name)).average().orElseThrow();
  }

  @Override
  public double[][] values() {
    double[][] copy = new double[values.length][];
    for (int r = 0; r < values.length; r++) copy[r] = values[r].clone();
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PointResult p && p.point == point && p.outputs.equals(outputs) && Arrays.deepEquals(p.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * point + outputs.hashCode()) + Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return "PointResult[point=" + point + ", outputs=" + outputs + ", values=" + Arrays.deepToString(values) + "]";
  }
}
