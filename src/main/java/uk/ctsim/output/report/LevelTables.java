package uk.ctsim.output.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.ComparisonMethod;
import uk.ctsim.experiment.Kpi;
import uk.ctsim.experiment.Difference;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.experiment.Metrics;
import uk.ctsim.experiment.Summary;
import uk.ctsim.output.chart.Labels;
import uk.ctsim.output.report.Table.Type;
import uk.ctsim.scenario.ThreatLevel;

/** The threat-level comparison as a table: each level's mean and its paired difference from the reference level. */
public final class LevelTables {
  /** Metric name to the label the table gives it. */
  static final Map<String, String> MEASURES = new java.util.LinkedHashMap<>();

  static {
    MEASURES.put(Metrics.ADDITIONAL, "Additional (cash) cost");
    MEASURES.put(Metrics.OPPORTUNITY, "Opportunity cost");
    MEASURES.put(Metrics.TOTAL, "Total cost");
    MEASURES.put(Kpi.UNMET_HOURS.metric(), "Unmet officer-hours");
  }

  private LevelTables() {}

  /** The comparison of the levels (paired: they share replication seeds), reference first in its own place. */
  public static Comparison comparison(Map<ThreatLevel, ExperimentResult> levels, ThreatLevel reference) {
    List<ThreatLevel> order = levels.keySet().stream().sorted().toList();
    List<MetricTable> tables = order.stream().map(l -> MetricTable.of(levels.get(l))).toList();
    List<String> metrics = MEASURES.keySet().stream().filter(m -> tables.stream().allMatch(t -> t.has(m))).toList();
    return new Comparison(order.stream().map(Labels::of).toList(), tables, order.indexOf(reference), ComparisonMethod.PAIRED, metrics);
  }

  public static Table differences(Map<ThreatLevel, ExperimentResult> levels, ThreatLevel reference) {
    return differences(comparison(levels, reference), "Level differences", "Level");
  }

  /**
   * Each run's mean and difference from the reference for the metrics a comparison prints ({@link Metrics#MAIN}), as
   * a table: the workbook of {@code ctsim compare}.
   */
  public static Table differences(Comparison comparison, String title, String runColumn) {
    List<String> metrics = comparison.metrics().stream()
        .filter(m -> MEASURES.containsKey(m) || Metrics.MAIN.contains(m)).toList();
    Comparison c = new Comparison(comparison.labels(), comparison.tables(), comparison.reference(),
        comparison.method(), metrics);
    List<List<Object>> rows = new ArrayList<>();
    for (Comparison.Row row : c.rows()) {
      Summary s = row.summary();
      Difference d = row.difference();
      boolean money = row.metric().startsWith("cost.");
      String measure = MEASURES.getOrDefault(row.metric(), MetricNames.of(row.metric()).label());
      rows.add(List.of(row.label(), measure + (money ? " (£)" : ""), s.mean(),
          d == null ? Double.NaN : d.mean(), d == null ? Double.NaN : d.ciLow(), d == null ? Double.NaN : d.ciHigh(),
          d == null ? "reference" : d.method().label()));
    }
    return new Table(title, Table.columns(runColumn, Type.TEXT,
        "Measure", Type.TEXT, "Mean", Type.NUMBER, "Difference from reference", Type.NUMBER, "95% CI low", Type.NUMBER,
        "95% CI high", Type.NUMBER, "Interval", Type.TEXT), rows);
  }
}
