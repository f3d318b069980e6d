package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;

/** Constant prices by the HM Treasury GDP deflator, March 2020 release (2016-17 96.245, 2017-18 97.908, 2018-19 100). */
class ConstantPricesTest {
  private static CostLine line(CostKind kind, LocalDate day, long pence) {
    return new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.OVERTIME, Strand.PROTECT, kind,
        DemandKind.EVENT, "e", day, pence);
  }

  private static final CostLedger LEDGER = CostLedger.of(List.of(
      line(CostKind.ADDITIONAL, LocalDate.of(2017, 3, 31), 10_000),
      line(CostKind.ADDITIONAL, LocalDate.of(2017, 4, 1), 20_000),
      line(CostKind.OPPORTUNITY, LocalDate.of(2017, 4, 1), 5_000)));

  @Test
  void eachLineIsRepricedByItsFinancialYear() {
    ConstantPrices at2018 = ConstantPrices.of("2018-19");
    // 10,000 × 100 / 96.245 = 10,390.150 (2016-17); 20,000 × 100 / 97.908 = 20,427.340 (2017-18); sum 30,817.49
    assertThat(at2018.totalPence(LEDGER, CostKind.ADDITIONAL)).isEqualTo(30_817L);
    // 5,000 × 100 / 97.908 = 5,106.83
    assertThat(at2018.totalPence(LEDGER, CostKind.OPPORTUNITY)).isEqualTo(5_107L);
    // all three: 35,924.32
    assertThat(at2018.totalPence(LEDGER)).isEqualTo(35_924L);
    assertThat(at2018.baseYear()).isEqualTo("2018-19");
  }

  @Test
  void theBaseYearsOwnCostIsUnchanged() {
    ConstantPrices at2017 = ConstantPrices.of("2017-18");
    // 10,000 × 97.908 / 96.245 = 10,172.788 plus 20,000 unchanged
    assertThat(at2017.totalPence(LEDGER, CostKind.ADDITIONAL)).isEqualTo(30_173L);
    assertThat(at2017.totalPence(LEDGER, CostKind.OPPORTUNITY)).isEqualTo(5_000L);
  }

  @Test
  void aYearWithoutAnIndexIsRefused() {
    assertThatThrownBy(() -> ConstantPrices.of("2019-20")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2019-20");
    CostLedger later = CostLedger.of(List.of(line(CostKind.ADDITIONAL, LocalDate.of(2019, 4, 1), 100)));
    assertThatThrownBy(() -> ConstantPrices.of("2018-19").totalPence(later))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no index for 2019-20")
        .hasMessageContaining("2005-06 to 2018-19");
  }
}
