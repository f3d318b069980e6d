package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.Rank;

class PayRatesTest {
  private final PayRates rates = PayRates.of(TestScenarios.minimal().pay());

  @Test
  void regulatedRateIsAnnexG() {
    // H = 38,382 × 7/365 ÷ 40 = 268,674 / 14,600 = £18.402328767...
    assertThat(rates.regulatedHourlyGbp(Rank.CONSTABLE)).isCloseTo(18.4023287671, within(1e-9));
    // H = 51,330 × 7 / 14,600 = £24.610273972...
    assertThat(rates.regulatedHourlyGbp(Rank.INSPECTOR)).isCloseTo(24.6102739726, within(1e-9));
  }

  @Test
  void opportunityRateIsFullEmploymentCost() {
    // O = (38,382 + 2,349 + 4,338) × 1.333 ÷ (40 × 365/7) = 60,076.977 × 7 / 14,600 = £28.804030068...
    assertThat(rates.opportunityHourlyGbp(Rank.CONSTABLE)).isCloseTo(28.8040300685, within(1e-9));
    // O = (51,330 + 6,687) × 1.333 × 7 / 14,600 = £37.079221027...
    assertThat(rates.opportunityHourlyGbp(Rank.INSPECTOR)).isCloseTo(37.0792210274, within(1e-9));
  }
}
