package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paired and Welch intervals on numbers worked by hand (t quantiles from tables). */
class DifferenceTest {
  private final double[] a = {1, 2, 3, 4};
  private final double[] b = {2, 4, 5, 7};

  @Test
  void pairedIsTheTIntervalOfPerReplicationDifferences() {
    // d = 1, 2, 2, 3: mean 2, sd = sqrt(2/3), se = sd/2 = 0.408248; t(3, 0.975) = 3.182446
    Difference d = Difference.paired(a, b);
    assertThat(d.method().label()).isEqualTo("paired");
    assertThat(d.mean()).isEqualTo(2.0, within(1e-12));
    assertThat(d.halfWidth()).isEqualTo(3.182446 * 0.408248, within(1e-5));
    assertThat(d.ciLow()).isEqualTo(2 - 1.299219, within(1e-5));
    assertThat(d.df()).isEqualTo(3.0);
  }

  @Test
  void welchUsesSatterthwaiteDegreesOfFreedom() {
    // var a = 5/3, var b = 13/3; se² = 5/12 + 13/12 = 1.5; df = 2.25 / ((5/12)²/3 + (13/12)²/3) = 5.010309
    Difference w = Difference.welch(a, b);
    assertThat(w.method().label()).isEqualTo("welch");
    assertThat(w.mean()).isEqualTo(2.0, within(1e-12));
    assertThat(w.df()).isEqualTo(5.010309, within(1e-6));
    // t(5.0103, 0.975) = 2.569835 (between t5 = 2.570582 and t6 = 2.446912, nearer t5)
    assertThat(w.halfWidth()).isEqualTo(2.5698 * Math.sqrt(1.5), within(1e-3));
    assertThat(w.halfWidth()).isGreaterThan(Difference.paired(a, b).halfWidth());
  }

  @Test
  void aMetricThatIsNotANumberGivesNoIntervalRatherThanAnError() {
    double[] withNaN = {1, Double.NaN, 3, 4};
    assertThat(Difference.welch(withNaN, b).ciLow()).isNaN();
    assertThat(Difference.paired(withNaN, b).ciLow()).isNaN();
  }

  @Test
  void varianceReductionIsTheVarianceOfIndependentOverPairedDifferences() {
    // (5/3 + 13/3) / (2/3) = 9
    assertThat(Difference.varianceReduction(a, b)).isEqualTo(9.0, within(1e-12));
  }

  @Test
  void pairedNeedsEqualLengthsAndWelchDoesNot() {
    assertThatThrownBy(() -> Difference.paired(a, new double[] {1, 2})).hasMessageContaining("4 and 2");
    assertThat(Difference.welch(a, new double[] {10, 12}).mean()).isEqualTo(8.5);
  }

  @Test
  void comparisonPairsWhenAskedAndRefusesUnequalCountsThen() {
    MetricTable t1 = MetricTable.of(List.of(java.util.Map.of("x", 1.0), java.util.Map.of("x", 2.0),
        java.util.Map.of("x", 3.0), java.util.Map.of("x", 4.0)));
    MetricTable t2 = MetricTable.of(List.of(java.util.Map.of("x", 2.0), java.util.Map.of("x", 4.0),
        java.util.Map.of("x", 5.0), java.util.Map.of("x", 7.0)));
    Comparison c = new Comparison(List.of("A", "B"), List.of(t1, t2), 0, uk.ctsim.experiment.ComparisonMethod.PAIRED, List.of("x"));
    assertThat(c.row("B", "x").difference()).isEqualTo(Difference.paired(a, b));
    assertThat(c.row("B", "x").welch()).isEqualTo(Difference.welch(a, b));
    assertThat(c.row("A", "x").difference()).isNull();
    MetricTable three = MetricTable.of(List.of(java.util.Map.of("x", 1.0), java.util.Map.of("x", 2.0),
        java.util.Map.of("x", 3.0)));
    assertThatThrownBy(() -> new Comparison(List.of("A", "B"), List.of(t1, three), 0, uk.ctsim.experiment.ComparisonMethod.PAIRED, List.of("x")))
        .isInstanceOf(IncomparableRunsException.class).hasMessageContaining("4 and 3");
    Comparison welch = new Comparison(List.of("A", "B"), List.of(t1, three), 0, uk.ctsim.experiment.ComparisonMethod.WELCH, List.of("x"));
    assertThat(welch.row(1, "x").difference().method().label()).isEqualTo("welch");
  }
}
