package uk.ctsim.experiment.sweep;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A store in memory: for analyses that need no durability (calibration's inner runs, tests). */
public final class MemoryStore implements PointStore {
  private final ConcurrentHashMap<Integer, PointResult> points = new ConcurrentHashMap<>();

  @Override
  public Optional<PointResult> load(int point) {
    return Optional.ofNullable(points.get(point));
  }

  @Override
  public void save(PointResult result) {
    points.put(result.point(), result);
  }
}
