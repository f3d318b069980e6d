package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;

class PayTablesTest {
  private static final LocalDate JUNE = LocalDate.of(2017, 6, 1);

  @Test
  void theSamePayAndStartShareOneSetAndAnythingElseGetsItsOwn() {
    PaySpec pay = TestScenarios.minimal().pay();
    PayTables first = PayTables.of(pay, JUNE);
    assertThat(PayTables.of(pay, LocalDate.of(2017, 6, 1))).isSameAs(first);
    PayTables july = PayTables.of(pay, LocalDate.of(2017, 7, 1));
    assertThat(july).isNotSameAs(first);
    // an equal pay that is another object: built again (the pay is compared by identity, which costs nothing)
    PaySpec copy = TestScenarios.builder().build().pay();
    assertThat(PayTables.of(copy, LocalDate.of(2017, 7, 1))).isNotSameAs(july);
  }

  @Test
  void theTablesAreThoseOfThePayAndOfItsNationalVersion() {
    PaySpec pay = TestScenarios.minimal().pay();
    PayTables tables = PayTables.of(pay, JUNE);
    LocalDate day = LocalDate.of(2017, 9, 5);
    for (Rank rank : Rank.values()) {
      assertThat(tables.london.on(day, 2).regulatedHourlyGbp(rank))
          .isEqualTo(new DatedPayRates(pay, JUNE).on(day, 2).regulatedHourlyGbp(rank));
      assertThat(tables.national.on(day, 1).opportunityHourlyGbp(rank))
          .isEqualTo(new DatedPayRates(pay.outsideLondon(), JUNE).on(day, 1).opportunityHourlyGbp(rank));
    }
    assertThat(tables.london.on(day).opportunityHourlyGbp(Rank.CONSTABLE))
        .isGreaterThan(tables.national.on(day).opportunityHourlyGbp(Rank.CONSTABLE));
  }
}
