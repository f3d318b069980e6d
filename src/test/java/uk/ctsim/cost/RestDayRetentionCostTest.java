package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.cost.Deployments.MONDAY_12_JUNE_0800;
import static uk.ctsim.cost.Deployments.PATROL;
import static uk.ctsim.cost.Deployments.deployed;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DutyFacts;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Rank;

/**
 * Retention from a tour into a rostered rest day, Police Regulations 2003 Annex H: duty on a rest day is paid at time
 * and a half (no notice), for 4 hours at least, "except where a period of not more than one hour of duty on a rostered
 * rest day … immediately follows a normal daily period of duty", which "counts as the number of periods of 15 minutes
 * actually completed" (fedrep.info 110; West Midlands Police Federation, "Continuous duty into a rest day"). The rest
 * of the extension is casual overtime. Constable at the top point: H = £18.4023287671, O = £28.8040300685; premiums
 * carry 13.8% on-cost. Visible patrol is not catered.
 */
class RestDayRetentionCostTest {
  private static Map<CostCategory, Long> byCategory(Rank rank, int overtime, int retained, boolean unplanned) {
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    DutyFacts facts = new DutyFacts(MONDAY_12_JUNE_0800, false, unplanned, 0, 0, 0, 0, retained);
    SimEvent e = deployed(rank, PATROL, 0, overtime, 0, 0, 20, facts);
    accountant.accept(e);
    return accountant.finish().sumBy(CostLine::category);
  }

  @Test
  void annexHUpToAnHourRetainedIntoARestDayIsPaidInCompletedQuarterHoursWithoutTheMinimum() {
    // 2 h extension, the last 45 min after midnight on a rest day: 75 min overtime, 1.25 × H × 4/3 × 1.138 =
    // £34.9044 → 3,490p; 45 min rest day, 0.75 × H × 1.5 × 1.138 = £23.5621 → 2,356p (not 4 h: £125.65)
    assertThat(byCategory(Rank.CONSTABLE, 120, 45, false)).containsExactlyInAnyOrderEntriesOf(
        Map.of(CostCategory.OVERTIME, 3_490L, CostCategory.REST_DAY, 2_356L));
    // 50 min retained counts 45 (three completed quarters): the same rest-day pay; 70 min overtime counts 60:
    // 1 × H × 4/3 × 1.138 = £27.9235 → 2,792p
    assertThat(byCategory(Rank.CONSTABLE, 120, 50, false)).containsExactlyInAnyOrderEntriesOf(
        Map.of(CostCategory.OVERTIME, 2_792L, CostCategory.REST_DAY, 2_356L));
    // exactly an hour: 1 × H × 1.5 × 1.138 = £31.4128 → 3,141p; the hour before it overtime, 2,792p
    assertThat(byCategory(Rank.CONSTABLE, 120, 60, false)).containsExactlyInAnyOrderEntriesOf(
        Map.of(CostCategory.OVERTIME, 2_792L, CostCategory.REST_DAY, 3_141L));
  }

  @Test
  void annexHMoreThanAnHourRetainedIntoARestDayIsPaidForFourHoursAtTimeAndAHalf() {
    // 61 min retained: more than an hour, so 4 h at least: 4 × H × 1.5 × 1.138 = £125.6511 → 12,565p; 59 min
    // overtime counts 45: 0.75 × H × 4/3 × 1.138 = £20.9439 → 2,094p
    assertThat(byCategory(Rank.CONSTABLE, 120, 61, false)).containsExactlyInAnyOrderEntriesOf(
        Map.of(CostCategory.OVERTIME, 2_094L, CostCategory.REST_DAY, 12_565L));
    // 5 h retained of 5 h: 5 × H × 1.5 × 1.138 = £157.0639 → 15,706p, no overtime
    assertThat(byCategory(Rank.CONSTABLE, 300, 300, false)).containsExactly(Map.entry(CostCategory.REST_DAY, 15_706L));
  }

  @Test
  void annexGTheDisregardFallsOnTheOvertimeNotOnTheRestDayAndInspectorsTakeTimeOff() {
    // unplanned: the first 30 of the 75 overtime minutes are disregarded, 45 paid: 0.75 × H × 4/3 × 1.138 → 2,094p;
    // the 45 rest-day minutes are paid in full, 2,356p
    assertThat(byCategory(Rank.CONSTABLE, 120, 45, true)).containsExactlyInAnyOrderEntriesOf(
        Map.of(CostCategory.OVERTIME, 2_094L, CostCategory.REST_DAY, 2_356L));
    // an inspector (no rest-day premium) takes all 2 h as time off in lieu: 2 × O(£51,330) = 2 × £37.0792210274
    // = £74.1584 → 7,416p
    assertThat(byCategory(Rank.INSPECTOR, 120, 45, false)).containsExactly(
        Map.entry(CostCategory.TIME_OFF_IN_LIEU, 7_416L));
  }
}
