package uk.ctsim.output;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import uk.ctsim.cost.ConstantPrices;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLine;
import uk.ctsim.experiment.Metrics;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Scenario;

/**
 * What a run keeps of one replication once its rows are written: its metric vector and the few sums that
 * {@code summary.json} shows for it. With {@link #rows} it also carries the replication's rows of each row file as
 * CSV text without header, so that a replication made on another thread or another machine (a Spark task) is written
 * by the same code, in replication order. Everything is exact (pence as longs, metrics as doubles), so a run folder
 * made from digests is byte-identical to one made from the results.
 *
 * @param totalsPence additional, opportunity and total cost, in the order of {@link SummaryJson#TOTALS}
 * @param constantTotalsPence the same at the base year's prices, or null when the scenario names no base year
 * @param byEnumPence cost by category, strand and kind, each array in enum order
 * @param byForcePence cost by force code, standard forces first then by code ({@link ForceId#listed}); forces are data,
 *     so they are keyed by code, not by position
 * @param kpis the replication's named indicators, sorted by name
 * @param metrics the replication's metrics, in {@link Metrics#of} order
 * @param rows CSV rows without header by file name ({@link StreamingDataFiles#ROW_FILES}), or null once written
 */
public record ReplicationDigest(int replication, long seed, long[] totalsPence, long[] constantTotalsPence,
    long[][] byEnumPence, Map<String, Long> byForcePence, Map<String, Double> kpis, Map<String, Double> metrics, Map<String, String> rows)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The digest of a replication of {@code scenario}, with its rows. */
  public static ReplicationDigest of(ReplicationResult rep, Scenario scenario) {
    return summaryOf(rep, scenario).withRows(renderRows(rep));
  }

  /** The digest without rows, for the summary of results held in memory. */
  static ReplicationDigest summaryOf(ReplicationResult rep, Scenario scenario) {
    String baseYear = scenario.costs().priceBaseYear();
    long[] constant = null;
    if (baseYear != null) {
      ConstantPrices prices = ConstantPrices.of(baseYear);
      constant = new long[] {prices.totalPence(rep.ledger(), CostKind.ADDITIONAL),
          prices.totalPence(rep.ledger(), CostKind.OPPORTUNITY), prices.totalPence(rep.ledger())};
    }
    long[] totals = SummaryJson.TOTALS.values().stream().mapToLong(t -> t.applyAsLong(rep)).toArray();
    long[][] byEnum = {byEnum(rep, CostCategory.values(), CostLine::category),
        byEnum(rep, Strand.values(), CostLine::strand), byEnum(rep, CostKind.values(), CostLine::kind)};
    Map<ForceId, Long> forces = rep.ledger().sumBy(CostLine::force);
    Map<String, Long> byForce = new LinkedHashMap<>();
    for (ForceId f : ForceId.listed(forces.keySet())) byForce.put(f.name(), forces.getOrDefault(f, 0L));
    return new ReplicationDigest(rep.replication(), rep.seed(), totals, constant, byEnum, byForce,
        new TreeMap<>(rep.kpis()),
        new LinkedHashMap<>(Metrics.of(rep)), null);
  }

  /** The same digest with {@code rows} (or none, with null). */
  public ReplicationDigest withRows(Map<String, String> rows) {
    return new ReplicationDigest(replication, seed, totalsPence, constantTotalsPence, byEnumPence, byForcePence, kpis, metrics, rows);
  }

  /** The digest as a run keeps it: no rows, metrics as a compact vector (names shared with {@code previous}'s). */
  ReplicationDigest compact(MetricVector previous) {
    return new ReplicationDigest(replication, seed, totalsPence, constantTotalsPence, byEnumPence, byForcePence, kpis,
        MetricVector.of(metrics, previous), null);
  }

  private static <E extends Enum<E>> long[] byEnum(ReplicationResult rep, E[] constants, Function<CostLine, E> key) {
    Map<E, Long> sums = rep.ledger().sumBy(key);
    long[] pence = new long[constants.length];
    for (E constant : constants) pence[constant.ordinal()] = sums.getOrDefault(constant, 0L);
    return pence;
  }

  /** A replication's rows of each row file, as the whole-run writers would write them, without the header. */
  static Map<String, String> renderRows(ReplicationResult rep) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put(CostsCsv.FILE, render(CostsCsv.COLUMNS, t -> CostsCsv.rows(rep, t)));
    rows.put(DailyCsv.FILE, render(DailyCsv.COLUMNS, t -> DailyCsv.rows(rep, t)));
    rows.put(EventsCsv.FILE, render(EventsCsv.COLUMNS, t -> EventsCsv.rows(rep, t)));
    rows.put(IncidentsCsv.FILE, render(IncidentsCsv.COLUMNS, t -> IncidentsCsv.rows(rep, t)));
    rows.put(IncidentDaysCsv.FILE, render(IncidentDaysCsv.COLUMNS, t -> IncidentDaysCsv.rows(rep, t)));
    rows.put(OvertimeHistogramCsv.FILE, render(OvertimeHistogramCsv.COLUMNS, t -> OvertimeHistogramCsv.rows(rep, t)));
    rows.put(MutualAidCsv.FILE, render(MutualAidCsv.COLUMNS, t -> MutualAidCsv.rows(rep, t)));
    return rows;
  }

  private interface RowWriter {
    void write(CsvTable table) throws IOException;
  }

  private static String render(List<String> columns, RowWriter rows) {
    StringWriter text = new StringWriter();
    try (CsvTable table = CsvTable.rowsOnly(text, columns)) {
      rows.write(table);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render rows in memory", e);
    }
    return text.toString();
  }
}
