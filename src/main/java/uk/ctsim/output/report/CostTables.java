package uk.ctsim.output.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLine;
import uk.ctsim.experiment.EventRow;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.IncidentRow;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.experiment.Summary;
import uk.ctsim.model.events.Strand;
import uk.ctsim.output.chart.Labels;
import uk.ctsim.output.chart.Weeks;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.output.report.Table.Type;

/**
 * The cost tables of the report and the workbook, in pounds. Means are over replications (a breakdown absent from a
 * replication counts as zero there); intervals and percentiles are {@link Summary#of} of the replications' totals.
 */
public final class CostTables {
  private static final List<Table.Column> SUMMARY_COLUMNS = Table.columns("Measure", Type.TEXT, "Mean", Type.POUNDS,
      "95% CI low", Type.POUNDS, "95% CI high", Type.POUNDS, "P50", Type.POUNDS, "P90", Type.POUNDS, "P95", Type.POUNDS);

  private CostTables() {}

  /** Additional, opportunity and total cost: mean, 95% CI and percentiles across replications. */
  public static Table summary(ExperimentResult result) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(summaryRow(Labels.kind(CostKind.ADDITIONAL), result, r -> r.ledger().totalPence(CostKind.ADDITIONAL)));
    rows.add(summaryRow(Labels.kind(CostKind.OPPORTUNITY), result, r -> r.ledger().totalPence(CostKind.OPPORTUNITY)));
    rows.add(summaryRow("Total", result, r -> r.ledger().totalPence()));
    return new Table("Summary", SUMMARY_COLUMNS, rows);
  }

  /** The total cost at each threat level of a comparison, in level order. */
  public static Table threatLevels(Map<ThreatLevel, ExperimentResult> levels) {
    List<List<Object>> rows = new ArrayList<>();
    levels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      rows.add(summaryRow(Labels.of(e.getKey()) + ": additional", e.getValue(), r -> r.ledger().totalPence(CostKind.ADDITIONAL)));
      rows.add(summaryRow(Labels.of(e.getKey()) + ": opportunity", e.getValue(), r -> r.ledger().totalPence(CostKind.OPPORTUNITY)));
      rows.add(summaryRow(Labels.of(e.getKey()) + ": total", e.getValue(), r -> r.ledger().totalPence()));
    });
    return new Table("Threat levels", SUMMARY_COLUMNS, rows);
  }

  static Summary summaryOf(ExperimentResult result, ToLongFunction<ReplicationResult> pence) {
    return Summary.of(result.replications().stream().mapToDouble(r -> pence.applyAsLong(r) / 100.0).toArray());
  }

  private static List<Object> summaryRow(String label, ExperimentResult result, ToLongFunction<ReplicationResult> pence) {
    Summary s = summaryOf(result, pence);
    return List.of(label, s.mean(), s.ciLow(), s.ciHigh(), s.p50(), s.p90(), s.p95());
  }

  public static Table byCategory(ExperimentResult result) {
    return byKey(result, "By category", "Category", CostCategory.values(), CostLine::category);
  }

  public static Table byStrand(ExperimentResult result) {
    return byKey(result, "By strand", "CONTEST strand", Strand.values(), CostLine::strand);
  }

  public static Table byForce(ExperimentResult result) {
    List<ForceId> forces = ForceId.listed(result.replications().stream()
        .flatMap(r -> r.ledger().lines().stream()).map(CostLine::force).collect(java.util.stream.Collectors.toSet()));
    return byKey(result, "By force", "Force", forces.toArray(ForceId[]::new), CostLine::force);
  }

  /** Mean cost a week by kind, every week of the period in order. */
  public static Table byWeek(ExperimentResult result) {
    List<String> weeks = Weeks.labels(result.scenario().period());
    return byKey(result, "By week", "ISO week", weeks.toArray(String[]::new), CostLine::isoWeek);
  }

  private static <K> Table byKey(ExperimentResult result, String title, String keyName, K[] keys, Function<CostLine, K> key) {
    int n = result.replications().size();
    Map<K, double[]> sums = new LinkedHashMap<>();
    for (K k : keys) sums.put(k, new double[2]);
    for (ReplicationResult rep : result.replications()) {
      for (CostLine line : rep.ledger().lines()) {
        double[] s = sums.computeIfAbsent(key.apply(line), k -> new double[2]);
        s[line.kind().ordinal()] += line.pence() / 100.0 / n;
      }
    }
    boolean weeks = keys instanceof String[];
    List<List<Object>> rows = new ArrayList<>();
    sums.forEach((k, s) -> {
      if (weeks || s[0] != 0 || s[1] != 0) {
        rows.add(List.of(k instanceof ForceId f ? Labels.force(f) : k instanceof Enum<?> e ? Labels.of(e) : k.toString(),
            s[0], s[1], s[0] + s[1]));
      }
    });
    return new Table(title, Table.columns(keyName, Type.TEXT, "Additional (mean)", Type.POUNDS,
        "Opportunity (mean)", Type.POUNDS, "Total (mean)", Type.POUNDS), rows);
  }

  /** Every event, by mean total cost, highest first. */
  public static Table byEvent(ExperimentResult result) {
    int n = result.replications().size();
    Map<String, EventRow> first = new LinkedHashMap<>();
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (ReplicationResult rep : result.replications()) {
      for (EventRow e : rep.events()) {
        first.putIfAbsent(e.eventId(), e);
        double[] s = sums.computeIfAbsent(e.eventId(), id -> new double[3]);
        s[0] += e.additionalPence() / 100.0 / n;
        s[1] += e.opportunityPence() / 100.0 / n;
        s[2] += e.recoveredPence() / 100.0 / n;
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    sums.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> {
          EventRow row = first.get(e.getKey());
          double[] s = e.getValue();
          rows.add(List.of(row.name(), e.getKey(), Labels.of(row.type()), Labels.force(row.force()), row.start(),
              (double) row.days(), s[0], s[1], s[2], s[0] + s[1]));
        });
    return new Table("By event", Table.columns("Event", Type.TEXT, "Id", Type.TEXT, "Type", Type.TEXT, "Force",
        Type.TEXT, "Start", Type.DATE, "Days", Type.NUMBER, "Additional (mean)", Type.POUNDS, "Opportunity (mean)",
        Type.POUNDS, "Recovered (mean)", Type.POUNDS, "Total (mean)", Type.POUNDS), rows);
  }

  /** Every incident of every replication, with the special-grant threshold test. */
  public static Table byIncident(ExperimentResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (ReplicationResult rep : result.replications()) {
      for (IncidentRow i : rep.incidents()) {
        rows.add(List.of((double) rep.replication(), i.name(), Labels.of(i.type()), Labels.force(i.force()),
            i.time(), (double) i.peakConcurrentOfficers(), i.additionalPence() / 100.0,
            i.opportunityPence() / 100.0, i.grantThresholdPence() / 100.0, i.passesGrantThreshold()));
      }
    }
    return new Table("By incident", Table.columns("Replication", Type.NUMBER, "Incident", Type.TEXT, "Type",
        Type.TEXT, "Force", Type.TEXT, "Time", Type.DATE, "Peak officers", Type.NUMBER, "Additional", Type.POUNDS,
        "Opportunity", Type.POUNDS, "Grant threshold", Type.POUNDS, "Passes grant threshold", Type.FLAG), rows);
  }
}
