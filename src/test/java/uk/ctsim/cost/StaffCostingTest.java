package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.cost.Deployments.MONDAY_12_JUNE_0800;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.SimEvent.StaffDeployed;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.StaffFunction;
import uk.ctsim.scenario.StaffSpec;

/**
 * Police staff's pay, hand-computed with the defaults: a CSI on £27,000 with 25% on-costs over a 37-hour week has
 * S = 27,000 × 1.25 × 7/365 ÷ 37 = £17.4935209 an hour; a call handler on £22,500, £14.5779341.
 */
class StaffCostingTest {
  private static final DemandRef SCENE = new DemandRef(DemandKind.INCIDENT_SCENE, "lb-2017", ForceId.MET, 0);
  private static final DemandRef INQUIRY = new DemandRef(DemandKind.INVESTIGATION, "lb-2017", ForceId.CITY, 0);
  /** Day 88 of a period from 1 June 2017: Monday 28 August 2017, the summer bank holiday. */
  private static final long BANK_HOLIDAY_0800 = 88 * 1440 + 8 * 60;

  private static StaffDeployed duty(long start, int working, int overtime, int holiday, StaffFunction f, DemandRef d) {
    return new StaffDeployed(start, start + working + overtime + holiday, 7, d.leadForce(), f, d, working, overtime, holiday);
  }

  private static List<CostLine> lines(Scenario scenario, SimEvent... events) {
    CostAccountant accountant = new CostAccountant(scenario);
    for (SimEvent e : events) accountant.accept(e);
    return accountant.finish().lines();
  }

  @Test
  void theHourlyRateIsSalaryWithOnCostsOverTheHoursOfAWorkingYear() {
    StaffCosting costing = new StaffCosting(StaffSpec.defaults());
    assertThat(costing.hourlyGbp(duty(0, 60, 0, 0, StaffFunction.CSI, SCENE))).isCloseTo(17.4935209, within());
    assertThat(costing.hourlyGbp(duty(0, 60, 0, 0, StaffFunction.CALL_HANDLER, SCENE))).isCloseTo(14.5779341, within());
  }

