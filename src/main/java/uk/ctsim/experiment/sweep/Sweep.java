package uk.ctsim.experiment.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import uk.ctsim.experiment.Parallel;
import uk.ctsim.experiment.Seeds;
import uk.ctsim.experiment.design.Point;

/**
 * Runs the points of a design that the store does not yet hold, in parallel on a local thread pool, each for the same
 * replications on common random numbers: replication r has seed {@link Seeds#replicationSeed}(master, r) at every
 * point. Each point is saved as soon as its replications are done; the results are then read back from the store, so
 * a sweep that was interrupted and restarted returns exactly what an uninterrupted one does.
 */
public final class Sweep {
  private Sweep() {}

  /** What to run. */
  public record Settings(List<String> outputs, int replications, long masterSeed, int threads) {
    public Settings {
      outputs = List.copyOf(outputs);
      if (replications < 1) throw new IllegalArgumentException("replications must be at least 1");
      if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  /** The points the store lacks, in order. */
  public static List<Point> missing(List<Point> points, PointStore store) {
    return points.stream().filter(p -> store.load(p.id()).isEmpty()).toList();
  }

  /**
   * Runs the missing points and returns every point's result in point order.
   *
   * @param onReplicationDone called once per replication run (from worker threads), for a progress bar
   */
  public static List<PointResult> run(List<Point> points, PointModel model, Settings settings, PointStore store,
      IntConsumer onReplicationDone) {
    // Points saved by an earlier, interrupted sweep are loaded; points run now are kept as run, never read back.
    Map<Integer, PointResult> byId = new HashMap<>();
    List<Point> todo = new ArrayList<>();
    for (Point p : points) store.load(p.id()).ifPresentOrElse(r -> byId.put(p.id(), r), () -> todo.add(p));
    if (!todo.isEmpty()) runAll(todo, model, settings, store, onReplicationDone).forEach(r -> byId.put(r.point(), r));
    List<PointResult> out = new ArrayList<>(points.size());
    for (Point p : points) {
      PointResult r = byId.get(p.id());
      if (!r.outputs().equals(settings.outputs()) || r.replications() != settings.replications()) {
        throw new IllegalStateException("the stored point " + p.id() + " has other outputs or replications than this sweep");
      }
      out.add(r);
    }
    return out;
  }

  /** Runs the points in parallel, saving each as it finishes (so a killed sweep resumes), and returns them in order. */
  private static List<PointResult> runAll(List<Point> todo, PointModel model, Settings settings, PointStore store,
      IntConsumer onReplicationDone) {
    List<Callable<PointResult>> tasks = new ArrayList<>(todo.size());
    for (Point p : todo) {
      tasks.add(() -> {
        PointResult r = runPoint(p, model, settings, onReplicationDone);
        store.save(r);
        return r;
      });
    }
    return Parallel.inOrder(tasks, settings.threads(), "ctsim-sweep");
  }

  /** Runs one point's replications in this thread (common random numbers: the same seeds as every other point). */
  public static PointResult runPoint(Point point, PointModel model, Settings settings, IntConsumer onReplicationDone) {
    PointModel.PointRun run = model.at(point);
    List<String> outputs = settings.outputs();
    double[][] values = new double[settings.replications()][outputs.size()];
    for (int r = 0; r < settings.replications(); r++) {
      Map<String, Double> out = run.replicate(r, Seeds.replicationSeed(settings.masterSeed(), r));
      for (int m = 0; m < outputs.size(); m++) {
        Double v = out.get(outputs.get(m));
        if (v == null) throw new IllegalStateException("the model gave no output " + outputs.get(m) + " at point " + point.id());
        values[r][m] = v;
      }
      onReplicationDone.accept(r);
    }
    return new PointResult(point.id(), outputs, values);
  }
}
