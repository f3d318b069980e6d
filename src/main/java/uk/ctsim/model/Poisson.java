package uk.ctsim.model;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** Poisson counts from a given stream; a mean of 0 draws nothing and gives 0. */
final class Poisson {
  private Poisson() {}

  static int draw(RandomGenerator rng, double mean) {
    if (mean <= 0) return 0;
    return new PoissonDistribution(rng, mean, PoissonDistribution.DEFAULT_EPSILON,
        PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
  }
}
