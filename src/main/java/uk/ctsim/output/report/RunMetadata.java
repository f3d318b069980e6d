package uk.ctsim.output.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.output.report.Table.Type;

/** The run's metadata, read from its manifest, as a two-column table. */
public final class RunMetadata {
  private RunMetadata() {}

  public static Table of(JsonNode manifest) {
    List<List<Object>> rows = new ArrayList<>();
    add(rows, "ctsim version", manifest, "ctsim_version");
    add(rows, "Git commit", manifest, "git_commit");
    add(rows, "Java version", manifest, "java_version");
    add(rows, "Scenario file", manifest, "scenario_file");
    List<String> overrides = new ArrayList<>();
    manifest.path("overrides").forEach(o -> overrides.add(o.asText()));
    rows.add(List.of("Overrides (--set)", overrides.isEmpty() ? "none" : String.join("; ", overrides)));
    add(rows, "Master seed", manifest, "master_seed");
    List<String> seeds = new ArrayList<>();
    manifest.path("replications").forEach(r -> seeds.add(r.path("replication").asText() + ": " + r.path("seed").asText()));
    rows.add(List.of("Replications", seeds.size() + (seeds.isEmpty() ? "" : " (seeds " + String.join(", ", seeds) + ")")));
    add(rows, "Worker threads", manifest, "threads");
    add(rows, "Started", manifest, "started");
    add(rows, "Ended", manifest, "ended");
    return new Table("Run", Table.columns("Item", Type.TEXT, "Value", Type.TEXT), rows);
  }

  private static void add(List<List<Object>> rows, String label, JsonNode manifest, String field) {
    JsonNode value = manifest.get(field);
    if (value == null) throw new IllegalArgumentException("the manifest has no field " + field);
    rows.add(List.of(label, value.isNull() ? "unknown" : value.asText()));
  }
}
