package uk.ctsim.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.ExperimentResult;

/**
 * {@code manifest.json}: what is needed to reproduce the run.
 *
 * <p>Fields: {@code ctsim_version}, {@code git_commit} (null when unknown), {@code java_version},
 * {@code scenario_file}, {@code overrides} (list of {@code path=value}), {@code scenario} (the scenario as run, a JSON
 * object that ctsim can load again), {@code master_seed}, {@code replications} (list of {@code replication},
 * {@code seed}), {@code threads}, {@code started} and {@code ended} (ISO-8601 with offset). {@link RunFolder#commit}
 * adds {@code files}: every other file of the folder with its size and SHA-256 (see {@link Manifests}).
 */
public final class ManifestJson {
  public static final String FILE = "manifest.json";

  private ManifestJson() {}

  /** The manifest of a run, without its {@code files} (the folder adds them when it is committed). */
  public static ObjectNode of(ExperimentResult result, RunInfo info) {
    return of(result.masterSeed(), result.replications().stream().map(r -> new long[] {r.replication(), r.seed()})
        .toList(), info);
  }

  /** As {@link #of(ExperimentResult, RunInfo)}, for a run whose replications were streamed and kept as digests. */
  public static ObjectNode ofDigests(long masterSeed, java.util.List<ReplicationDigest> reps, RunInfo info) {
    return of(masterSeed, reps.stream().map(r -> new long[] {r.replication(), r.seed()}).toList(), info);
  }

  private static ObjectNode of(long masterSeed, java.util.List<long[]> replicationSeeds, RunInfo info) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("ctsim_version", info.ctsimVersion());
    root.put("git_commit", info.gitCommit());
    root.put("java_version", info.javaVersion());
    root.put("scenario_file", info.scenarioFile().toString());
    ArrayNode overrides = root.putArray("overrides");
    info.overrides().forEach(overrides::add);
    root.set("scenario", scenarioObject(info.scenarioJson()));
    root.put("master_seed", masterSeed);
    ArrayNode reps = root.putArray("replications");
    for (long[] rep : replicationSeeds) reps.addObject().put("replication", (int) rep[0]).put("seed", rep[1]);
    root.put("threads", info.threads());
    root.put("started", info.started().toString());
    root.put("ended", info.ended().toString());
    return root;
  }

  /** The manifest of a folder that is not itself a run (a threat-level or scenario comparison, a report made again). */
  public static ObjectNode ofFolder(String kind, String ctsimVersion) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("kind", kind);
    root.put("ctsim_version", ctsimVersion);
    return root;
  }

  /** Notes that the report files could not be made, and why (the data files are complete and listed). */
  public static void reportsFailed(ObjectNode manifest, String why) {
    manifest.put("reports_failed", why);
  }

  /**
   * How the run of a manifest was made, read back as the same typed value the run wrote it from.
   *
   * @throws OutputFolderException when a field is missing or of the wrong kind
   */
  public static RunInfo info(JsonNode manifest, Path file) {
    try {
      List<String> overrides = new ArrayList<>();
      field(manifest, "overrides", file).forEach(o -> overrides.add(o.asText()));
      JsonNode commit = field(manifest, "git_commit", file);
      return new RunInfo(text(manifest, "ctsim_version", file), commit.isNull() ? null : commit.asText(),
          text(manifest, "java_version", file), Path.of(text(manifest, "scenario_file", file)), overrides,
          Json.MAPPER.writeValueAsString(field(manifest, "scenario", file)), field(manifest, "threads", file).asInt(),
          OffsetDateTime.parse(text(manifest, "started", file)),
          OffsetDateTime.parse(text(manifest, "ended", file)));
    } catch (JsonProcessingException | RuntimeException e) {
      if (e instanceof OutputFolderException o) throw o;
      throw new OutputFolderException(file + ": not a run's manifest: " + e.getMessage(), e);
    }
  }

  private static JsonNode field(JsonNode manifest, String name, Path file) {
    JsonNode value = manifest.get(name);
    if (value == null) throw new OutputFolderException(file + ": the manifest has no field " + name);
    return value;
  }

  private static String text(JsonNode manifest, String name, Path file) {
    JsonNode value = field(manifest, name, file);
    if (!value.isValueNode() || value.isNull()) throw new OutputFolderException(file + ": " + name + " is not a value");
    return value.asText();
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
