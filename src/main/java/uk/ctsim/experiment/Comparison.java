package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Metrics of several runs side by side, each with its difference from a reference run: a paired interval when the
 * runs share replication seeds (common random numbers), a Welch interval otherwise. For paired comparisons the Welch
 * interval is kept as well, so the variance reduction from common random numbers can be reported.
 *
 * @param labels one label per run, such as a threat level or a run folder name
 * @param reference index of the run that differences are taken from
 * @param method paired when the runs share seeds replication by replication, Welch otherwise
 * @param metrics the metrics compared, in order; every table has them
 */
public record Comparison(List<String> labels, List<MetricTable> tables, int reference, ComparisonMethod method,
    List<String> metrics) {

  /** One run's metric and its difference from the reference (null differences for the reference itself). */
  public record Row(String label, String metric, Summary summary, Difference difference, Difference welch,
      double varianceReduction) {}

  public Comparison {
    labels = List.copyOf(labels);
    tables = List.copyOf(tables);
    metrics = List.copyOf(metrics);
    Objects.requireNonNull(method, "method");
    boolean paired = method == ComparisonMethod.PAIRED;
    if (labels.size() != tables.size()) throw new IllegalArgumentException("one label per table");
    if (reference < 0 || reference >= tables.size()) throw new IllegalArgumentException("no run " + reference);
    for (MetricTable t : tables) {
      if (paired && t.replications() != tables.get(reference).replications()) {
        throw new IncomparableRunsException("a paired comparison needs equal replication counts, not "
            + tables.get(reference).replications() + " and " + t.replications());
      }
      for (String m : metrics) {
        if (!t.has(m)) throw new IncomparableRunsException("metric " + m + " is missing from a run");
      }
    }
  }

  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String metric : metrics) {
      for (int i = 0; i < tables.size(); i++) rows.add(row(i, metric));
    }
    return rows;
  }

  public Row row(int run, String metric) {
    MetricTable t = tables.get(run);
    Summary s = t.summary(metric);
    if (run == reference) return new Row(labels.get(run), metric, s, null, null, Double.NaN);
    double[] ref = tables.get(reference).values(metric);
    double[] own = t.values(metric);
    Difference welch = Difference.welch(ref, own);
    if (method != ComparisonMethod.PAIRED) return new Row(labels.get(run), metric, s, welch, welch, Double.NaN);
    return new Row(labels.get(run), metric, s, Difference.paired(ref, own), welch,
        Difference.varianceReduction(ref, own));
  }

  public Row row(String label, String metric) {
    int i = labels.indexOf(Objects.requireNonNull(label));
    if (i < 0) throw new IllegalArgumentException("no run labelled " + label);
    return row(i, metric);
  }

  public boolean paired() {
    return method == ComparisonMethod.PAIRED;
  }
}
