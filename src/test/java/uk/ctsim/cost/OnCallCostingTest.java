package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.cost.Deployments.MONDAY_12_JUNE_0800;
import static uk.ctsim.cost.Deployments.PATROL;
import static uk.ctsim.cost.Deployments.deployed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.SimEvent.OfficerOnCall;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;

/**
 * The on-call allowance of Police Regulations 2003 Annex U para 13 ("an allowance of £15 in respect of each day on
 * which he spends any time on call", constables to chief inspectors; fedrep.info 111, Humberside Police Federation):
 * £15 a day from 1 Apr 2013 (HO Circular 007/2013), £20 from 1 Sep 2019, £25 from 1 Sep 2024, £35 from 1 Sep 2025,
 * with 13.8% employer National Insurance (not pensionable).
 */
class OnCallCostingTest {
  /** Midnight of Monday 12 June 2017: the minute of the rota's event for that day. */
  private static final long MONDAY_12_JUNE = 11 * 1440;

  private static OfficerOnCall onCall(int officer, Rank rank, LocalDate day, String rota, boolean restDay) {
    return new OfficerOnCall(MONDAY_12_JUNE, officer, ForceId.MET, rank, Role.CTSFO, day, rota, restDay);
  }

  private static CostLedger ledger(Scenario scenario, SimEvent... events) {
    CostAccountant accountant = new CostAccountant(scenario);
    for (SimEvent e : events) accountant.accept(e);
    return accountant.finish();
  }

  @Test
  void annexUOnCallAllowanceIsPaidOnceForEachOfficerDayOnCall() {
    LocalDate day = LocalDate.of(2017, 6, 12);
    CostLedger l = ledger(TestScenarios.builder().roleFunder(Role.CTSFO, Funder.CT_POLICING_GRANT).build(),
        onCall(7, Rank.CONSTABLE, day, "ctsfo", false),
        onCall(7, Rank.CONSTABLE, day, "critical", false),   // held by a second line the same day: paid once
        onCall(8, Rank.CHIEF_INSPECTOR, day, "ctsfo", true),
        onCall(9, Rank.SUPERINTENDENT, day, "ctsfo", false)); // not a rank paid the allowance
    // two officer-days × £15 × 1.138 = 2 × £17.07 → 3,414p, on the role's funder, Prepare, under the rota line
    assertThat(l.lines()).hasSize(1);
    CostLine line = l.lines().get(0);
    assertThat(line.pence()).isEqualTo(3_414L);
    assertThat(line.category()).isEqualTo(CostCategory.ALLOWANCES);
    assertThat(line.kind()).isEqualTo(CostKind.ADDITIONAL);
    assertThat(line.funder()).isEqualTo(Funder.CT_POLICING_GRANT);
    assertThat(line.strand()).isEqualTo(Strand.PREPARE);
    assertThat(line.demand()).isEqualTo(DemandKind.INCIDENT_IMMEDIATE);
    assertThat(line.reference()).isEqualTo("on-call:ctsfo");
    assertThat(line.force()).isEqualTo(ForceId.MET);
  }

  @Test
  void annexUOnCallAllowanceIsTheRateOfTheDay() {
    OnCallCosting costing = new OnCallCosting(TestScenarios.minimal().pay(), uk.ctsim.scenario.DatedAllowances.shipped());
    assertThat(costing.perDayGbp(LocalDate.of(2013, 3, 31))).isZero();       // before HO Circular 007/2013
    assertThat(costing.perDayGbp(LocalDate.of(2013, 4, 1))).isEqualTo(15.0);
    assertThat(costing.perDayGbp(LocalDate.of(2019, 8, 31))).isEqualTo(15.0);
    assertThat(costing.perDayGbp(LocalDate.of(2019, 9, 1))).isEqualTo(20.0);  // PRRB 2019 award (S21)
    assertThat(costing.perDayGbp(LocalDate.of(2024, 9, 1))).isEqualTo(25.0);  // 2024 award (S30)
    assertThat(costing.perDayGbp(LocalDate.of(2025, 9, 1))).isEqualTo(35.0);  // +£10 (S32)
    // £20 × 1.138 = £22.76 on 1 Sep 2019; none on 31 Mar 2013
    assertThat(costing.allowanceGbp(onCall(1, Rank.SERGEANT, LocalDate.of(2019, 9, 1), "a", false)))
        .isEqualTo(20 * 1.138);
    assertThat(costing.allowanceGbp(onCall(1, Rank.SERGEANT, LocalDate.of(2013, 3, 31), "a", false))).isZero();
    // the same officer the next day is another day on call
    assertThat(costing.allowanceGbp(onCall(1, Rank.SERGEANT, LocalDate.of(2019, 9, 2), "a", false)))
        .isEqualTo(20 * 1.138);
    assertThat(costing.allowanceGbp(onCall(1, Rank.SERGEANT, LocalDate.of(2019, 9, 2), "b", false))).isZero();
    assertThat(costing.allowanceGbp(onCall(2, Rank.SERGEANT, LocalDate.of(2019, 9, 2), "b", false)))
        .isEqualTo(20 * 1.138);
  }

  @Test
  void annexHAnOfficerOnCallRecalledOnARestDayIsPaidTheRecallAndKeepsTheAllowance() {
    // Held on call on a rest day and recalled for 2 h at 3 clear days' notice: the recall is a rest day worked at
    // under 15 days' notice (Annex H), travel counted, 4-hour minimum: max(2 + 1, 4) × H × 1.5 × 1.138 =
    // 6 × 18.4023287671 × 1.138 = £125.6511 → 12,565p; the day's allowance stays: £15 × 1.138 → 1,707p
    OfficerOnCall held = new OfficerOnCall(MONDAY_12_JUNE, 1, ForceId.MET, Rank.CONSTABLE, Role.RESPONSE,
        LocalDate.of(2017, 6, 12), "response", true);
    Map<CostCategory, Long> byCategory = ledger(TestScenarios.minimal(), held,
        deployed(Rank.CONSTABLE, PATROL, 0, 0, 120, 0, 0, 3)).sumBy(CostLine::category);
    assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(Map.of(CostCategory.REST_DAY, 12_565L,
        CostCategory.ALLOWANCES, 1_707L));
    assertThat(MONDAY_12_JUNE + 8 * 60).isEqualTo(MONDAY_12_JUNE_0800);
  }

  @Test
  void withoutARotaNothingIsHeldOnCall() {
    assertThat(TestScenarios.minimal().pay().allowances().onCall()).isEqualTo(List.of());
    assertThat(OnCallCosting.reference("x")).isEqualTo("on-call:x");
  }
}
