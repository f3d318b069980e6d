package uk.ctsim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code shard.json}: what {@code ctsim merge} needs of a shard (a run of part of an experiment's replications) beyond
 * its row files: each replication's {@link ReplicationDigest} without rows, exactly (pence as integers, metrics and
 * indicators as Java's shortest round-trip decimal text, so {@code NaN} survives too). The shard's manifest gets
 * {@code replication_range}: {@code from} and {@code to}, the replications run, numbered from 0, {@code to} excluded.
 */
public final class ShardFile {
  public static final String FILE = "shard.json";
  /** The manifest field that marks a shard. */
  public static final String RANGE = "replication_range";

  private ShardFile() {}

  /** Notes the range in {@code manifest} and writes {@value #FILE} into the shard's folder. */
  public static void write(RunFolder folder, ObjectNode manifest, int from, int to, List<ReplicationDigest> reps) {
    manifest.putObject(RANGE).put("from", from).put("to", to);
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.putObject(RANGE).put("from", from).put("to", to);
    ArrayNode list = root.putArray("replications");
    for (ReplicationDigest rep : reps) list.add(node(rep));
    folder.write(FILE, out -> Json.write(root, out));
  }

  private static ObjectNode node(ReplicationDigest rep) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("replication", rep.replication());
    node.put("seed", rep.seed());
    longs(node.putArray("totals_pence"), rep.totalsPence());
    if (rep.constantTotalsPence() != null) longs(node.putArray("constant_totals_pence"), rep.constantTotalsPence());
    ArrayNode byEnum = node.putArray("by_enum_pence");
    for (long[] pence : rep.byEnumPence()) longs(byEnum.addArray(), pence);
    ObjectNode byForce = node.putObject("by_force_pence");
    rep.byForcePence().forEach(byForce::put);
    doubles(node.putObject("kpis"), rep.kpis());
    doubles(node.putObject("metrics"), rep.metrics());
    return node;
  }

  private static void longs(ArrayNode array, long[] values) {
    for (long v : values) array.add(v);
  }

  private static void doubles(ObjectNode object, Map<String, Double> values) {
    values.forEach((name, v) -> object.put(name, Double.toString(v)));
  }

  /** The digests in a shard folder's {@value #FILE}, in its order. */
  public static List<ReplicationDigest> read(Path dir) {
    Path file = dir.resolve(FILE);
    try {
      JsonNode root = Json.MAPPER.readTree(Files.readString(file));
      List<ReplicationDigest> reps = new ArrayList<>();
      for (JsonNode rep : root.path("replications")) reps.add(digest(rep));
      return reps;
    } catch (NoSuchFileException e) {
      throw new OutputFolderException(dir + " is not a shard: it has no " + FILE + " (run it with --replication-range)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static ReplicationDigest digest(JsonNode rep) {
    JsonNode constant = rep.get("constant_totals_pence");
    List<long[]> byEnum = new ArrayList<>();
    rep.path("by_enum_pence").forEach(a -> byEnum.add(longs(a)));
    return new ReplicationDigest(rep.path("replication").asInt(), rep.path("seed").asLong(), longs(rep.path("totals_pence")),
        constant == null ? null : longs(constant), byEnum.toArray(long[][]::new), forces(rep.path("by_force_pence")),
        doubles(rep.path("kpis"), new TreeMap<>()), doubles(rep.path("metrics"), new LinkedHashMap<>()), null);
  }

  private static Map<String, Long> forces(JsonNode object) {
    Map<String, Long> pence = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> pence.put(e.getKey(), e.getValue().asLong()));
    return pence;
  }

  private static long[] longs(JsonNode array) {
    long[] values = new long[array.size()];
    for (int i = 0; i < values.length; i++) values[i] = array.get(i).asLong();
    return values;
  }

  private static Map<String, Double> doubles(JsonNode object, Map<String, Double> into) {
    object.fields().forEachRemaining(e -> into.put(e.getKey(), Double.parseDouble(e.getValue().asText())));
    return into;
  }
}
