package uk.ctsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import uk.ctsim.output.ReplicationDigest;

/**
 * Runs replications {@code from} to {@code to - 1} on a Spark cluster, one task per replication, and hands their
 * digests to the driver in replication order. Replications go in batches (one Spark job each) of {@code batch}
 * replications, so the driver holds at most one batch of rows while it writes them: memory stays bounded however many
 * replications there are, and the batch keeps every executor core busy when it is a few times the cluster's cores.
 */
final class SparkReplications {
  private SparkReplications() {}

  static void run(JavaSparkContext spark, String scenarioJson, long masterSeed, int from, int to, int batch,
      Consumer<ReplicationDigest> sink) {
    if (batch < 1) throw new IllegalArgumentException("a batch has at least one replication");
    ReplicationTask task = new ReplicationTask(scenarioJson, masterSeed);
    for (int start = from; start < to; start += batch) {
      List<Integer> indices = new ArrayList<>();
      for (int r = start; r < Math.min(to, start + batch); r++) indices.add(r);
      // One partition per replication: collect() gives partitions in order, so digests come in replication order.
      List<ReplicationDigest> done = spark.parallelize(indices, indices.size()).map(task).collect();
      done.forEach(sink);
    }
  }
}
