package uk.ctsim.experiment.design;

import java.util.List;

/**
 * One parameter of an experiment: a scenario path in {@code --set} syntax and its possible values, given as exactly
 * one of a list of values, a range or a distribution.
 *
 * @param integer round every value to a whole number (for counts such as officers)
 */
public record ParameterSpec(String path, List<String> values, RangeSpec range, DistributionSpec distribution,
    Boolean integer) {
  public ParameterSpec {
    if (path == null || path.isBlank()) throw new IllegalArgumentException("path: is required, a scenario path such as posture.attackUplift");
    int given = (values != null ? 1 : 0) + (range != null ? 1 : 0) + (distribution != null ? 1 : 0);
    if (given != 1) throw new IllegalArgumentException("path: give exactly one of values, range or distribution for " + path);
    if (values != null) {
      if (values.isEmpty()) throw new IllegalArgumentException("values: must hold at least one value");
      values = List.copyOf(values);
    }
    integer = integer != null && integer;
  }
}
