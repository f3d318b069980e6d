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
    assertThat(rates.on(LocalDate.of(2018, 8, 31)).annualPayGbp(Rank.CONSTABLE)).isEqualTo(38_382.0);
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
}
