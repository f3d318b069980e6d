package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.PayAward;
import uk.ctsim.scenario.PaySpec;
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

  /** 2017: the 1 Sep 2016 pay until 31 August, then the 1% award and London weighting £2,397. */
  private static final PaySpec PAY_2017 = new PaySpec(Map.of(Rank.CONSTABLE, 38_002.0, Rank.SERGEANT, 42_707.0,
      Rank.INSPECTOR, 50_822.0, Rank.CHIEF_INSPECTOR, 56_436.0, Rank.SUPERINTENDENT, 74_257.0), 2_373.0, null, null,
      null, null, null, List.of(new PayAward(LocalDate.of(2017, 9, 1), 1.01, 2_397.0)));

  @Test
  void theSeptemberAwardAppliesFromTheFirstOfSeptember() {
    // 31 August: H = 38,002 × 7 / 14,600 = £18.2201369863; O = (38,002 + 2,373 + 4,338) × 1.333 × 7 / 14,600
    PayRates august = PayRates.on(PAY_2017, LocalDate.of(2017, 8, 31));
    assertThat(august.regulatedHourlyGbp(Rank.CONSTABLE)).isCloseTo(18.2201369863, within(1e-9));
    assertThat(august.opportunityHourlyGbp(Rank.CONSTABLE)).isCloseTo(28.5765070548, within(1e-9));
    assertThat(august.annualPayGbp(Rank.CONSTABLE)).isEqualTo(38_002.0);
    // 1 September: pay × 1.01 = 38,382.02, H = £18.4023383562; O with London weighting 2,397 = £28.8347201110
    PayRates september = PayRates.on(PAY_2017, LocalDate.of(2017, 9, 1));
    assertThat(september.regulatedHourlyGbp(Rank.CONSTABLE)).isCloseTo(18.4023383562, within(1e-9));
    assertThat(september.opportunityHourlyGbp(Rank.CONSTABLE)).isCloseTo(28.8347201110, within(1e-9));
    // F (London, 1,700 productive hours, no overheads) = (38,382.02 + 2,397 + 4,338) × 1.333 / 1,700 = £35.377052
    assertThat(september.fullCostHourlyGbp(Rank.CONSTABLE, true, 0, 1700)).isCloseTo(35.3770516, within(1e-6));
    // PayRates.of is the pay the period starts with
    assertThat(PayRates.of(PAY_2017).regulatedHourlyGbp(Rank.CONSTABLE)).isCloseTo(18.2201369863, within(1e-9));
    // a later award's London weighting left out keeps the earlier one
    PaySpec twoAwards = new PaySpec(PAY_2017.annualPayGbp(), 2_373.0, null, null, null, null, null,
        List.of(new PayAward(LocalDate.of(2017, 9, 1), 1.01, 2_397.0), new PayAward(LocalDate.of(2018, 9, 1), 1.0302, null)));
    PayRates y2018 = PayRates.on(twoAwards, LocalDate.of(2018, 9, 1));
    assertThat(y2018.annualPayGbp(Rank.CONSTABLE)).isCloseTo(38_002 * 1.0302, within(1e-9));
    assertThat(y2018.opportunityHourlyGbp(Rank.CONSTABLE))
        .isCloseTo((38_002 * 1.0302 + 2_397 + 4_338) * 1.333 / PayRates.HOURS_PER_YEAR, within(1e-9));
    DatedPayRates dated = new DatedPayRates(twoAwards);
    assertThat(dated.on(LocalDate.of(2017, 8, 31)).annualPayGbp(Rank.CONSTABLE)).isEqualTo(38_002.0);
    assertThat(dated.on(LocalDate.of(2017, 9, 1)).annualPayGbp(Rank.CONSTABLE)).isCloseTo(38_382.02, within(1e-9));
    assertThat(dated.on(LocalDate.of(2019, 1, 1)).annualPayGbp(Rank.CONSTABLE)).isCloseTo(38_002 * 1.0302, within(1e-9));
  }

  @Test
  void awardsMustBeInDateOrder() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PaySpec(PAY_2017.annualPayGbp(), null, null, null,
        null, null, null, List.of(new PayAward(LocalDate.of(2018, 9, 1), 1.02, null),
            new PayAward(LocalDate.of(2017, 9, 1), 1.01, null))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("awards: must be in date order");
  }
}
