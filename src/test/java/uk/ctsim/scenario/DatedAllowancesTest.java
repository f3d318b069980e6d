package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * London weighting, London allowance and Annex U allowances by date, as {@code pay/london-and-allowances.csv} gives
 * them (sources in docs/SOURCES.md, "Pay tables").
 */
class DatedAllowancesTest {
  private static final DatedAllowances TABLE = DatedAllowances.shipped();

  private static double on(String item, int y, int m, int d) {
    return TABLE.on(item, LocalDate.of(y, m, d)).orElseThrow();
  }

  @Test
  void londonWeightingIsTheFigureOfItsDateRaisedByEachAwardAfterIt() {
    assertThat(on(DatedAllowances.LONDON_WEIGHTING, 2015, 7, 1)).isEqualTo(2_349.0);   // S36
    assertThat(on(DatedAllowances.LONDON_WEIGHTING, 2017, 8, 31)).isEqualTo(2_373.0);  // R2, from 1 Sep 2016
    // +1% from 1 Sep 2017 (S15): 2,373 × 1.01
    assertThat(on(DatedAllowances.LONDON_WEIGHTING, 2017, 9, 1)).isCloseTo(2_396.73, within(1e-9));
    // +2% 2018, +2.5% 2019 and 2020, 0% 2021, +5% 2022, +7% 2023, +4.75% 2024, +4.2% 2025
    double y2025 = 2_373 * 1.01 * 1.02 * 1.025 * 1.025 * 1.05 * 1.07 * 1.0475 * 1.042;
    assertThat(on(DatedAllowances.LONDON_WEIGHTING, 2026, 3, 31)).isCloseTo(y2025, within(1e-9));
  }

  @Test
  void aGapNotFoundCarriesTheLastFigureFoundAndBeforeTheFirstThereIsNone() {
    // 2004 to 2014 not found: the December 2003 figure (S35) is carried
    assertThat(on(DatedAllowances.LONDON_WEIGHTING, 2010, 6, 1)).isEqualTo(1_881.0);
    assertThat(TABLE.on(DatedAllowances.LONDON_WEIGHTING, LocalDate.of(2001, 6, 30))).isEmpty();
    // the London allowance maximum: £4,338, £5,338 from 1 Sep 2020; raised in April 2025 to a figure not found
    assertThat(on(DatedAllowances.LONDON_ALLOWANCE, 2017, 6, 1)).isEqualTo(4_338.0);
    assertThat(on(DatedAllowances.LONDON_ALLOWANCE, 2020, 9, 1)).isEqualTo(5_338.0);
    assertThat(on(DatedAllowances.LONDON_ALLOWANCE, 2025, 6, 1)).isEqualTo(5_338.0);
  }

  @Test
  void annexUAllowancesByDate() {
    assertThat(TABLE.on(DatedAllowances.ON_CALL, LocalDate.of(2013, 3, 31))).isEmpty();  // introduced 1 Apr 2013
    assertThat(on(DatedAllowances.ON_CALL, 2017, 6, 1)).isEqualTo(15.0);
    assertThat(on(DatedAllowances.ON_CALL, 2019, 9, 1)).isEqualTo(20.0);
    assertThat(on(DatedAllowances.ON_CALL, 2024, 9, 1)).isEqualTo(25.0);
    assertThat(on(DatedAllowances.ON_CALL, 2025, 9, 1)).isEqualTo(35.0);
    assertThat(on(DatedAllowances.AWAY_FROM_HOME, 2017, 6, 1)).isEqualTo(50.0);
    assertThat(on(DatedAllowances.AWAY_FROM_HOME, 2025, 9, 1)).isEqualTo(60.0);
    assertThat(on(DatedAllowances.HARDSHIP, 2017, 6, 1)).isEqualTo(30.0);
    assertThat(on(DatedAllowances.HARDSHIP, 2025, 8, 31)).isEqualTo(30.0);
    assertThat(on(DatedAllowances.HARDSHIP, 2025, 9, 1)).isEqualTo(40.0);
  }

  @Test
  void aRiseBeforeAnyFigureRaisesNothingAndAnUnknownItemIsRefused() {
    DatedAllowances table = new DatedAllowances(Map.of("x", List.of(
        new DatedAllowances.Row(LocalDate.of(2010, 1, 1), 10, true, true),
        new DatedAllowances.Row(LocalDate.of(2011, 1, 1), 100, false, true),
        new DatedAllowances.Row(LocalDate.of(2012, 1, 1), 50, true, true),
        new DatedAllowances.Row(LocalDate.of(2013, 1, 1), 0, false, false))));
    assertThat(table.on("x", LocalDate.of(2010, 6, 1))).isEmpty();
    assertThat(table.on("x", LocalDate.of(2011, 1, 1)).orElseThrow()).isEqualTo(100.0);
    assertThat(table.on("x", LocalDate.of(2012, 1, 1)).orElseThrow()).isEqualTo(150.0);
    assertThat(table.on("x", LocalDate.of(2014, 1, 1)).orElseThrow()).isEqualTo(150.0);
    assertThat(table.changeDays()).containsExactly(LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1),
        LocalDate.of(2012, 1, 1), LocalDate.of(2013, 1, 1));
    assertThatThrownBy(() -> table.on("y", LocalDate.of(2012, 1, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("y");
  }
}
