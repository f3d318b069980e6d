package uk.ctsim.experiment.sweep;

import java.util.Optional;

/**
 * Where finished points are kept as they finish. Implementations must make a saved point either wholly present or
 * absent (for files: written under a temporary name, then moved into place atomically), and must be safe to call from
 * several threads for different points.
 */
public interface PointStore {
  /** The point's result if it was saved before. */
  Optional<PointResult> load(int point);

  void save(PointResult result);
}
