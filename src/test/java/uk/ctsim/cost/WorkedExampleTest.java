package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.ctsim.cost.Deployments.PATROL;
import static uk.ctsim.cost.Deployments.deployed;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.Rank;

/** The worked example of docs/COSTS.md, figure for figure: a top-of-scale constable on visible patrol. */
class WorkedExampleTest {
  @Test
  void theWorkedExampleOfTheCostRules() {
    PayRates rates = PayRates.of(TestScenarios.minimal().pay());
    // H = 38,382 × 7 / 365 / 40 = £18.4023; O = 45,069 × 1.333 / 2,085.714 = £28.8040
    assertThat(rates.regulatedHourlyGbp(Rank.CONSTABLE)).isCloseTo(18.4023, within(5e-5));
    assertThat(rates.opportunityHourlyGbp(Rank.CONSTABLE)).isCloseTo(28.8040, within(5e-5));

    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    accountant.accept(deployed(Rank.CONSTABLE, PATROL, 0, 180, 0, 0, 0, 0)); // 3 h overtime: £83.77
    accountant.accept(deployed(Rank.CONSTABLE, PATROL, 0, 0, 360, 0, 0, 10)); // 6 h rest day, 10 days: £188.48
    accountant.accept(deployed(Rank.CONSTABLE, PATROL, 0, 0, 120, 0, 0, 3)); // 2 h rest day, 3 days: £125.65
    accountant.accept(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 0, 5)); // 8 h public holiday, 5 days: £335.07 + day in lieu £230.43
    accountant.accept(deployed(Rank.CONSTABLE, PATROL, 480, 0, 0, 0, 0, 0)); // 8 h abstraction: £230.43
    CostLedger ledger = accountant.finish();

    assertThat(ledger.sumBy(CostLine::category)).containsExactly(Map.entry(CostCategory.ABSTRACTION, 23_043L),
        Map.entry(CostCategory.OVERTIME, 8_377L), Map.entry(CostCategory.REST_DAY, 18_848L + 12_565L),
        Map.entry(CostCategory.PUBLIC_HOLIDAY, 33_507L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
    // additional: 83.77 + 188.48 + 125.65 + 335.07 = £732.97; opportunity 230.43 + 230.43 = £460.86; total £1,193.83
    assertThat(ledger.totalPence(CostKind.ADDITIONAL)).isEqualTo(73_297L);
    assertThat(ledger.totalPence(CostKind.OPPORTUNITY)).isEqualTo(46_086L);
    assertThat(ledger.totalPence()).isEqualTo(119_383L);
  }
}
