package uk.ctsim.experiment.calibration;

/** The optimiser of a calibration. */
public enum Method {
  /** Nelder-Mead simplex (Commons Math SimplexOptimizer), bounds kept by clamping with a penalty outside them. */
  NELDER_MEAD,
  /** CMA-ES (Commons Math CMAESOptimizer) within the bounds, seeded with the calibration's seed. */
  CMA_ES
}
