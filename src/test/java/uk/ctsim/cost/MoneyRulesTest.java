package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.Scenario;

/** The rounding rule and the special-grant threshold. */
class MoneyRulesTest {
  @Test
  void poundsRoundToPenceHalfToEven() {
    assertThat(Pence.of(1.005)).isEqualTo(100L); // 100.5p → 100 (even)
    assertThat(Pence.of(1.015)).isEqualTo(102L); // 101.5p → 102 (even)
    assertThat(Pence.of(-0.125)).isEqualTo(-12L); // -12.5p → -12
    assertThat(Pence.of(83.7674005)).isEqualTo(8_377L);
    assertThat(Pence.share(-0.5, 8_377)).isEqualTo(-4_188L); // -4,188.5 → -4,188
    assertThatThrownBy(() -> Pence.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void grantThresholdIsOnePercentOfTheBudgetAndMustBeExceeded() {
    // £2,500,000,000 × 0.01 = £25,000,000.00 = 2,500,000,000p
    Scenario scenario = TestScenarios.minimal();
    GrantThreshold threshold = GrantThreshold.of(scenario.forces().get(0), scenario.costs());
    assertThat(threshold.thresholdPence()).isEqualTo(2_500_000_000L);
    assertThat(threshold.isPassedBy(2_500_000_001L)).isTrue();
    assertThat(threshold.isPassedBy(2_500_000_000L)).isFalse();
    // a small force: £123,456.78 × 0.01 = £1,234.5678 → 123,457p
    assertThat(GrantThreshold.of(123_456.78, 0.01).thresholdPence()).isEqualTo(123_457L);
    assertThatThrownBy(() -> GrantThreshold.of(1e9, 1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
