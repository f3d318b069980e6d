package uk.ctsim.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import uk.ctsim.experiment.Seeds;
import uk.ctsim.experiment.Summary;
import uk.ctsim.experiment.design.Design;
import uk.ctsim.experiment.design.ExperimentPlan;
import uk.ctsim.experiment.design.Parameter;
import uk.ctsim.experiment.design.Point;
import uk.ctsim.experiment.sweep.PointResult;

/**
 * The tables of a sweep folder: {@code points.csv} (each point's parameter values), {@code results.csv} (one row per
 * point and replication with the kept outputs) and {@code summary.csv} (per point and output: mean, standard deviation,
 * 95% CI, percentiles), and the experiment as planned ({@code experiment.json}).
 */
public final class SweepTables {
  public static final String POINTS = "points.csv";
  public static final String RESULTS = "results.csv";
  public static final String SUMMARY = "summary.csv";

  private SweepTables() {}

  /**
   * The experiment as planned: the file as read, the seed, replications, every point's values and a digest of the
   * base scenario as run, so that a sweep resumed into the same folder is known to be the same experiment.
   */
  public static String experimentJson(ExperimentPlan plan, String scenarioAsRunJson) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("name", plan.name());
    root.put("experiment_file", plan.file().getFileName().toString());
    root.set("experiment", Json.MAPPER.valueToTree(plan.spec()));
    root.put("master_seed", plan.masterSeed());
    root.put("replications", plan.replications());
    ArrayNode seeds = root.putArray("replication_seeds");
    for (int r = 0; r < plan.replications(); r++) seeds.add(Seeds.replicationSeed(plan.masterSeed(), r));
    root.put("points", plan.design().size());
    root.put("base_scenario_sha256", sha256(scenarioAsRunJson));
    root.put("engine", "local thread pool");
    StringWriter out = new StringWriter();
    try {
      Json.write(root, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> parameterColumns(Design design) {
    return design.parameters().stream().map(Parameter::path).toList();
  }

  public static void writePoints(Design design, Writer out) throws IOException {
    List<String> columns = new ArrayList<>(List.of("point"));
    columns.addAll(parameterColumns(design));
    try (CsvTable t = new CsvTable(out, columns)) {
      for (Point p : design.points()) {
        List<String> row = new ArrayList<>(List.of(Integer.toString(p.id())));
        row.addAll(p.texts());
        t.row(row);
      }
    }
  }

  public static void writeResults(List<PointResult> results, List<String> outputs, long masterSeed, Writer out)
      throws IOException {
    List<String> columns = new ArrayList<>(List.of("point", "replication", "seed"));
    columns.addAll(outputs);
    try (CsvTable t = new CsvTable(out, columns)) {
      for (PointResult p : results) {
        double[][] v = p.values();
        for (int r = 0; r < v.length; r++) {
          List<String> row = new ArrayList<>(List.of(Integer.toString(p.point()), Integer.toString(r),
              Long.toString(Seeds.replicationSeed(masterSeed, r))));
          for (int m = 0; m < outputs.size(); m++) row.add(Cells.metric(outputs.get(m), v[r][m]));
          t.row(row);
        }
      }
    }
  }

  public static void writeSummary(Design design, List<PointResult> results, List<String> outputs, Writer out)
      throws IOException {
    List<String> columns = new ArrayList<>(List.of("point"));
    columns.addAll(parameterColumns(design));
    columns.addAll(List.of("output", "n", "mean", "sd", "ci_low", "ci_high", "p5", "p50", "p90", "p95"));
    try (CsvTable t = new CsvTable(out, columns)) {
      for (PointResult p : results) {
        for (String name : outputs) {
          Summary s = Summary.of(p.output(name));
          List<String> row = new ArrayList<>(List.of(Integer.toString(p.point())));
          row.addAll(design.points().get(p.point()).texts());
          row.addAll(List.of(name, Integer.toString(s.n())));
          for (double x : new double[] {s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.p5(), s.p50(), s.p90(), s.p95()}) {
            row.add(Cells.metric(name, x));
          }
          t.row(row);
        }
      }
    }
  }
}
