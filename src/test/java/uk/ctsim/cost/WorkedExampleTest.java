package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.ctsim.cost.Deployments.EVENT;
import static uk.ctsim.cost.Deployments.MONDAY_12_JUNE_0800;
import static uk.ctsim.cost.Deployments.PATROL;
import static uk.ctsim.cost.Deployments.deployed;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.DutyFacts;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;

/** The worked examples of docs/COSTS.md, figure for figure: a top-of-scale London constable. */
class WorkedExampleTest {
  private static Map<CostCategory, Long> costs(SimEvent... events) {
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    for (SimEvent e : events) accountant.accept(e);
    return accountant.finish().sumBy(CostLine::category);
  }

  @Test
  void theRates() {
    PayRates rates = PayRates.of(TestScenarios.minimal().pay());
    // H = 38,382 × 7 / 365 / 40 = £18.4023; O = 45,069 × 1.333 / 2,085.714 = £28.8040
    assertThat(rates.regulatedHourlyGbp(Rank.CONSTABLE)).isCloseTo(18.4023, within(5e-5));
    assertThat(rates.opportunityHourlyGbp(Rank.CONSTABLE)).isCloseTo(28.8040, within(5e-5));
    // F, London constable: 45,069 × 1.333 / 1,700 = £35.3394
    assertThat(rates.fullCostHourlyGbp(Rank.CONSTABLE, true, 0, 1700)).isCloseTo(35.3394, within(5e-5));
  }

  @Test
  void publicHoliday() {
    // rostered on a bank holiday, told 20 clear days ahead, 12 h (8 h tour + 4 h beyond it): every hour is
    // public-holiday duty at double time, 12 × 18.4023 × 2 × 1.138 = £502.60; no abstraction, no day in lieu
    DutyFacts holiday = new DutyFacts(MONDAY_12_JUNE_0800 - 21 * 1440, true, false, 0, 0, 0);
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 480, 240, 0, 0, 20, holiday)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 50_260L));
    // told 5 clear days ahead: also a day in lieu, 8 × 28.8040 = £230.43
    DutyFacts late = new DutyFacts(MONDAY_12_JUNE_0800 - 6 * 1440, true, false, 0, 0, 0);
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 480, 240, 0, 0, 5, late)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 50_260L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
  }

  @Test
  void cancelledLeaveDay() {
    // first day recalled from a 9-day absence, 10 h: a day's pay at double time 8 × 18.4023 × 2 × 1.138 = £335.07,
    // the day back 8 × 28.8040 = £230.43, and 2 h beyond the day at time and a third, 2 × 18.4023 × 4/3 × 1.138 = £55.84
    DutyFacts first = new DutyFacts(MONDAY_12_JUNE_0800 - 3 * 1440, false, false, 0, 9, 1);
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 600, 2, first))).containsExactly(
        Map.entry(CostCategory.OVERTIME, 5_584L), Map.entry(CostCategory.LEAVE_CANCELLED, 33_507L),
        Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
    // the third day recalled in the same absence, 8 h: half a day's pay at double time, £167.53, and the day back
    DutyFacts third = new DutyFacts(MONDAY_12_JUNE_0800 - 3 * 1440, false, false, 0, 9, 3);
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 2, third))).containsExactly(
        Map.entry(CostCategory.LEAVE_CANCELLED, 16_753L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
  }

  @Test
  void reRosteredLongShift() {
    // a rest day moved with 20 clear days' notice, worked as a 12 h event shift: a normal day, 8 × 28.8040 = £230.43
    // of time given back, and 4 h overtime, 4 × 18.4023 × 4/3 × 1.138 = £111.69, plus £9 catering
    // (before the rule was corrected: 12 × 28.8040 = £345.65, all opportunity)
    assertThat(costs(deployed(Rank.CONSTABLE, EVENT, 0, 0, 720, 0, 0, 20))).containsExactlyInAnyOrderEntriesOf(Map.of(
        CostCategory.OVERTIME, 11_169L, CostCategory.CATERING, 900L, CostCategory.TIME_OFF_IN_LIEU, 23_043L));
  }

  @Test
  void mutualAidDeployment() {
    // one police support unit (1 inspector, 3 sergeants, 18 constables) on an incident scene for 10 h, one night away:
    // F = 18/22 × 30.0960 + 3/22 × 33.8221 + 1/22 × 40.2488 = £31.0656 an officer hour (other forces' pay, 1,700 h)
    // charge 22 × (10 + 4 travel) × 31.0656 = £9,568.20 to the Met; allowances 22 × 1 × £50 = £1,100.00
    DemandRef scene = new DemandRef(DemandKind.INCIDENT_SCENE, "lb-2017", ForceId.MET, 0);
    SimEvent psu = new SimEvent.MutualAidDeployed(MONDAY_12_JUNE_0800, MONDAY_12_JUNE_0800 + 600, scene,
        Role.PUBLIC_ORDER, 22, 1);
    assertThat(costs(psu)).containsExactly(Map.entry(CostCategory.MUTUAL_AID, 956_820L),
        Map.entry(CostCategory.ALLOWANCES, 110_000L));
  }
}
