package uk.ctsim.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
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
import uk.ctsim.scenario.Scenario;

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
    List<ReplicationDigest> reps = new ArrayList<>();
    for (ReplicationResult rep : result.replications()) reps.add(ReplicationDigest.summaryOf(rep, result.scenario()));
    write(result.scenario(), result.masterSeed(), reps, table, out);
  }

  /** Writes the summary of replications kept as digests, in replication order; {@code table} holds their metrics. */
  static void write(Scenario scenario, long masterSeed, List<ReplicationDigest> reps, MetricTable table, Writer out)
      throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("scenario", scenario.name());
    root.put("master_seed", masterSeed);
    root.put("replication_count", reps.size());
    ArrayNode entries = root.putArray("replications");
    for (ReplicationDigest rep : reps) entries.add(replication(rep));
    root.set("across_replications", across(reps));
    String baseYear = scenario.costs().priceBaseYear();
    if (baseYear != null) root.set("constant_prices", constantPrices(reps, ConstantPrices.of(baseYear)));
    root.set("statistics", statistics(table));
    root.set("grant", grant(GrantExposure.of(table)));
    Json.write(root, out);
  }

  /** Mean totals at the base year's prices: {@code base_year} and the three totals, in pounds. */
  private static ObjectNode constantPrices(List<ReplicationDigest> reps, ConstantPrices prices) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("base_year", prices.baseYear());
    node.put("deflator", "HM Treasury GDP deflator at market prices, March 2020 release (ONS L8GG)");
    int i = 0;
    for (String name : TOTALS.keySet()) {
      int k = i++;
      double mean = reps.stream().mapToDouble(r -> r.constantTotalsPence()[k]).sum() / reps.size();
      node.put(name, Cells.gbpValue(Math.round(mean)));
    }
    return node;
  }

  private static ObjectNode replication(ReplicationDigest rep) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("replication", rep.replication());
    node.put("seed", rep.seed());
    int i = 0;
    for (String name : TOTALS.keySet()) node.put(name, Cells.gbpValue(rep.totalsPence()[i++]));
    node.set("by_category", byEnum(rep.byEnumPence()[0], CostCategory.values()));
    node.set("by_strand", byEnum(rep.byEnumPence()[1], Strand.values()));
    ObjectNode byForce = node.putObject("by_force");
    rep.byForcePence().forEach((force, pence) -> byForce.put(force, Cells.gbpValue(pence)));
    node.set("by_kind", byEnum(rep.byEnumPence()[2], CostKind.values()));
    ObjectNode kpis = node.putObject("kpis");
    new TreeMap<>(rep.kpis()).forEach((name, value) -> kpis.put(name, Json.number(value)));
    return node;
  }

  private static <E extends Enum<E>> ObjectNode byEnum(long[] pence, E[] constants) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    for (E constant : constants) node.put(constant.name(), Cells.gbpValue(pence[constant.ordinal()]));
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

  private static ObjectNode across(List<ReplicationDigest> reps) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    if (reps.isEmpty()) return node;
    int i = 0;
    for (String name : TOTALS.keySet()) {
      int k = i++;
      long[] values = reps.stream().mapToLong(r -> r.totalsPence()[k]).toArray();
      ObjectNode stats = node.putObject(name);
      stats.put("mean", Cells.gbpValue(Arrays.stream(values).mapToDouble(v -> v).average().orElseThrow()));
      stats.put("min", Cells.gbpValue(Arrays.stream(values).min().orElseThrow()));
      stats.put("max", Cells.gbpValue(Arrays.stream(values).max().orElseThrow()));
    }
    return node;
  }
}
