package uk.ctsim.experiment;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioException;

/**
 * Runs replications {@code from} to {@code to - 1} of a scenario on a pool of threads, turns each result into what the
 * caller keeps of it (on the worker thread, such as its rows rendered as text) and hands that to a consumer, on the
 * calling thread, in replication order. At most {@link #window} replications are started and not yet
 * handed over: one that finishes before an earlier one waits in that small reorder buffer, so memory holds a few
 * results, not all of them. Seeds come from {@link Seeds}, so replication r gets the same seed whether it runs in the
 * whole experiment or in a part of it.
 */
public final class OrderedReplications {
  private OrderedReplications() {}

  /** The reorder buffer's size for {@code threads} threads: two replications a thread keep every thread busy. */
  public static int window(int threads) {
    return 2 * Math.max(1, threads);
  }

  public static <T> void run(Scenario scenario, int from, int to, long masterSeed, int threads, IntConsumer onDone,
      Function<ReplicationResult, T> inWorker, Consumer<T> sink) {
    if (from < 0 || to <= from) throw new IllegalArgumentException("no replications from " + from + " to " + to);
    ExecutorService pool = Parallel.daemonPool(Math.min(threads, to - from), "ctsim-replication");
    try {
      Deque<Future<T>> started = new ArrayDeque<>();
      int next = from;
      for (; next < to && started.size() < window(threads); next++) started.add(submit(pool, scenario, next, masterSeed, onDone, inWorker));
      while (!started.isEmpty()) {
        T result = started.removeFirst().get();
        if (next < to) started.add(submit(pool, scenario, next++, masterSeed, onDone, inWorker));
        sink.accept(result);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running replications", e);
    } catch (ExecutionException e) {
      throw Parallel.failure(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> Future<T> submit(ExecutorService pool, Scenario scenario, int index, long masterSeed,
      IntConsumer onDone, Function<ReplicationResult, T> inWorker) {
    return pool.submit(() -> {
      long seed = Seeds.replicationSeed(masterSeed, index);
      T kept;
      try {
        kept = inWorker.apply(Replication.run(scenario, index, seed));
      } catch (ScenarioException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new ReplicationFailedException(index, seed, e);
      }
      onDone.accept(index);
      return kept;
    });
  }
}
