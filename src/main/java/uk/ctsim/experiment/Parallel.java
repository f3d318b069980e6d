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
    ExecutorService pool = daemonPool(Math.min(threads, tasks.size()), threadName);
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
      throw failure(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** A fixed pool of at least one daemon thread, each named {@code threadName}: it never keeps the JVM alive. */
  static ExecutorService daemonPool(int threads, String threadName) {
    return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * A task's failure as itself: its runtime exception or error is thrown from here, anything else is returned wrapped
   * for the caller to throw ({@code throw failure(e)}).
   */
  static RuntimeException failure(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException re) throw re;
    if (cause instanceof Error err) throw err;
    return new IllegalStateException(cause);
  }
}
