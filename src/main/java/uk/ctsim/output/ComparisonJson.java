package uk.ctsim.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.Difference;
import uk.ctsim.experiment.GrantExposure;

/**
 * {@code levels.json} and {@code comparison.json}: the facts given by the caller (scenario, seeds, sources), then
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

  public static void write(Comparison c, Map<String, Object> facts, Writer out) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    facts.forEach((k, v) -> root.set(k, Json.MAPPER.valueToTree(v)));
    root.put("method", c.method());
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
    node.put("method", d.method());
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
