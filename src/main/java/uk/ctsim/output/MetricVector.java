package uk.ctsim.output;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A replication's metrics as a run keeps them for thousands of replications: the values in a {@code double[]} and the
 * names (in order) shared with the previous replication when they are the same, as they nearly always are. A read-only
 * map in the same order, with the same values, as the map it was made from (about 8 bytes a metric instead of about a
 * hundred).
 */
final class MetricVector extends AbstractMap<String, Double> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Metric names in order, and each one's position. */
  static final class Names implements Serializable {
    private static final long serialVersionUID = 1L;
    final List<String> list;
    final Map<String, Integer> index = new HashMap<>();

    Names(List<String> list) {
      this.list = List.copyOf(list);
      for (int i = 0; i < this.list.size(); i++) index.put(this.list.get(i), i);
    }
  }

  private final Names names;
  private final double[] values;

  private MetricVector(Names names, double[] values) {
    this.names = names;
    this.values = values;
  }

  /** The metrics of {@code metrics}, sharing {@code previous}'s names when they are the same (null: none yet). */
  static MetricVector of(Map<String, Double> metrics, MetricVector previous) {
    List<String> keys = new ArrayList<>(metrics.keySet());
    Names names = previous != null && previous.names.list.equals(keys) ? previous.names : new Names(keys);
    double[] values = new double[keys.size()];
    int i = 0;
    for (Double v : metrics.values()) values[i++] = v;
    return new MetricVector(names, values);
  }

  @Override
  public Double get(Object key) {
    Integer i = names.index.get(key);
    return i == null ? null : values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return names.index.containsKey(key);
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public Set<Entry<String, Double>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Double>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Entry<String, Double> next() {
            if (next >= values.length) throw new NoSuchElementException();
            int i = next++;
            return new SimpleImmutableEntry<>(names.list.get(i), values[i]);
          }
        };
      }

      @Override
      public int size() {
        return values.length;
      }
    };
  }
}
