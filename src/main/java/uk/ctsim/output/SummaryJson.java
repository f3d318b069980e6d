package uk.ctsim.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import uk.ctsim.cost.ConstantPrices;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLine;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.GrantExposure;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.experiment.Summary;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;

/**
 * {@code summary.json}: cost totals of each replication and their mean, minimum and maximum across replications.
 *
 * <p>Shape: {@code scenario}, {@code master_seed}, {@code replication_count}; {@code replications}: one object per
 * replication with {@code replication}, {@code seed}, {@code additional_gbp}, {@code opportunity_gbp},
 * {@code total_gbp}, {@code by_category}, {@code by_strand}, {@code by_force}, {@code by_kind} (pounds by enum
 * constant, every constant listed in enum order) and {@code kpis} (the replication's named indicators, sorted by
 * name); {@code across_replications}: for each total in {@link #TOTALS}, {@code mean}, {@code min}, {@code max} in
 * pounds. Add a total to {@link #TOTALS} to have it summarised. {@code statistics}: for every metric (see
 * {@link uk.ctsim.experiment.Metrics}) {@code n}, {@code mean}, {@code sd}, {@code ci95_low}, {@code ci95_high}, {@code ci95_method},
 * {@code p5}, {@code p50}, {@code p90}, {@code p95}, {@code min}, {@code max}. {@code grant}: special-grant exposure
 * ({@link GrantExposure}).
 */
public final class SummaryJson {
  public static final String FILE = "summary.json";

  /** Totals summarised across replications, in pence, by name. */
  public static final Map<String, ToLongFunction<ReplicationResult>> TOTALS = totals();

  private SummaryJson() {}

  private static Map<String, ToLongFunction<ReplicationResult>> totals() {
    Map<String, ToLongFunction<ReplicationResult>> totals = new LinkedHashMap<>();
    totals.put("additional_gbp", r -> r.ledger().totalPence(CostKind.ADDITIONAL));
    totals.put("opportunity_gbp", r -> r.ledger().totalPence(CostKind.OPPORTUNITY));
    totals.put("total_gbp", r -> r.ledger().totalPence());
    return Collections.unmodifiableMap(totals);
  }

  public static void write(ExperimentResult result, Writer out) throws IOException {
    write(result, MetricTable.of(result), out);
  }

  /** Writes the summary; {@code table} holds the metrics of {@code result}'s replications. */
  public static void write(ExperimentResult result, MetricTable table, Writer out) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("scenario", result.scenario().name());
    root.put("master_seed", result.masterSeed());
    root.put("replication_count", result.replications().size());
    ArrayNode reps = root.putArray("replications");
    for (ReplicationResult rep : result.replications()) reps.add(replication(rep));
    root.set("across_replications", across(result.replications()));
    String baseYear = result.scenario().costs().priceBaseYear();
    if (baseYear != null) root.set("constant_prices", constantPrices(result, ConstantPrices.of(baseYear)));
    root.set("statistics", statistics(table));
    root.set("grant", grant(GrantExposure.of(table)));
    Json.write(root, out);
  }

  /** Mean totals at the base year's prices: {@code base_year} and the three totals, in pounds. */
  private static ObjectNode constantPrices(ExperimentResult result, ConstantPrices prices) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("base_year", prices.baseYear());
    node.put("deflator", "HM Treasury GDP deflator at market prices, March 2020 release (ONS L8GG)");
    List<ReplicationResult> reps = result.replications();
    Map<String, ToLongFunction<ReplicationResult>> totals = new LinkedHashMap<>();
    totals.put("additional_gbp", r -> prices.totalPence(r.ledger(), CostKind.ADDITIONAL));
    totals.put("opportunity_gbp", r -> prices.totalPence(r.ledger(), CostKind.OPPORTUNITY));
    totals.put("total_gbp", r -> prices.totalPence(r.ledger()));
    totals.forEach((name, total) -> {
      double mean = reps.stream().mapToDouble(total::applyAsLong).sum() / reps.size();
      node.put(name, Cells.gbpValue(Math.round(mean)));
    });
    return node;
  }

  private static ObjectNode replication(ReplicationResult rep) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("replication", rep.replication());
    node.put("seed", rep.seed());
    TOTALS.forEach((name, total) -> node.put(name, Cells.gbpValue(total.applyAsLong(rep))));
    node.set("by_category", byEnum(rep, CostCategory.values(), CostLine::category));
    node.set("by_strand", byEnum(rep, Strand.values(), CostLine::strand));
    ObjectNode byForce = node.putObject("by_force");
    Map<ForceId, Long> forces = rep.ledger().sumBy(CostLine::force);
    for (ForceId f : ForceId.listed(forces.keySet())) byForce.put(f.name(), Cells.gbpValue(forces.getOrDefault(f, 0L)));
    node.set("by_kind", byEnum(rep, CostKind.values(), CostLine::kind));
    ObjectNode kpis = node.putObject("kpis");
    new TreeMap<>(rep.kpis()).forEach((name, value) -> kpis.put(name, Json.number(value)));
    return node;
  }

  private static <E extends Enum<E>> ObjectNode byEnum(ReplicationResult rep, E[] constants, Function<CostLine, E> key) {
    Map<E, Long> sums = rep.ledger().sumBy(key);
    ObjectNode node = Json.MAPPER.createObjectNode();
    for (E constant : constants) node.put(constant.name(), Cells.gbpValue(sums.getOrDefault(constant, 0L)));
    return node;
  }

  /** Every metric's summary across replications, in table order. */
  static ObjectNode statistics(MetricTable table) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    table.summaries().forEach((name, s) -> node.set(name, summary(name, s)));
    return node;
  }

  static ObjectNode summary(String name, Summary s) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("n", s.n());
    node.put("mean", Cells.metricValue(name, s.mean()));
    node.put("sd", Cells.metricValue(name, s.sd()));
    node.put("ci95_low", Cells.metricValue(name, s.ciLow()));
    node.put("ci95_high", Cells.metricValue(name, s.ciHigh()));
    node.put("ci95_method", s.method());
    node.put("p5", Cells.metricValue(name, s.p5()));
    node.put("p50", Cells.metricValue(name, s.p50()));
    node.put("p90", Cells.metricValue(name, s.p90()));
    node.put("p95", Cells.metricValue(name, s.p95()));
    node.put("min", Cells.metricValue(name, s.min()));
    node.put("max", Cells.metricValue(name, s.max()));
    return node;
  }

  static ObjectNode grant(GrantExposure g) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("replications", g.replications());
    node.put("p_year_with_passing_incident", Cells.metricValue("share", g.pYearWithPassingIncident()));
    node.put("surge_cost_mean_gbp", Cells.metricValue("cost.", g.surgeCostMeanGbp()));
    node.put("surge_cost_p90_gbp", Cells.metricValue("cost.", g.surgeCostP90Gbp()));
    node.put("surge_additional_p90_gbp", Cells.metricValue("cost.", g.surgeAdditionalP90Gbp()));
    return node;
  }

  private static ObjectNode across(List<ReplicationResult> reps) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    if (reps.isEmpty()) return node;
    TOTALS.forEach((name, total) -> {
      long[] values = reps.stream().mapToLong(total).toArray();
      ObjectNode stats = node.putObject(name);
      stats.put("mean", Cells.gbpValue(Arrays.stream(values).mapToDouble(v -> v).average().orElseThrow()));
      stats.put("min", Cells.gbpValue(Arrays.stream(values).min().orElseThrow()));
      stats.put("max", Cells.gbpValue(Arrays.stream(values).max().orElseThrow()));
    });
    return node;
  }
}
