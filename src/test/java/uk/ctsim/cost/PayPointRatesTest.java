package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.ctsim.cost.Deployments.MONDAY_12_JUNE_0800;
import static uk.ctsim.cost.Deployments.PATROL;
import static uk.ctsim.cost.Deployments.deployed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DutyFacts;
import uk.ctsim.scenario.PayAward;
import uk.ctsim.scenario.PayPoints;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;

/**
 * Officers priced at their pay point on the scale in force on the day (shipped pay scales: Circular 001/2019 Annex F
 * for constables from 1 Sep 2017, carried back through the 1% award of 1 Sep 2017; superintendents, who have no scale
 * in the table, at the scenario's pay with its awards).
 */
class PayPointRatesTest {
  private static final LocalDate START = LocalDate.of(2017, 6, 1);
  private static final PaySpec TABLE = new PaySpec(TestScenarios.payScale2017(), null, null, null, null, null, null,
      List.of(new PayAward(LocalDate.of(2017, 9, 1), 1.01, 2_397.0)), new PayPoints(true, true, null, null, null, false));
  /** The same with both constable scales (the default). */
  private static final PaySpec TWO_SCALES = new PaySpec(TestScenarios.payScale2017(), null, null, null, null, null,
      null, List.of(new PayAward(LocalDate.of(2017, 9, 1), 1.01, 2_397.0)), new PayPoints(true, true, null));

  @Test
  void aConstableTwoPointsBelowTheTopIsPricedAtPointFiveOfTheScaleOfTheDay() {
    DatedPayRates rates = new DatedPayRates(TABLE, START);
    // 12 June 2017: point 5 of the 1 Sep 2017 scale (£28,380, S19) less 1%: H = 28,380 / 1.01 × 7/365 ÷ 40
    assertThat(rates.on(LocalDate.of(2017, 6, 12), 2).regulatedHourlyGbp(Rank.CONSTABLE))
        .isCloseTo(13.4721280347, within(1e-9));
    assertThat(rates.on(LocalDate.of(2017, 8, 31), 2).annualPayGbp(Rank.CONSTABLE))
        .isCloseTo(28_380 / 1.01, within(1e-9));
    // from 1 September 2017 the published point: H = 28,380 × 7 / 14,600 = £13.6068493151
    assertThat(rates.on(LocalDate.of(2017, 9, 1), 2).regulatedHourlyGbp(Rank.CONSTABLE))
        .isCloseTo(13.6068493151, within(1e-9));
    // further below the top than the scale reaches: the bottom point, £19,971
    assertThat(rates.on(LocalDate.of(2017, 9, 1), 20).annualPayGbp(Rank.CONSTABLE)).isEqualTo(19_971.0);
    assertThat(rates.on(LocalDate.of(2017, 9, 1), 7).annualPayGbp(Rank.CONSTABLE)).isEqualTo(19_971.0);
    assertThat(rates.on(LocalDate.of(2017, 9, 1), 6).annualPayGbp(Rank.CONSTABLE)).isEqualTo(23_124.0);
    // the top point, and the rates with no point given
    assertThat(rates.on(LocalDate.of(2017, 9, 1), 0).annualPayGbp(Rank.CONSTABLE)).isEqualTo(38_382.0);
    assertThat(rates.on(LocalDate.of(2017, 9, 1)).annualPayGbp(Rank.CONSTABLE)).isEqualTo(38_382.0);
  }

  @Test
  void ranksWithoutAScaleKeepTheScenarioPayAndItsAwardsAtEveryPoint() {
    DatedPayRates rates = new DatedPayRates(TABLE, START);
    assertThat(rates.on(LocalDate.of(2017, 8, 31), 3).annualPayGbp(Rank.SUPERINTENDENT)).isEqualTo(70_000.0);
    assertThat(rates.on(LocalDate.of(2017, 9, 1), 3).annualPayGbp(Rank.SUPERINTENDENT))
        .isCloseTo(70_700.0, within(1e-9));
    // London weighting from the dated table, not the award: £2,373 from 1 Sep 2016 (R2) + 1% from 1 Sep 2017 (S15)
    // = £2,396.73; O = (70,700 + 2,396.73 + 4,338) × 1.333 / (40 × 365/7)
    assertThat(rates.on(LocalDate.of(2017, 9, 1), 0).opportunityHourlyGbp(Rank.SUPERINTENDENT))
        .isCloseTo((70_700 + 2_396.73 + 4_338) * 1.333 * 7 / 14_600, within(1e-9));
  }

