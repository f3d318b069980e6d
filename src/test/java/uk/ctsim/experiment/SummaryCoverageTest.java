package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleSupplier;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * The 95% t-interval of {@link Summary} covers the true mean at the nominal rate.
 *
 * <p>2,000 intervals, each from n draws. If the true coverage is 0.95, the count of covering intervals is
 * Binomial(2000, 0.95): mean 1,900, sd √(2000 × 0.95 × 0.05) = 9.75. The test accepts 1,900 ± 4.5 sd, that is 1,857
 * to 1,943; the chance that a correct interval falls outside is about 7 in a million (two normal tails beyond 4.5 sd),
 * so the test would practically never raise a false alarm even with a random seed. With the fixed seed used here it
 * is deterministic anyway: it cannot flake, and it fails only if Summary's interval changes.
 *
 * <p>The normal case (n = 30) is exact for the t-interval. The exponential is skewed, and there the t-interval
 * covers less than nominal at small n: with n = 30 this generator gave 1,851 of 2,000 (92.6%, the known
 * under-coverage for skewed data, not a fault of Summary). At n = 200 the skew's effect is small (about 94.5%
 * expected), so the nominal band applies. Either case would catch a wrong quantile (z, or t with wrong degrees of
 * freedom at n = 30) or a wrong standard error, which move coverage far outside the band.
 */
class SummaryCoverageTest {
  private static final int INTERVALS = 2_000;
  private static final int LOW = 1_857;
  private static final int HIGH = 1_943;

  private static int covering(int n, DoubleSupplier draw, double trueMean) {
    int covered = 0;
    double[] sample = new double[n];
    for (int i = 0; i < INTERVALS; i++) {
      for (int j = 0; j < n; j++) sample[j] = draw.getAsDouble();
      Summary s = Summary.of(sample);
      if (s.ciLow() <= trueMean && trueMean <= s.ciHigh()) covered++;
    }
    return covered;
  }

  @Test
  void normalMeanIsCoveredAtTheNominalRate() {
    Well19937c rng = new Well19937c(20170603L);
    int covered = covering(30, () -> 5 + 2 * rng.nextGaussian(), 5.0);
    assertThat(covered).isBetween(LOW, HIGH);
  }

  @Test
  void exponentialMeanIsCoveredAtTheNominalRate() {
    Well19937c rng = new Well19937c(20170720L);
    double mean = 3.0;
    int covered = covering(200, () -> -mean * Math.log(1 - rng.nextDouble()), mean);
    assertThat(covered).isBetween(LOW, HIGH);
  }
}
