package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on a fixed pool of daemon threads and gives their results in the order the tasks were given, whatever
 * order they finish in: that order, not the threads, is what keeps replications and sweeps deterministic. A task's
 * failure is rethrown as itself.
 */
public final class Parallel {
  private Parallel() {}

  public static <T> List<T> inOrder(List<? extends Callable<T>> tasks, int threads, String threadName) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>(tasks.size());
      for (Callable<T> task : tasks) futures.add(pool.submit(task));
      List<T> results = new ArrayList<>(tasks.size());
      for (Future<T> f : futures) results.add(f.get());
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + threadName + " tasks", e);
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