  @Test
  void aWeekdayDutyIsWorkingDayTimeAsOpportunityAndTheRestOvertimeAtTimeAndAHalf() {
    // 08:00 to 16:00 on Monday 12 June: 444 minutes of the working day (08:00 to 15:24), 36 minutes beyond it.
    // time: 7.4 h × 17.4935209 = £129.452055 → 12,945p; overtime: 0.6 h × 1.5 × 17.4935209 = £15.744169 → 1,574p
    List<CostLine> lines = lines(TestScenarios.minimal(), duty(MONDAY_12_JUNE_0800, 444, 36, 0, StaffFunction.CSI, SCENE));
    assertThat(lines).containsExactlyInAnyOrder(
        new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.STAFF_TIME, Strand.PREPARE, CostKind.OPPORTUNITY,
            DemandKind.INCIDENT_SCENE, "lb-2017", "2017-W24", "2017-06", "2017-18", 12_945),
        new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.STAFF_OVERTIME, Strand.PREPARE,
            CostKind.ADDITIONAL, DemandKind.INCIDENT_SCENE, "lb-2017", "2017-W24", "2017-06", "2017-18", 1_574));
  }

  @Test
  void aPublicHolidayIsDoubleTimeAndNoOpportunity() {
    // 8 h on the summer bank holiday: 8 × 2 × 17.4935209 = £279.896335 → 27,990p, one additional line, in the
    // investigation's own force (City) and strand (Pursue)
    List<CostLine> lines = lines(TestScenarios.minimal(), duty(BANK_HOLIDAY_0800, 0, 0, 480, StaffFunction.CSI, INQUIRY));
    assertThat(lines).containsExactly(new CostLine(ForceId.CITY, Funder.FORCE_CORE_BUDGET, CostCategory.STAFF_OVERTIME,
        Strand.PURSUE, CostKind.ADDITIONAL, DemandKind.INVESTIGATION, "lb-2017", "2017-W35", "2017-08", "2017-18", 27_990));
  }

  @Test
  void overtimeAndHolidayHoursOfOneDutyMakeOneLineAndTheScenarioSetsTheRates() {
    // a call handler, 9 h overtime at time and a half: 13.5 × 14.5779341 = £196.802110 → 19,680p, plus 1 h on a
    // holiday at double time: 2 × 14.5779341 = £29.155868; together £225.957978 → 22,596p
    StaffCosting costing = new StaffCosting(StaffSpec.defaults());
    assertThat(costing.overtimePence(duty(0, 0, 540, 0, StaffFunction.CALL_HANDLER, SCENE))).isEqualTo(19_680);
    assertThat(costing.overtimePence(duty(0, 0, 540, 60, StaffFunction.CALL_HANDLER, SCENE))).isEqualTo(22_596);
    assertThat(costing.timePence(duty(0, 0, 540, 60, StaffFunction.CALL_HANDLER, SCENE))).isZero();
    // £20,000 with no on-cost over a 40-hour week (8 h days), overtime at 2, holidays at 3:
    // S = 20,000 × 7/365 ÷ 40 = £9.5890411; 1 h overtime + 1 h holiday = 5 × S = £47.945205 → 4,795p
    StaffSpec spec = new StaffSpec(null, null, null, 8.0, null, null, Map.of(StaffFunction.ANALYST, 20_000.0), 0.0, 2.0, 3.0);
    assertThat(new StaffCosting(spec).overtimePence(duty(0, 0, 60, 60, StaffFunction.ANALYST, SCENE))).isEqualTo(4_795);
    assertThat(new StaffCosting(spec).timePence(duty(0, 90, 0, 0, StaffFunction.ANALYST, SCENE))).isEqualTo(1_438);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }

  private static final DemandRef PATROL = new DemandRef(DemandKind.VISIBLE_PATROL, "posture", ForceId.MET, 0);

  @Test
  void aPcsoIsPaidOnTheStaffRulesAtTheirOwnSalary() {
    // S = 23,670 × 1.25 × 7/365 ÷ 37 = £15.3359867 an hour; 9 h of shift: £138.023880 → 13,802p (opportunity);
    // 1 h outside the shift at time and a half: £23.003980 → 2,300p (additional); no expenses
    List<CostLine> lines = lines(TestScenarios.minimal(),
        duty(MONDAY_12_JUNE_0800, 540, 60, 0, StaffFunction.PCSO, PATROL));
    assertThat(lines).containsExactlyInAnyOrder(
        new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.STAFF_TIME, Strand.PROTECT,
            CostKind.OPPORTUNITY, DemandKind.VISIBLE_PATROL, "posture", "2017-W24", "2017-06", "2017-18", 13_802),
        new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.STAFF_OVERTIME, Strand.PROTECT,
            CostKind.ADDITIONAL, DemandKind.VISIBLE_PATROL, "posture", "2017-W24", "2017-06", "2017-18", 2_300));
    assertThat(new StaffCosting(StaffSpec.defaults()).expensesPence(duty(0, 540, 60, 0, StaffFunction.PCSO, PATROL)))
        .isZero();
  }

  @Test
  void aSpecialConstableCostsOnlyTheExpensesOfTheDutyWhateverItsLength() {
    // unpaid: no time, no overtime; £10 a duty → 1,000p, for 10 hours as for 1
    List<CostLine> lines = lines(TestScenarios.minimal(),
        duty(MONDAY_12_JUNE_0800, 600, 0, 0, StaffFunction.SPECIAL_CONSTABLE, PATROL),
        duty(MONDAY_12_JUNE_0800 + 1440, 60, 0, 0, StaffFunction.SPECIAL_CONSTABLE, PATROL));
    assertThat(lines).containsExactly(new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET,
        CostCategory.SPECIALS_EXPENSES, Strand.PROTECT, CostKind.ADDITIONAL, DemandKind.VISIBLE_PATROL, "posture",
        "2017-W24", "2017-06", "2017-18", 2_000));
    StaffSpec spec = new StaffSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        7.25);
    StaffCosting costing = new StaffCosting(spec);
    StaffDeployed special = duty(0, 600, 0, 0, StaffFunction.SPECIAL_CONSTABLE, PATROL);
    assertThat(costing.expensesPence(special)).isEqualTo(725);
    assertThat(costing.timePence(special)).isZero();
    assertThat(costing.overtimePence(duty(0, 0, 60, 60, StaffFunction.SPECIAL_CONSTABLE, PATROL))).isZero();
    assertThat(costing.expensesPence(duty(0, 600, 0, 0, StaffFunction.CSI, PATROL))).isZero();
  }
}
