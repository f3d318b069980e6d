package uk.ctsim.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.ctsim.experiment.ComparedRun;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.Difference;
import uk.ctsim.experiment.GrantExposure;
import uk.ctsim.experiment.LevelsPlan;

/**
 * {@code levels.json} and {@code comparison.json}: what was compared (for levels: {@code scenario},
 * {@code master_seed}, {@code replication_count}, {@code replication_seeds}, {@code levels}, {@code folders}; for
 * runs: {@code sources}, each with {@code label}, {@code folder}, {@code scenario}, {@code master_seed},
 * {@code replication_count}), then
 * {@code method} ({@code paired} or {@code welch}), {@code reference} (label) and {@code runs}: for each run its
 * {@code label}, {@code replications}, {@code grant} (as in summary.json), {@code statistics} (every metric, as in
 * summary.json) and, except for the reference, {@code difference_from_reference}: for every metric {@code mean},
 * {@code method}, {@code ci95_low}, {@code ci95_high}, {@code ci95_width}, {@code welch_ci95_low},
 * {@code welch_ci95_high}, {@code welch_ci95_width}, {@code width_ratio} (Welch width / paired width) and
 * {@code variance_reduction} ((var a + var b) / var(b − a); null when not paired).
 */
public final class ComparisonJson {
  public static final String LEVELS_FILE = "levels.json";
  public static final String COMPARISON_FILE = "comparison.json";

  private ComparisonJson() {}

  /** {@code levels.json}: the levels of {@code plan} compared. */
  public static void writeLevels(Comparison c, LevelsPlan plan, Writer out) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("scenario", plan.scenario());
    root.put("master_seed", plan.masterSeed());
    root.put("replication_count", plan.replications());
    ArrayNode seeds = root.putArray("replication_seeds");
    plan.seeds().forEach(seeds::add);
    ArrayNode levels = root.putArray("levels");
    plan.levels().forEach(l -> levels.add(l.name()));
    ArrayNode folders = root.putArray("folders");
    plan.levels().forEach(l -> folders.add(l.name() + "/"));
    write(c, root, out);
  }

  /** {@code comparison.json}: {@code runs} compared, in the order of the comparison's labels. */
  public static void writeRuns(Comparison c, List<ComparedRun> runs, Writer out) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode sources = root.putArray("sources");
    for (int i = 0; i < runs.size(); i++) {
      ComparedRun r = runs.get(i);
      sources.addObject().put("label", c.labels().get(i)).put("folder", r.folder().toString())
          .put("scenario", r.scenario()).put("master_seed", r.masterSeed()).put("replication_count", r.seeds().size());
    }
    write(c, root, out);
  }

  private static void write(Comparison c, ObjectNode root, Writer out) throws IOException {
    root.put("method", c.method().label());
    root.put("reference", c.labels().get(c.reference()));
    ArrayNode runs = root.putArray("runs");
    for (int i = 0; i < c.labels().size(); i++) runs.add(run(c, i));
    Json.write(root, out);
  }

  private static ObjectNode run(Comparison c, int i) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("label", c.labels().get(i));
    node.put("replications", c.tables().get(i).replications());
    node.set("grant", SummaryJson.grant(GrantExposure.of(c.tables().get(i))));
    ObjectNode stats = node.putObject("statistics");
    ObjectNode diffs = Json.MAPPER.createObjectNode();
    for (String m : c.metrics()) {
      Comparison.Row row = c.row(i, m);
      stats.set(m, SummaryJson.summary(m, row.summary()));
      if (row.difference() != null) diffs.set(m, difference(m, row));
    }
    if (i != c.reference()) node.set("difference_from_reference", diffs);
    return node;
  }

  private static ObjectNode difference(String m, Comparison.Row row) {
    Difference d = row.difference();
    Difference w = row.welch();
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("mean", Cells.metricValue(m, d.mean()));
    node.put("method", d.method().label());
    node.put("ci95_low", Cells.metricValue(m, d.ciLow()));
    node.put("ci95_high", Cells.metricValue(m, d.ciHigh()));
    node.put("ci95_width", Cells.metricValue(m, d.ciHigh() - d.ciLow()));
    node.put("welch_ci95_low", Cells.metricValue(m, w.ciLow()));
    node.put("welch_ci95_high", Cells.metricValue(m, w.ciHigh()));
    node.put("welch_ci95_width", Cells.metricValue(m, w.ciHigh() - w.ciLow()));
    double paired = d.ciHigh() - d.ciLow();
    node.put("width_ratio", Cells.metricValue("ratio", paired == 0 ? Double.NaN : (w.ciHigh() - w.ciLow()) / paired));
    node.put("variance_reduction", Cells.metricValue("ratio", row.varianceReduction()));
    return node;
  }
}
