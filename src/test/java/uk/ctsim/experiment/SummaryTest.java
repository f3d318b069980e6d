package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Which interval {@link Summary} gives, and the bootstrap percentile interval on a case computed by hand. */
class SummaryTest {
  /**
   * 19 zeros and one 100: mean 5, sd √500 = 22.36, t(19) half-width 2.093 × 22.36 / √20 = 10.47, so the t interval
   * (−5.47 to 15.47) goes below zero although no value can. A resample's mean is 5k with k ~ Binomial(20, 1/20)
   * hundreds drawn: P(k = 0) = 0.358, P(k ≤ 2) = 0.925, P(k ≤ 3) = 0.984. The 2.5th percentile of the resample means
   * is therefore 0 and the 97.5th is 15; with 10,000 resamples the counts below those cut points are about 14 and 9
   * standard deviations from changing the answer, and the generator is seeded, so the result is fixed.
   */
  @Test
  void aNonNegativeSkewedMetricGetsTheBootstrapPercentileInterval() {
    double[] values = new double[20];
    values[7] = 100;
    Summary s = Summary.of(values);
    assertThat(s.method()).isEqualTo(Summary.BOOTSTRAP);
    assertThat(s.mean()).isEqualTo(5.0);
    assertThat(s.sd()).isCloseTo(Math.sqrt(500), within(1e-12));
    assertThat(s.ciLow()).isEqualTo(0.0);
    assertThat(s.ciHigh()).isEqualTo(15.0);
    Summary t = Summary.student(values);
    assertThat(t.method()).isEqualTo(Summary.T);
    assertThat(t.ciLow()).isCloseTo(5 - 2.093024054408263 * Math.sqrt(500) / Math.sqrt(20), within(1e-9));
    assertThat(Summary.of(values)).isEqualTo(s);
  }

  @Test
  void theTIntervalStaysWhenItRespectsTheSupport() {
    // Mean 2, sd 1, t(2) = 4.302653: the interval 2 ± 2.484 goes below zero, but so does a value: support is not >= 0.
    Summary negative = Summary.of(new double[] {-1 + 2, 2, 3 - 0, -0.0 + 1});
    assertThat(negative.method()).isEqualTo(Summary.T);
    Summary mixed = Summary.of(new double[] {-1, 2, 5});
    assertThat(mixed.method()).isEqualTo(Summary.T);
    assertThat(mixed.ciLow()).isCloseTo(2 - 4.302652729749464 * 3 / Math.sqrt(3), within(1e-9));
    // Non-negative and the t interval stays above zero (10, 11, 12: 11 ± 2.484): t.
    Summary tight = Summary.of(new double[] {10, 11, 12});
    assertThat(tight.method()).isEqualTo(Summary.T);
    assertThat(tight.ciLow()).isCloseTo(11 - 4.302652729749464 / Math.sqrt(3), within(1e-9));
    assertThat(tight.ciHigh()).isCloseTo(11 + 4.302652729749464 / Math.sqrt(3), within(1e-9));
  }

  @Test
  void withFewReplicationsTheTIntervalIsCutAtZero() {
    // 0, 0, 9: mean 3, sd √27, t(2) half-width 4.302653 × √27 / √3 = 12.908: −9.908 to 15.908, cut to 0 to 15.908.
    Summary s = Summary.of(new double[] {0, 0, 9});
    assertThat(s.method()).isEqualTo(Summary.T_AT_ZERO);
    assertThat(s.ciLow()).isEqualTo(0.0);
    assertThat(s.ciHigh()).isCloseTo(3 + 4.302652729749464 * 3, within(1e-9));
    double[] nine = {0, 0, 0, 0, 0, 0, 0, 0, 90};
    assertThat(Summary.of(nine).method()).isEqualTo(Summary.T_AT_ZERO);
    double[] ten = {0, 0, 0, 0, 0, 0, 0, 0, 0, 100};
    assertThat(Summary.of(ten).method()).isEqualTo(Summary.BOOTSTRAP);
  }

  @Test
  void oneReplicationHasNoInterval() {
    Summary s = Summary.of(new double[] {4});
    assertThat(s.method()).isEqualTo(Summary.NONE);
    assertThat(s.ciLow()).isNaN();
    assertThat(s.sd()).isNaN();
  }

  @Test
  void bootstrapMeansStayInsideTheRangeOfTheValues() {
    double[] ci = Summary.bootstrapPercentile(new double[] {0, 0, 1, 50, 2, 0, 0, 3});
    assertThat(ci[0]).isGreaterThanOrEqualTo(0).isLessThan(ci[1]);
    assertThat(ci[1]).isLessThanOrEqualTo(50);
    assertThat(Summary.bootstrapPercentile(new double[] {3, 3, 3})).containsExactly(3.0, 3.0);
  }
}
