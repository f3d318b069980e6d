package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import uk.ctsim.scenario.Scenario;

/** Runs the replications of a scenario on a pool of threads; results come back in replication order. */
public final class Experiment {
  private Experiment() {}

  public static ExperimentResult run(Scenario scenario, int replications, long masterSeed, int threads,
      IntConsumer onReplicationDone) {
    if (replications < 1) throw new IllegalArgumentException("replications must be at least 1");
    int poolSize = Math.max(1, Math.min(threads, replications));
    ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
      Thread t = new Thread(r, "ctsim-replication");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ReplicationResult>> futures = new ArrayList<>();
      for (int r = 0; r < replications; r++) {
        final int index = r;
        futures.add(pool.submit(() -> {
          ReplicationResult result = Replication.run(scenario, index, Seeds.replicationSeed(masterSeed, index));
          onReplicationDone.accept(index);
          return result;
        }));
      }
      List<ReplicationResult> results = new ArrayList<>(replications);
      for (Future<ReplicationResult> f : futures) results.add(f.get());
      return new ExperimentResult(scenario, masterSeed, List.copyOf(results));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running replications", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      if (cause instanceof Error err) throw err;
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
