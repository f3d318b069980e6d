package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.PayAward;
import uk.ctsim.scenario.PayPoints;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;

/** The pay period of a day, at the edges: a period starts on the day of a change (S19 scales, S21 award of 2019). */
class DatedPayRatesTest {
  private static final PaySpec TABLE = new PaySpec(TestScenarios.payScale2017(), null, null, null, null, null, null,
      List.of(new PayAward(LocalDate.of(2017, 9, 1), 1.01, null)), new PayPoints(true, true, null));

  @Test
  void eachDayIsPricedByTheLastChangeOnOrBeforeIt() {
    DatedPayRates rates = new DatedPayRates(TABLE, LocalDate.of(2017, 1, 1));
    // before the period start: the first period
    assertThat(rates.on(LocalDate.of(2016, 12, 31)).annualPayGbp(Rank.CONSTABLE)).isCloseTo(38_382 / 1.01, within(1e-9));
    assertThat(rates.on(LocalDate.of(2017, 1, 1)).annualPayGbp(Rank.CONSTABLE)).isCloseTo(38_382 / 1.01, within(1e-9));
    assertThat(rates.on(LocalDate.of(2018, 2, 28)).annualPayGbp(Rank.CONSTABLE)).isEqualTo(38_382.0);
    // 31 Aug 2018 is in the period from 1 Aug 2018 (the constable scales' shares change monthly), when the nearest
    // published scale is 1 Sep 2018's (S19), carried back through the 2% award: 39,150 / 1.02
    assertThat(rates.on(LocalDate.of(2018, 8, 31)).annualPayGbp(Rank.CONSTABLE)).isCloseTo(39_150 / 1.02, within(1e-9));
    assertThat(rates.on(LocalDate.of(2018, 9, 1)).annualPayGbp(Rank.CONSTABLE)).isEqualTo(39_150.0);
    assertThat(rates.on(LocalDate.of(2019, 8, 31)).annualPayGbp(Rank.CONSTABLE)).isEqualTo(39_150.0);
    assertThat(rates.on(LocalDate.of(2019, 9, 1)).annualPayGbp(Rank.CONSTABLE)).isCloseTo(40_128.75, within(1e-9));
    // the scenario's award moves superintendents on its day
    assertThat(rates.on(LocalDate.of(2017, 8, 31)).annualPayGbp(Rank.SUPERINTENDENT)).isEqualTo(70_000.0);
    assertThat(rates.on(LocalDate.of(2017, 9, 1)).annualPayGbp(Rank.SUPERINTENDENT)).isCloseTo(70_700.0, within(1e-9));
  }

  @Test
  void aPeriodStartingAfterAnAwardStartsWithIt() {
    DatedPayRates rates = new DatedPayRates(TABLE, LocalDate.of(2017, 10, 1));
    assertThat(rates.on(LocalDate.of(2017, 10, 1)).annualPayGbp(Rank.SUPERINTENDENT)).isCloseTo(70_700.0, within(1e-9));
    assertThat(rates.on(LocalDate.of(2017, 10, 1)).annualPayGbp(Rank.CONSTABLE)).isEqualTo(38_382.0);
  }

  @Test
  void londonPayComesFromTheDatedTableWhereItHasAFigureAndTheScenarioOtherwise() {
    uk.ctsim.scenario.DatedAllowances london = uk.ctsim.scenario.DatedAllowances.shipped();
    PaySpec own = new PaySpec(TestScenarios.payScale2017(), 2_000.0, 3_000.0, null, null, null, null, List.of(),
        new PayPoints(true, true, null, false, null));
    PaySpec dated = new PaySpec(TestScenarios.payScale2017(), 2_000.0, 3_000.0, null, null, null, null, List.of(),
        new PayPoints(true, true, null, true, null));
    LocalDate y2021 = LocalDate.of(2021, 6, 1);
    // the London allowance maximum was £5,338 from 1 Sep 2020 (S22, S37)
    assertThat(DatedPayRates.londonAllowanceOn(dated, y2021, london)).isEqualTo(5_338.0);
    assertThat(DatedPayRates.londonAllowanceOn(own, y2021, london)).isEqualTo(3_000.0);
    // London weighting on 1 Jun 2021: 2,373 × 1.01 × 1.02 × 1.025 × 1.025
    assertThat(DatedPayRates.londonWeightingOn(dated, y2021, london))
        .isCloseTo(2_373 * 1.01 * 1.02 * 1.025 * 1.025, within(1e-9));
    assertThat(DatedPayRates.londonWeightingOn(own, y2021, london)).isEqualTo(2_000.0);
    // before the table's first figure (1 Jul 2001) the scenario's
    assertThat(DatedPayRates.londonWeightingOn(dated, LocalDate.of(2000, 1, 1), london)).isEqualTo(2_000.0);
    assertThat(DatedPayRates.londonAllowanceOn(dated, LocalDate.of(2000, 1, 1), london)).isEqualTo(3_000.0);
    // and the opportunity rate of a superintendent (scenario pay £70,000) takes both in:
    // (70,000 + 2,373 × 1.01 × 1.02 × 1.025² + 5,338) × 1.333 ÷ (40 × 365/7)
    double lw = 2_373 * 1.01 * 1.02 * 1.025 * 1.025;
    assertThat(new DatedPayRates(dated, y2021).on(y2021).opportunityHourlyGbp(Rank.SUPERINTENDENT))
        .isCloseTo((70_000 + lw + 5_338) * 1.333 * 7 / 14_600, within(1e-9));
  }

  @Test
  void changesBeforeThePeriodStartDoNotOpenPeriodsAndLondonChangesOpenTheirOwn() {
    // a day long before the start is still priced at the first period (the rates of the start), not at the scale
    // or London weighting of its own date
    DatedPayRates rates = new DatedPayRates(TABLE, LocalDate.of(2017, 1, 1));
    PayRates first = rates.on(LocalDate.of(2017, 1, 1));
    PayRates early = rates.on(LocalDate.of(2010, 1, 1));
    assertThat(early.annualPayGbp(Rank.CONSTABLE)).isEqualTo(first.annualPayGbp(Rank.CONSTABLE));
    assertThat(early.opportunityHourlyGbp(Rank.SUPERINTENDENT)).isEqualTo(first.opportunityHourlyGbp(Rank.SUPERINTENDENT));
    // without the scale table and without awards, the London table's own change day (1 Sep 2017, +1%) opens a period:
    // O(superintendent) = (70,000 + London weighting + 4,338) × 1.333 × 7 / 14,600
    PaySpec londonOnly = new PaySpec(TestScenarios.payScale2017(), null, null, null, null, null, null, List.of(),
        new PayPoints(false, true, null, true, null));
    DatedPayRates dated = new DatedPayRates(londonOnly, LocalDate.of(2017, 1, 1));
    assertThat(dated.on(LocalDate.of(2017, 8, 31)).opportunityHourlyGbp(Rank.SUPERINTENDENT))
        .isCloseTo((70_000 + 2_373 + 4_338) * 1.333 * 7 / 14_600, within(1e-9));
    assertThat(dated.on(LocalDate.of(2017, 9, 1)).opportunityHourlyGbp(Rank.SUPERINTENDENT))
        .isCloseTo((70_000 + 2_396.73 + 4_338) * 1.333 * 7 / 14_600, within(1e-9));
    assertThat(dated.on(LocalDate.of(2010, 1, 1)).opportunityHourlyGbp(Rank.SUPERINTENDENT))
        .isCloseTo((70_000 + 2_373 + 4_338) * 1.333 * 7 / 14_600, within(1e-9));
  }
}
