package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** costs.priceBaseYear and the shipped GDP deflator (HM Treasury, March 2020 release, 2018-19 = 100). */
class PriceBaseYearTest {
  @Test
  void nominalByDefaultAndABaseYearOfTheSeriesIsAccepted() {
    assertThat(OverridesTest.load().costs().priceBaseYear()).isNull();
    assertThat(OverridesTest.load("costs.priceBaseYear=2016-17").costs().priceBaseYear()).isEqualTo("2016-17");
  }

  @Test
  void aBaseYearOutsideTheSeriesIsRefusedAtItsField() {
    ScenarioException e = OverridesTest.rejected("costs.priceBaseYear=2019-20");
    assertThat(e.problems().get(0).message()).contains("no index for '2019-20'").contains("2005-06 to 2018-19");
  }

  @Test
  void thePeriodMustLieInTheSeries() {
    ScenarioException e = OverridesTest.rejected("costs.priceBaseYear=2016-17", "period.start=2019-04-01",
        "period.end=2019-05-01");
    assertThat(e.problems().get(0).message()).contains("no index for 2019-20");
  }

  @Test
  void theSeriesIsTheTreasurysRelease() {
    GdpDeflator d = GdpDeflator.shipped();
    assertThat(d.factor("2018-19", "2017-18")).isCloseTo(100 / 97.908, within(1e-12));
    assertThat(d.factor("2005-06", "2018-19")).isCloseTo(0.7776, within(1e-12));
    assertThat(d.has("2004-05")).isFalse();
    assertThat(d.range()).isEqualTo("2005-06 to 2018-19");
    assertThat(GdpDeflator.financialYear(LocalDate.of(2018, 3, 31))).isEqualTo("2017-18");
    assertThat(GdpDeflator.financialYear(LocalDate.of(2018, 4, 1))).isEqualTo("2018-19");
    assertThat(GdpDeflator.financialYear(LocalDate.of(2009, 4, 1))).isEqualTo("2009-10");
  }
}
