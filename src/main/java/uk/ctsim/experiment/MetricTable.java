package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named metrics of every replication, in replication order, and their {@link Summary} across replications. A metric
 * missing from a replication counts as 0 there (a breakdown with nothing in it). Metric order is the order in which
 * names first appear, replication by replication, so the table is the same for the same results.
 */
public final class MetricTable {
  private final List<String> names;
  private final Map<String, double[]> values;
  private final int replications;

  private MetricTable(List<String> names, Map<String, double[]> values, int replications) {
    this.names = names;
    this.values = values;
    this.replications = replications;
  }

  /** The table of per-replication metric maps, as {@link Metrics#of} makes them. */
  public static MetricTable of(List<Map<String, Double>> perReplication) {
    if (perReplication.isEmpty()) throw new IllegalArgumentException("a metric table needs at least one replication");
    Set<String> names = new LinkedHashSet<>();
    perReplication.forEach(m -> names.addAll(m.keySet()));
    Map<String, double[]> values = new LinkedHashMap<>();
    for (String name : names) {
      double[] v = new double[perReplication.size()];
      for (int r = 0; r < v.length; r++) {
        Double value = perReplication.get(r).get(name);
        v[r] = value == null ? 0.0 : value;
      }
      values.put(name, v);
    }
    return new MetricTable(List.copyOf(names), Collections.unmodifiableMap(values), perReplication.size());
  }

  public static MetricTable of(ExperimentResult result) {
    List<Map<String, Double>> rows = new ArrayList<>();
    for (ReplicationResult r : result.replications()) rows.add(Metrics.of(r));
    return of(rows);
  }

  public List<String> names() {
    return names;
  }

  public int replications() {
    return replications;
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** A copy of the metric's value in each replication, in replication order. */
  public double[] values(String name) {
    double[] v = values.get(name);
    if (v == null) throw new IllegalArgumentException("no metric named " + name);
    return v.clone();
  }

  public Summary summary(String name) {
    return Summary.of(values(name));
  }

  /** Every metric's summary, in table order. */
  public Map<String, Summary> summaries() {
    Map<String, Summary> out = new LinkedHashMap<>();
    for (String name : names) out.put(name, Summary.of(values.get(name)));
    return Collections.unmodifiableMap(out);
  }
}
