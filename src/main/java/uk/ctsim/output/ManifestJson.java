package uk.ctsim.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;

/**
 * {@code manifest.json}: what is needed to reproduce the run.
 *
 * <p>Fields: {@code ctsim_version}, {@code git_commit} (null when unknown), {@code java_version},
 * {@code scenario_file}, {@code overrides} (list of {@code path=value}), {@code scenario} (the scenario as run, a JSON
 * object that ctsim can load again), {@code master_seed}, {@code replications} (list of {@code replication},
 * {@code seed}), {@code threads}, {@code started} and {@code ended} (ISO-8601 with offset). Files are listed in
 * {@code files} in the order they were written.
 */
public final class ManifestJson {
  public static final String FILE = "manifest.json";

  private ManifestJson() {}

  public static void write(ExperimentResult result, RunInfo info, Iterable<String> files, Writer out)
      throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("ctsim_version", info.ctsimVersion());
    root.put("git_commit", info.gitCommit());
    root.put("java_version", info.javaVersion());
    root.put("scenario_file", info.scenarioFile().toString());
    ArrayNode overrides = root.putArray("overrides");
    info.overrides().forEach(overrides::add);
    root.set("scenario", scenarioObject(info.scenarioJson()));
    root.put("master_seed", result.masterSeed());
    ArrayNode reps = root.putArray("replications");
    for (ReplicationResult rep : result.replications()) {
      reps.addObject().put("replication", rep.replication()).put("seed", rep.seed());
    }
    root.put("threads", info.threads());
    root.put("started", info.started().toString());
    root.put("ended", info.ended().toString());
    ArrayNode listed = root.putArray("files");
    files.forEach(listed::add);
    Json.write(root, out);
  }

  private static JsonNode scenarioObject(String json) {
    try {
      JsonNode node = Json.MAPPER.readTree(json);
      if (node == null || !node.isObject()) throw new IllegalArgumentException("the scenario as run is not a JSON object");
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the scenario as run is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
