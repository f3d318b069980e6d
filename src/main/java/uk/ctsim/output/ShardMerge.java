package uk.ctsim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.ctsim.scenario.Scenario;

/**
 * Joins shard folders (runs of parts of one experiment, {@code ctsim run --replication-range}) into one run folder
 * whose data files are byte-identical to those of a single run of all the replications, and whose manifest differs
 * from that run's only in {@code started}, {@code ended} and {@code threads} (the earliest start, the latest end, the
 * first shard's threads). Every shard is verified against its manifest first; shards of different scenarios, seeds or
 * ctsim versions, overlapping shards and missing replications are refused, each with a message naming the folders.
 */
public final class ShardMerge {
  private ShardMerge() {}

  /** A shard as read: its folder, manifest and range. */
  private record Shard(Path dir, JsonNode manifest, int from, int to) {
    String describe() {
      return dir + " (replications " + from + ".." + (to - 1) + ")";
    }
  }

  /** What the merge made: the merged folder's manifest (not yet committed) and the replication count. */
  public record Merged(ObjectNode manifest, int replications) {}

  /** Writes the merged data files into {@code target}; the caller commits it with {@link Merged#manifest()}. */
  public static Merged merge(List<Path> dirs, RunFolder target) {
    if (dirs.isEmpty()) throw new OutputFolderException("no shard folders to merge");
    List<Shard> shards = new ArrayList<>();
    for (Path dir : dirs) shards.add(read(dir));
    shards.sort(Comparator.comparingInt(Shard::from));
    Shard first = shards.get(0);
    for (Shard s : shards) sameExperiment(first, s);
    Scenario scenario = RunFolderReader.scenario(first.manifest().path("scenario"));
    covers(shards, scenario.run().replications());
    StreamingDataFiles data = StreamingDataFiles.open(target);
    try {
      for (Shard s : shards) data.acceptShard(s.dir(), digests(s));
    } catch (RuntimeException | Error e) {
      data.close();
      throw e;
    }
    StreamingDataFiles.Finished finished = data.finish(scenario, first.manifest().path("master_seed").asLong());
    return new Merged(manifest(shards, finished), finished.replications().size());
  }

  private static Shard read(Path dir) {
    Manifests.requireIntact(dir);
    JsonNode manifest = RunFolderReader.manifest(dir);
    JsonNode range = manifest.get(ShardFile.RANGE);
    if (range == null) {
      throw new OutputFolderException(dir + " is not a shard: its manifest has no " + ShardFile.RANGE
          + " (make shards with ctsim run --replication-range FROM..TO)");
    }
    return new Shard(dir, manifest, range.path("from").asInt(), range.path("to").asInt());
  }

  private static List<ReplicationDigest> digests(Shard s) {
    List<ReplicationDigest> reps = ShardFile.read(s.dir());
    if (reps.size() != s.to() - s.from() || reps.get(0).replication() != s.from()) {
      throw new OutputFolderException(s.dir().resolve(ShardFile.FILE) + " does not hold the replications "
          + s.from() + ".." + (s.to() - 1) + " its manifest names");
    }
    return reps;
  }

  private static void sameExperiment(Shard first, Shard other) {
    for (String field : List.of("master_seed", "ctsim_version", "overrides", "scenario")) {
      if (!first.manifest().path(field).equals(other.manifest().path(field))) {
        throw new OutputFolderException("cannot merge " + first.dir() + " and " + other.dir() + ": their " + field
            + (field.equals("scenario") ? " (the scenario as run)" : "") + " differ; shards of one experiment share "
            + "the scenario, the overrides, the master seed and the ctsim version");
      }
    }
  }

  /** Refuses overlapping shards and replications no shard holds. */
  private static void covers(List<Shard> shards, int count) {
    int next = 0;
    Shard previous = null;
    for (Shard s : shards) {
      if (s.from() < next) {
        throw new OutputFolderException("shards " + previous.describe() + " and " + s.describe() + " overlap");
      }
      if (s.from() > next) throw new OutputFolderException(missing(next, s.from() - 1, count));
      next = s.to();
      previous = s;
    }
    if (next < count) throw new OutputFolderException(missing(next, count - 1, count));
    if (next > count) throw new OutputFolderException(previous.describe() + " goes past the experiment's " + count + " replications");
  }

  private static String missing(int from, int to, int count) {
    return "replications " + from + ".." + to + " of the experiment's " + count + " (0.." + (count - 1)
        + ") are in no shard given; run them with --replication-range " + from + ".." + to;
  }

  private static ObjectNode manifest(List<Shard> shards, StreamingDataFiles.Finished finished) {
    ObjectNode manifest = shards.get(0).manifest().deepCopy();
    manifest.remove(List.of("files", ShardFile.RANGE, "reports_failed"));
    var reps = manifest.putArray("replications");
    for (ReplicationDigest rep : finished.replications()) {
      reps.addObject().put("replication", rep.replication()).put("seed", rep.seed());
    }
    manifest.put("started", shards.stream().map(s -> OffsetDateTime.parse(s.manifest().path("started").asText()))
        .min(Comparator.naturalOrder()).orElseThrow().toString());
    manifest.put("ended", shards.stream().map(s -> OffsetDateTime.parse(s.manifest().path("ended").asText()))
        .max(Comparator.naturalOrder()).orElseThrow().toString());
    return manifest;
  }
}
