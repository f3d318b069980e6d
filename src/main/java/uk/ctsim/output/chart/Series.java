package uk.ctsim.output.chart;

import java.util.List;
import java.util.Objects;

/** A named series of values, one per category or x position of its chart. */
public record Series(String key, List<Double> values) {
  public Series {
    Objects.requireNonNull(key, "key");
    values = List.copyOf(values);
  }
}
