package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ctsim.cost.Deployments.EVENT;
import static uk.ctsim.cost.Deployments.PATROL;
import static uk.ctsim.cost.Deployments.deployed;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Scenario;

/**
 * Pay rules for one officer deployment, hand-computed. Constable (top point £38,382): H = £18.4023287671,
 * O = £28.8040300685. Inspector (£51,330): H = £24.6102739726, O = £37.0792210274. Premiums carry 13.8% on-cost.
 * Deployments to visible patrol are used where catering would get in the way (patrols are not catered).
 */
class OfficerPayTest {
  private static Map<CostCategory, Long> byCategory(Scenario scenario, SimEvent... events) {
    CostAccountant accountant = new CostAccountant(scenario);
    for (SimEvent e : events) accountant.accept(e);
    return accountant.finish().sumBy(CostLine::category);
  }

  private static Map<CostCategory, Long> byCategory(SimEvent... events) {
    return byCategory(TestScenarios.minimal(), events);
  }

  @Test
  void constableCasualOvertimeIsTimeAndAThirdWithOnCost() {
    // 3 × H × 4/3 × 1.138 = 4 × 18.4023287671 × 1.138 = £83.7674005 → 8,377p (worked example in COSTS.md)
    assertThat(byCategory(deployed(Rank.CONSTABLE, PATROL, 0, 180, 0, 0, 0, 0)))
        .containsExactly(Map.entry(CostCategory.OVERTIME, 8_377L));
  }

  @Test
  void constableCasualOvertimeWithoutOnCost() {
    // 3 × H × 4/3 × 1.0 = 4 × 18.4023287671 = £73.6093151 → 7,361p
    Scenario noOnCost = TestScenarios.builder()
        .pay(new PaySpec(TestScenarios.payScale2017(), null, null, null, 0.0, null)).build();
    assertThat(byCategory(noOnCost, deployed(Rank.CONSTABLE, PATROL, 0, 180, 0, 0, 0, 0)))
        .containsExactly(Map.entry(CostCategory.OVERTIME, 7_361L));
  }

  @Test
  void restDayAtTenDaysNoticeIsTimeAndAHalf() {
    // 6 h duty leaves no room for travel under the 6-hour limit: max(6, 4) × H × 1.5 × 1.138 = 9 × 18.4023287671 × 1.138 = £188.4766512 → 18,848p
    assertThat(byCategory(deployed(Rank.CONSTABLE, PATROL, 0, 0, 360, 0, 0, 10)))
        .containsExactly(Map.entry(CostCategory.REST_DAY, 18_848L));
  }

  @Test
  void shortRestDayAtShortNoticePaysTheFourHourMinimum() {
    // 2 h worked at 3 days' notice, 1 h travel counted: max(3, 4) × H × 1.5 × 1.138 = 6 × 18.4023287671 × 1.138 = £125.6511008 → 12,565p
    assertThat(byCategory(deployed(Rank.CONSTABLE, PATROL, 0, 0, 120, 0, 0, 3)))
        .containsExactly(Map.entry(CostCategory.REST_DAY, 12_565L));
  }

  @Test
  void restDayWithFifteenDaysNoticeOrMoreCostsOpportunityOnly() {
    // 20 days' notice: another rest day is given. 6 × O = 6 × 28.8040300685 = £172.8241804 → 17,282p, no premium
    assertThat(byCategory(deployed(Rank.CONSTABLE, PATROL, 0, 0, 360, 0, 0, 20)))
        .containsExactly(Map.entry(CostCategory.TIME_OFF_IN_LIEU, 17_282L));
    // at exactly 15 days the premium no longer applies (under 15 days' notice earns it): still 17,282p opportunity
    assertThat(byCategory(deployed(Rank.CONSTABLE, PATROL, 0, 0, 360, 0, 0, 15)))
        .containsExactly(Map.entry(CostCategory.TIME_OFF_IN_LIEU, 17_282L));
  }

