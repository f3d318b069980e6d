package uk.ctsim.experiment.design;

/** How the points of an experiment are placed. */
public enum DesignType {
  /** Every combination of every parameter's levels (a list's values, a range's steps). */
  FULL_FACTORIAL,
  /** A base point (each parameter at its middle) and, for each parameter, its low and high end with the rest at base. */
  ONE_AT_A_TIME,
  /** {@code points} points, each parameter's range cut into that many strata, each stratum used once. */
  LATIN_HYPERCUBE,
  /** The first {@code points} points of a Sobol low-discrepancy sequence (after the origin). */
  SOBOL,
  /** {@code points} Morris trajectories on a grid of {@code levels} levels: elementary effects. */
  MORRIS,
  /** Saltelli's scheme with {@code points} base samples: N(k + 2) points for first-order and total Sobol indices. */
  SALTELLI
}
