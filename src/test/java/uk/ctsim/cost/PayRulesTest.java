package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.cost.Deployments.MONDAY_12_JUNE_0800;
import static uk.ctsim.cost.Deployments.PATROL;
import static uk.ctsim.cost.Deployments.deployed;
import static uk.ctsim.cost.Deployments.with;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DutyFacts;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.PaySpec.PremiumRules;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Scenario;

/**
 * The pay rules corrected or added against Police Regulations 2003 and the determinations under them, each
 * hand-computed. Constable: H = £18.4023287671, O = £28.8040300685; inspector: H = £24.6102739726,
 * O = £37.0792210274; premiums carry 13.8% on-cost.
 */
class PayRulesTest {
  private static final long TOLD_AT_START = MONDAY_12_JUNE_0800;

  private static Map<CostCategory, Long> costs(Scenario scenario, SimEvent... events) {
    CostAccountant accountant = new CostAccountant(scenario);
    for (SimEvent e : events) accountant.accept(e);
    return accountant.finish().sumBy(CostLine::category);
  }

  private static Map<CostCategory, Long> costs(SimEvent... events) {
    return costs(TestScenarios.minimal(), events);
  }

  private static DutyFacts told(long minute) {
    return DutyFacts.plain(minute);
  }

  @Test
  void annexHPublicHolidayWorkedByARosteredConstableIsDoubleTimeAndNotAbstraction() {
    // Annex H: every officer is allowed the public holiday; a constable required to work it is paid double time
    // even when rostered: 8 × H × 2 × 1.138 → 33,507p, and the rostered hours are not abstraction
    DutyFacts holiday = new DutyFacts(TOLD_AT_START - 30 * 1440, true, false, 0, 0, 0);
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 480, 0, 0, 0, 20, holiday)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 33_507L));
    // a sergeant's overtime on the holiday is double time too: 10 h × H(43,134) × 2 × 1.138
    // H = 43,134 × 7/365/40 = 20.6806849315; 20 × 20.6806849315 × 1.138 = £470.6923890 → 47,069p
    assertThat(costs(deployed(Rank.SERGEANT, PATROL, 480, 120, 0, 0, 20, holiday)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 47_069L));
  }

  @Test
  void annexHPublicHolidayIsPaidForFourHoursAtLeast() {
    // 2 h recalled on the holiday at 10 days' notice, 1 h travel: max(3, 4) × H × 2 × 1.138 = £167.5343 → 16,753p
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 120, 0, 10)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 16_753L));
  }

  @Test
  void reg26AnnexHAPublicHolidayInAPeriodOfAnnualLeaveIsPaidAsAPublicHolidayNotByAnnexO() {
    // A public holiday is a day's leave in its own right, not a day of annual leave: duty on one inside a period of
    // annual leave is paid by reg 26 and Annex H (Fed guidance on Annex O: public holidays in the absence are paid
    // "according to the relevant regulation"). Absence of 5 days, the holiday the first day recalled, 2 clear days.
    DutyFacts holidayInLeave = new DutyFacts(TOLD_AT_START, true, false, 0, 5, 1);
    // 10 h, every hour at double time: 10 × H × 2 × 1.138 = £418.8370 → 41,884p; under 8 clear days another day in
    // lieu, 8 × O → 23,043p; no Annex O pay and no overtime at time and a third
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 600, 2, holidayInLeave)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 41_884L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
    // 4 h: a recall, so 1 h travel counts (duty and travel within 6 h): 5 × H × 2 × 1.138 = £209.4185 → 20,942p
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 240, 2, holidayInLeave)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 20_942L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
    // 2 h: travel and the 4-hour minimum, max(3, 4) × H × 2 × 1.138 → 16,753p
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 120, 2, holidayInLeave)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 16_753L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
    // a sergeant with 8 clear days' notice: double time only, 8 × H(43,134) × 2 × 1.138 = £376.5539 → 37,655p
    assertThat(costs(deployed(Rank.SERGEANT, PATROL, 0, 0, 0, 480, 8, holidayInLeave)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 37_655L));
    // an inspector: a day in lieu, no cash: max(10, 8) × O = £370.7922 → 37,079p
    assertThat(costs(deployed(Rank.INSPECTOR, PATROL, 0, 0, 0, 600, 2, holidayInLeave)))
        .containsExactly(Map.entry(CostCategory.TIME_OFF_IN_LIEU, 37_079L));
  }

  @Test
  void annexORecalledLeavePaysADayAtDoubleTimeForTheFirstTwoDaysThenHalfAndGivesTheDayBack() {
    // absence of 5 days: first recalled day 8 × H × 2 × 1.138 → 33,507p, and the day back 8 × O → 23,043p
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 2, new DutyFacts(TOLD_AT_START, false, false, 0, 5, 1))))
        .containsExactly(Map.entry(CostCategory.LEAVE_CANCELLED, 33_507L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
    // the third day recalled: half a day's pay at double time, 4 × H × 2 × 1.138 → 16,753p, and the day back
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 2, new DutyFacts(TOLD_AT_START, false, false, 0, 5, 3))))
        .containsExactly(Map.entry(CostCategory.LEAVE_CANCELLED, 16_753L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
    // an absence of exactly 3 days qualifies; of 2 does not
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 2, new DutyFacts(TOLD_AT_START, false, false, 0, 3, 2))))
        .containsEntry(CostCategory.LEAVE_CANCELLED, 33_507L);
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 2, new DutyFacts(TOLD_AT_START, false, false, 0, 2, 1))))
        .doesNotContainKey(CostCategory.LEAVE_CANCELLED);
  }

  @Test
  void annexOIncludesInspectorsAndPaysHoursBeyondTheDayAsOvertime() {
    DutyFacts absence = new DutyFacts(TOLD_AT_START, false, false, 0, 7, 1);
    // inspector: 8 × 24.6102739726 × 2 × 1.138 → 44,810p and the day back 8 × O → 29,663p
    assertThat(costs(deployed(Rank.INSPECTOR, PATROL, 0, 0, 0, 480, 2, absence)))
        .containsExactly(Map.entry(CostCategory.LEAVE_CANCELLED, 44_810L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 29_663L));
    // superintendent: the day back only
    assertThat(costs(deployed(Rank.SUPERINTENDENT, PATROL, 0, 0, 0, 480, 2, absence)))
        .containsOnlyKeys(CostCategory.TIME_OFF_IN_LIEU);
    // constable working 10 h: the 2 h beyond the normal day are overtime, 2 × H × 4/3 × 1.138 → 5,584p
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 600, 2, absence)))
        .containsEntry(CostCategory.OVERTIME, 5_584L).containsEntry(CostCategory.LEAVE_CANCELLED, 33_507L);
  }

  @Test
  void annexOPaysARecalledDayOnceHoweverManyDeploymentsFallOnIt() {
    DutyFacts absence = new DutyFacts(TOLD_AT_START, false, false, 0, 5, 1);
    SimEvent first = deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 240, 2, absence);
    SimEvent second = with(MONDAY_12_JUNE_0800 + 300, Rank.CONSTABLE, PATROL, 0, 0, 0, 180, 2, absence);
    // the day: 33,507p cash and 23,043p back; the second deployment, 3 h, is overtime: 3 × H × 4/3 × 1.138 → 8,377p
    assertThat(costs(first, second)).containsExactly(Map.entry(CostCategory.OVERTIME, 8_377L),
        Map.entry(CostCategory.LEAVE_CANCELLED, 33_507L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
  }

  @Test
  void annexHReRosteredRestDayIsANormalDayWithTheHoursBeyondItAsOvertime() {
    // 12 h on a rest day re-rostered with 20 clear days' notice: 8 × O → 23,043p, 4 × H × 4/3 × 1.138 → 11,169p
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 720, 0, 0, 20)))
        .containsExactly(Map.entry(CostCategory.OVERTIME, 11_169L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
  }

  @Test
  void annexHRestDayRecallCountsTravelWhileDutyAndTravelAreWithinSixHours() {
    // 4 h duty + 1 h travel = 5 h × H × 1.5 × 1.138 = £157.0559 → 15,706p
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 240, 0, 0, 3)))
        .containsExactly(Map.entry(CostCategory.REST_DAY, 15_706L));
    // 5.5 h duty: only 0.5 h of travel fits under 6 h: 6 × H × 1.5 × 1.138 → 18,848p
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 330, 0, 0, 3)))
        .containsExactly(Map.entry(CostCategory.REST_DAY, 18_848L));
  }

  @Test
  void reg25OvertimeIsPaidInCompletedFifteenMinutes() {
    // 50 minutes: 45 paid, 0.75 × H × 4/3 × 1.138 = H × 1.138 = £20.9418 → 2,094p
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 50, 0, 0, 0, 0)))
        .containsExactly(Map.entry(CostCategory.OVERTIME, 2_094L));
    // 14 minutes: nothing
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 14, 0, 0, 0, 0))).isEmpty();
  }

  @Test
  void annexGDisregardsTheFirstHalfHourOfUnplannedOvertimeOnFourOccasionsAWeek() {
    // 3 h unplanned: 2.5 h paid × H × 4/3 × 1.138 = £69.8061 → 6,981p on each of the first 4 occasions of 2017-W24
    SimEvent[] week = new SimEvent[5];
    for (int i = 0; i < 5; i++) week[i] = unplannedOvertime(MONDAY_12_JUNE_0800 + i * 1440);
    // 4 × 6,981 + the fifth in full, 8,377 = 36,301p
    assertThat(costs(week)).containsExactly(Map.entry(CostCategory.OVERTIME, 4 * 6_981L + 8_377L));
    // planned overtime (told at the start of the tour) is paid in full
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 180, 0, 0, 0, told(TOLD_AT_START))))
        .containsExactly(Map.entry(CostCategory.OVERTIME, 8_377L));
    // the count starts again in the next ISO week (Monday 19 June)
    SimEvent nextWeek = unplannedOvertime(MONDAY_12_JUNE_0800 + 7 * 1440);
    assertThat(costs(week[0], week[1], week[2], week[3], nextWeek)).containsExactly(Map.entry(CostCategory.OVERTIME, 5 * 6_981L));
  }

  /** 3 h overtime that the officer was told of during the tour (so at the start of the extension). */
  private static SimEvent unplannedOvertime(long minute) {
    return with(minute, Rank.CONSTABLE, PATROL, 0, 180, 0, 0, 0, new DutyFacts(minute, false, true, 0, 0, 0));
  }

  @Test
  void reg25ChangeOfTourWithEightHoursNoticeIsNotOvertime() {
    // 5 h inside the tour + 3 h outside; told 8 h before: the tour is changed, 8 h rostered → 8 × O = 23,043p
    long eightHoursBefore = MONDAY_12_JUNE_0800 - 8 * 60;
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 300, 180, 0, 0, 0, told(eightHoursBefore))))
        .containsExactly(Map.entry(CostCategory.ABSTRACTION, 23_043L));
    // told 7 h 59 min before: 5 × O = 14,402p and 3 h overtime 8,377p
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 300, 180, 0, 0, 0, told(eightHoursBefore + 1))))
        .containsExactly(Map.entry(CostCategory.ABSTRACTION, 14_402L), Map.entry(CostCategory.OVERTIME, 8_377L));
    // a 10 h duty with due notice: 8 h rostered and 2 h overtime (the normal day is 8 h, reg 22)
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 480, 120, 0, 0, 0, told(eightHoursBefore))))
        .containsExactly(Map.entry(CostCategory.ABSTRACTION, 23_043L), Map.entry(CostCategory.OVERTIME, 5_584L));
  }

  @Test
  void reg25ElectedTimeOffIsOwedNotPaid() {
    // a quarter of premium time taken as time off: 3 h overtime, cash 0.75 × 8,376.7 → 6,283p;
    // owed 0.25 × 3 × 4/3 = 1 h at O → 2,880p, and 1 hour of liability
    Scenario quarter = TestScenarios.builder().pay(new PaySpec(TestScenarios.payScale2017(), null, null, null, null,
        new PremiumRules(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, 0.25, null, null, null, null))).build();
    CostAccountant accountant = new CostAccountant(quarter);
    accountant.accept(deployed(Rank.CONSTABLE, PATROL, 0, 180, 0, 0, 0, 0));
    assertThat(accountant.finish().sumBy(CostLine::category))
        .containsExactly(Map.entry(CostCategory.OVERTIME, 6_283L), Map.entry(CostCategory.TIME_OWED, 2_880L));
    assertThat(accountant.timeOwedHours()).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void annexOLeaveOptionGivesLeaveInsteadOfThePayForTheElectedShare() {
    // Annex O para 5 (Fed: fedrep.info id=1): for each of the first 2 days recalled, 2 days' leave or 1 day's leave and
    // a day's pay at double time; for later days 1.5 days' leave or 1 day's leave and half a day's pay. A quarter elect
    // leave. Day 1 of 5: cash 0.75 × 8 × H × 2 × 1.138 = £251.3022 → 25,130p; leave owed 0.25 × 8 h = 2 h at O
    // = £57.6081 → 5,761p; the day back 8 × O → 23,043p. Day 3: cash 0.75 × 4 × H × 2 × 1.138 = £125.6511 → 12,565p;
    // owed 0.25 × 4 h = 1 h at O → 2,880p. Hours owed in all: 3
    Scenario quarter = TestScenarios.builder().pay(new PaySpec(TestScenarios.payScale2017(), null, null, null, null,
        new PremiumRules(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, 0.25, null, null, null, null))).build();
    CostAccountant first = new CostAccountant(quarter);
    first.accept(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 2, new DutyFacts(TOLD_AT_START, false, false, 0, 5, 1)));
    assertThat(first.finish().sumBy(CostLine::category)).containsOnly(Map.entry(CostCategory.LEAVE_CANCELLED, 25_130L),
        Map.entry(CostCategory.TIME_OWED, 5_761L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
    CostAccountant third = new CostAccountant(quarter);
    third.accept(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 2, new DutyFacts(TOLD_AT_START, false, false, 0, 5, 3)));
    assertThat(third.finish().sumBy(CostLine::category)).containsOnly(Map.entry(CostCategory.LEAVE_CANCELLED, 12_565L),
        Map.entry(CostCategory.TIME_OWED, 2_880L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
    assertThat(first.timeOwedHours() + third.timeOwedHours()).isEqualTo(3.0, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void annexUUnsocialHoursAllowanceForEachFullHourBetween20And06() {
    // 150 minutes outside the tour at night: 2 full hours × 10% × 38,382 × 60/125,200 × 1.138 = £4.1866 → 419p
    DutyFacts night = new DutyFacts(TOLD_AT_START, false, false, 150, 0, 0);
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 480, 0, 0, 0, 0, night)))
        .containsEntry(CostCategory.UNSOCIAL_HOURS, 419L);
    // superintendents are not paid it
    assertThat(costs(deployed(Rank.SUPERINTENDENT, PATROL, 480, 0, 0, 0, 0, night)))
        .doesNotContainKey(CostCategory.UNSOCIAL_HOURS);
    // 59 minutes: no full hour
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 480, 0, 0, 0, 0, new DutyFacts(TOLD_AT_START, false, false, 59, 0, 0))))
        .doesNotContainKey(CostCategory.UNSOCIAL_HOURS);
  }
}