  @Test
  void publicHolidayIsDoubleTimeWhateverTheNoticeWithADayInLieuUnderEightClearDays() {
    // Annex H: 5 clear days' notice: 8 × H × 2 × 1.138 = 16 × 18.4023287671 × 1.138 = £335.0696022 → 33,507p,
    // plus another day off in lieu, 8 × O = 8 × 28.8040300685 = £230.4322405 → 23,043p
    assertThat(byCategory(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 0, 5)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 33_507L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
    // 8 clear days or more: still double time (was time and a half before this rule was corrected), no day in lieu
    assertThat(byCategory(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 0, 8)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 33_507L));
    assertThat(byCategory(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 0, 7)))
        .containsEntry(CostCategory.TIME_OFF_IN_LIEU, 23_043L);
  }

  @Test
  void recalledLeaveWithoutAnAbsenceOfThreeDaysIsTheDayBackOnly() {
    // Annex O para 5 applies to an absence of 3 days or more; otherwise the day is given back: 8 × O → 23,043p
    assertThat(byCategory(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 0, 480, 2)))
        .containsExactly(Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
  }

  @Test
  void rosteredMinutesAreAbstractionAtTheOpportunityRate() {
    // 8 × O = 8 × 28.8040300685 = £230.4322405 → 23,043p
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    accountant.accept(deployed(Rank.CONSTABLE, PATROL, 480, 0, 0, 0, 0, 0));
    assertThat(accountant.finish().lines()).containsExactly(new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.ABSTRACTION,
        Strand.PROTECT, CostKind.OPPORTUNITY, DemandKind.VISIBLE_PATROL, "posture", "2017-W24", "2017-06", "2017-18", 23_043L));
  }

  @Test
  void anOfficerOfAForceOutsideLondonIsPaidWithoutLondonWeightingOrAllowance() {
    // Annex U: London weighting and the London allowance are paid in the London forces only. A constable of a force in
    // the pay region ELSEWHERE: O = 38,382 × 1.333 / (40 × 365 / 7) = £24.5303067 an hour; 8 × O = £196.2424 → 19,624p.
    // The same hours of a Met constable: 23,043p (rosteredMinutesAreAbstractionAtTheOpportunityRate).
    ForceId gmp = ForceId.of("GMP");
    CostAccountant accountant = new CostAccountant(TestScenarios.builder().forceOutsideLondon(gmp).build());
    var met = deployed(Rank.CONSTABLE, PATROL, 480, 0, 0, 0, 0, 0);
    accountant.accept(new SimEvent.OfficerDeployed(met.minute(), met.endMinute(), 2, gmp, met.rank(), met.role(),
        met.demand(), met.source(), met.split(), met.noticeDays(), met.facts()));
    accountant.accept(met);
    assertThat(accountant.finish().sumBy(CostLine::force)).containsOnly(
        Map.entry(gmp, 19_624L), Map.entry(ForceId.MET, 23_043L));
  }

  @Test
  void inspectorExtraHoursAreTimeOffInLieuNeverOvertime() {
    // 3 h overtime + 6 h rest day at 3 days' notice, inspector: 9 × O = 9 × 37.0792210274 = £333.7129892 → 33,371p
    Map<CostCategory, Long> costs = byCategory(deployed(Rank.INSPECTOR, PATROL, 0, 180, 360, 0, 0, 3));
    assertThat(costs).containsExactly(Map.entry(CostCategory.TIME_OFF_IN_LIEU, 33_371L));
    assertThat(costs).doesNotContainKeys(CostCategory.OVERTIME, CostCategory.REST_DAY);
  }

  @Test
  void inspectorGetsADayInLieuOfAPublicHolidayNotCash() {
    // Annex H: inspectors and chief inspectors get no public-holiday allowance but a day's leave in lieu:
    // 8 × O = 8 × 37.0792210274 = £296.6337682 → 29,663p
    assertThat(byCategory(deployed(Rank.INSPECTOR, PATROL, 0, 0, 0, 480, 0, 5)))
        .containsExactly(Map.entry(CostCategory.TIME_OFF_IN_LIEU, 29_663L));
  }

  @Test
  void cateringOnlyOnEventsIncidentsAndInvestigations() {
    // £9.00 an officer shift on EVENT, INCIDENT_IMMEDIATE, INCIDENT_SCENE, INVESTIGATION; none on sites or patrols
    for (DemandKind kind : DemandKind.values()) {
      DemandRef demand = new DemandRef(kind, "ref", ForceId.MET, 0);
      Map<CostCategory, Long> costs = byCategory(deployed(Rank.CONSTABLE, demand, 480, 0, 0, 0, 0, 0));
      boolean catered = List.of(DemandKind.EVENT, DemandKind.INCIDENT_IMMEDIATE, DemandKind.INCIDENT_SCENE,
          DemandKind.INVESTIGATION).contains(kind);
      if (catered) {
        assertThat(costs).as(kind.name()).containsEntry(CostCategory.CATERING, 900L);
      } else {
        assertThat(costs).as(kind.name()).doesNotContainKey(CostCategory.CATERING);
      }
    }
  }

  @Test
  void oneDeploymentSplitsIntoItsPaidParts() {
    // constable on an event: 8 h rostered (23,043p) + 3 h overtime (8,377p) + catering (900p) = 32,320p
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    accountant.accept(deployed(Rank.CONSTABLE, EVENT, 480, 180, 0, 0, 0, 0));
    CostLedger ledger = accountant.finish();
    assertThat(ledger.sumBy(CostLine::category)).containsExactly(Map.entry(CostCategory.ABSTRACTION, 23_043L),
        Map.entry(CostCategory.OVERTIME, 8_377L), Map.entry(CostCategory.CATERING, 900L));
    assertThat(ledger.totalPence()).isEqualTo(32_320L);
    assertThat(ledger.totalPence(CostKind.ADDITIONAL)).isEqualTo(9_277L);
    assertThat(ledger.totalPence(CostKind.OPPORTUNITY)).isEqualTo(23_043L);
  }

  @Test
  void negativeMinutesAreRejected() {
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    assertThatThrownBy(() -> accountant.accept(deployed(Rank.CONSTABLE, PATROL, -60, 0, 0, 0, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
  }
}