  @Test
  void withoutTheLondonTableTheAwardsLondonWeightingIsUsed() {
    PaySpec own = new PaySpec(TestScenarios.payScale2017(), null, null, null, null, null, null,
        List.of(new PayAward(LocalDate.of(2017, 9, 1), 1.01, 2_397.0)), new PayPoints(true, true, null, false, null));
    DatedPayRates rates = new DatedPayRates(own, START);
    // O = (70,700 + 2,397 + 4,338) × 1.333 / (40 × 365/7)
    assertThat(rates.on(LocalDate.of(2017, 9, 1), 0).opportunityHourlyGbp(Rank.SUPERINTENDENT))
        .isCloseTo((70_700 + 2_397 + 4_338) * 1.333 * 7 / 14_600, within(1e-9));
  }

  @Test
  void withoutTheTableEveryPointIsTheScenarioPay() {
    PaySpec asGiven = new PaySpec(TestScenarios.payScale2017(), null, null, null, null, null);
    DatedPayRates rates = new DatedPayRates(asGiven, START);
    assertThat(rates.on(LocalDate.of(2017, 6, 12), 5).annualPayGbp(Rank.CONSTABLE)).isEqualTo(38_382.0);
    assertThat(asGiven.points().scaleTable()).isFalse();
  }

  @Test
  void overtimeIsPaidAtTheOfficersPoint() {
    // 2 h planned overtime on 12 June 2017 at time and a third with 13.8% on-cost:
    // point 5 (two below the top): 2 × 4/3 × 13.4721280347 × 1.138 = £40.8834 → 4,088p
    DutyFacts twoBelow = new DutyFacts(MONDAY_12_JUNE_0800, false, false, 0, 0, 0, 2);
    assertThat(overtime(twoBelow)).containsExactly(Map.entry(CostCategory.OVERTIME, 4_088L));
    // the top point: 38,382 / 1.01 → H = £18.2201274922; 2 × 4/3 × H × 1.138 = £55.2920 → 5,529p
    DutyFacts top = new DutyFacts(MONDAY_12_JUNE_0800, false, false, 0, 0, 0, 0);
    assertThat(overtime(top)).containsExactly(Map.entry(CostCategory.OVERTIME, 5_529L));
  }

  @Test
  void winsorAConstableAppointedBeforeApril2013IsPaidOvertimeOnThePre2013Scale() {
    // Police Regulations 2003 Annex F as amended by HO Circular 007/2013 (Winsor, PAT award): constables appointed
    // from 1 April 2013 are on the new scale, those appointed before keep theirs. One point below the top on 12 June
    // 2017 is six years from point 0: appointed June 2010 to June 2011, all on the pre-2013 scale, whose point 6 is
    // £38,022 on 1 Sep 2020 (S24) carried back through 2.5%, 2.5%, 2% and 1%: 38,022 / 1.082353875 = £35,128.99
    // (the post-2013 point 6 is £32,616 / 1.01 = £32,293.07). H = 35,128.99 × 7/365 ÷ 40 = £16.8426671244;
    // 3 h overtime = 3 × 4/3 × H × 1.138 = £76.6678 → 7,667p (post-2013 only: 3 × 4/3 × £15.4829 × 1.138 = £70.4785 → 7,048p)
    DutyFacts oneBelow = new DutyFacts(MONDAY_12_JUNE_0800, false, false, 0, 0, 0, 1);
    assertThat(new DatedPayRates(TWO_SCALES, START).on(LocalDate.of(2017, 6, 12), 1).regulatedHourlyGbp(Rank.CONSTABLE))
        .isCloseTo(16.8426671244, within(1e-9));
    assertThat(overtime(TWO_SCALES, oneBelow, 180)).containsExactly(Map.entry(CostCategory.OVERTIME, 7_667L));
    assertThat(overtime(TABLE, oneBelow, 180)).containsExactly(Map.entry(CostCategory.OVERTIME, 7_048L));
    // five points below the top (two years from point 0, appointed June 2014 to June 2015): the post-2013 point 2
    // alone, H = 24,171 / 1.01 × 7/14,600 = £11.4740946697; 3 × 4/3 × H × 1.138 = £52.2301 → 5,223p
    DutyFacts fiveBelow = new DutyFacts(MONDAY_12_JUNE_0800, false, false, 0, 0, 0, 5);
    assertThat(overtime(TWO_SCALES, fiveBelow, 180)).containsExactly(Map.entry(CostCategory.OVERTIME, 5_223L));
  }

  private static Map<CostCategory, Long> overtime(PaySpec pay, DutyFacts facts, int minutes) {
    CostAccountant accountant = new CostAccountant(TestScenarios.builder().pay(pay).build());
    accountant.accept(deployed(Rank.CONSTABLE, PATROL, 0, minutes, 0, 0, 20, facts));
    return accountant.finish().sumBy(CostLine::category);
  }

  private static Map<CostCategory, Long> overtime(DutyFacts facts) {
    CostAccountant accountant = new CostAccountant(TestScenarios.builder().pay(TABLE).build());
    accountant.accept(deployed(Rank.CONSTABLE, PATROL, 0, 120, 0, 0, 20, facts));
    return accountant.finish().sumBy(CostLine::category);
  }
}
