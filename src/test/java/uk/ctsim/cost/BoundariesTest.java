package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static uk.ctsim.cost.Deployments.MONDAY_12_JUNE_0800;
import static uk.ctsim.cost.Deployments.PATROL;
import static uk.ctsim.cost.Deployments.deployed;
import static uk.ctsim.cost.Deployments.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.DutyFacts;
import uk.ctsim.model.events.DutyMinutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent.OfficerDeployed;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;

/** The edges of the rules: what is accepted exactly at a limit and rejected just past it. */
class BoundariesTest {
  private static final DemandRef SCENE = new DemandRef(DemandKind.INCIDENT_SCENE, "x", ForceId.MET, 0);
  private static final DemandRef SITES = new DemandRef(DemandKind.PROTECTED_SITES, "posture", ForceId.MET, 0);

  private static Map<CostCategory, Long> costs(SimEvent... events) {
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    for (SimEvent e : events) accountant.accept(e);
    return accountant.finish().sumBy(CostLine::category);
  }

  @Test
  void travelOnAPublicHolidayCountsOnlyForARecall() {
    // recalled for 4 h at 10 clear days: + 1 h travel = 5 × H × 2 × 1.138 = £209.4185 → 20,942p
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 240, 0, 10)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 20_942L));
    // rostered for 5 h on the holiday: no travel, 5 × H × 2 × 1.138 → 20,942p too
    DutyFacts holiday = new DutyFacts(MONDAY_12_JUNE_0800 - 30 * 1440, true, false, 0, 0, 0);
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 300, 0, 0, 0, 20, holiday)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 20_942L));
  }

  @Test
  void aLeaveDayRecalledOnAPublicHolidayIsPaidByAnnexHNotAnnexO() {
    // reg 26, Annex H: 8 × H × 2 × 1.138 → 33,507p and, at 2 clear days, a day in lieu 8 × O → 23,043p; no Annex O pay
    DutyFacts both = new DutyFacts(MONDAY_12_JUNE_0800, true, false, 0, 5, 1);
    assertThat(costs(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 2, both))).containsExactly(
        Map.entry(CostCategory.PUBLIC_HOLIDAY, 33_507L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, 23_043L));
  }

  @Test
  void aSecondOfficerRecalledTheSameDayIsPaidToo() {
    DutyFacts absence = new DutyFacts(MONDAY_12_JUNE_0800, false, false, 0, 5, 1);
    OfficerDeployed first = deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 2, absence);
    OfficerDeployed second = new OfficerDeployed(first.minute(), first.endMinute(), 2, ForceId.MET, Rank.CONSTABLE,
        Role.RESPONSE, PATROL, first.source(), new DutyMinutes(0, 0, 0, 480), 2, absence);
    assertThat(costs(first, second)).containsExactly(Map.entry(CostCategory.LEAVE_CANCELLED, 2 * 33_507L),
        Map.entry(CostCategory.TIME_OFF_IN_LIEU, 2 * 23_043L));
    // and the same officer on the next day of the absence (the second recalled day)
    OfficerDeployed nextDay = with(MONDAY_12_JUNE_0800 + 1440, Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 2,
        new DutyFacts(MONDAY_12_JUNE_0800, false, false, 0, 5, 2));
    assertThat(costs(first, nextDay)).containsEntry(CostCategory.LEAVE_CANCELLED, 2 * 33_507L);
  }

  @Test
  void unplannedFlagsWithoutOvertimeUseNoOccasionOfTheDisregard() {
    SimEvent[] events = new SimEvent[5];
    for (int i = 0; i < 4; i++) {
      long minute = MONDAY_12_JUNE_0800 + i * 1440;
      events[i] = with(minute, Rank.CONSTABLE, PATROL, 480, 0, 0, 0, 0, new DutyFacts(minute, false, true, 0, 0, 0));
    }
    long friday = MONDAY_12_JUNE_0800 + 4 * 1440;
    events[4] = with(friday, Rank.CONSTABLE, PATROL, 0, 180, 0, 0, 0, new DutyFacts(friday, false, true, 0, 0, 0));
    // the Friday's 3 h are the first unplanned occasion of the week: 2.5 h paid → 6,981p
    assertThat(costs(events)).containsEntry(CostCategory.OVERTIME, 6_981L);
  }

  @Test
  void deploymentsAtTheEdgeOfValidAreAcceptedAndPastItRejected() {
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    accountant.accept(new SimEvent.MutualAidDeployed(600, 600, SCENE, Role.RESPONSE, 0, 0));
    accountant.accept(new SimEvent.MilitaryDeployed(600, 600, SITES, 0));
    assertThat(accountant.finish().lines()).isEmpty();
    assertThatThrownBy(() -> accountant.accept(new SimEvent.MutualAidDeployed(600, 599, SCENE, Role.RESPONSE, 1, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> accountant.accept(new SimEvent.MutualAidDeployed(600, 700, SCENE, Role.RESPONSE, -1, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> accountant.accept(new SimEvent.MutualAidDeployed(600, 700, SCENE, Role.RESPONSE, 1, -1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> accountant.accept(new SimEvent.MilitaryDeployed(600, 599, SITES, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> accountant.accept(new SimEvent.MilitaryDeployed(600, 700, SITES, -1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static SimEvent.EventScheduled event(String id, double share) {
    return new SimEvent.EventScheduled(0, id, id, EventType.SPORT, ForceId.MET, LocalDate.of(2017, 6, 11), 1, 3, share,
        List.of(), null);
  }

  @Test
  void aChargeableShareFromNoneToAllIsAccepted() {
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    accountant.accept(event("none", 0.0));
    accountant.accept(event("all", 1.0));
    assertThatThrownBy(() -> accountant.accept(event("less", -0.01))).hasMessageContaining("recoveredShare");
    assertThatThrownBy(() -> accountant.accept(event("more", 1.01))).hasMessageContaining("recoveredShare");
  }

  @Test
  void grantThresholdEdges() {
    assertThat(new GrantThreshold(0).thresholdPence()).isZero();
    assertThatThrownBy(() -> new GrantThreshold(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(GrantThreshold.of(0, 0.01).thresholdPence()).isZero();
    assertThat(GrantThreshold.of(100, 0).thresholdPence()).isZero();
    assertThat(GrantThreshold.of(100, 1).thresholdPence()).isEqualTo(10_000L);
    assertThatThrownBy(() -> GrantThreshold.of(-0.01, 0.01)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GrantThreshold.of(100, -0.01)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GrantThreshold.of(100, 1.01)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fullCostRateCarriesOverheadsAndLondonPay() {
    PayRates rates = PayRates.of(TestScenarios.minimal().pay());
    // (38,382 + 2,349 + 4,338) × 1.333 × 1.5 / 1,700 = £53.0090973
    assertThat(rates.fullCostHourlyGbp(Rank.CONSTABLE, true, 0.5, 1700)).isCloseTo(53.0090974, within(1e-6));
    // other forces: 38,382 × 1.333 × 1.5 / 1,700 = £45.1440053
    assertThat(rates.fullCostHourlyGbp(Rank.CONSTABLE, false, 0.5, 1700)).isCloseTo(45.1440053, within(1e-6));
  }

  @Test
  void labelsAndSmallHelpers() {
    assertThat(SimCalendar.isoWeek(LocalDate.of(2017, 3, 6))).isEqualTo("2017-W10");
    assertThat(SimCalendar.isoWeek(LocalDate.of(2017, 3, 5))).isEqualTo("2017-W09");
    assertThat(new CostDates.Cache(new SimCalendar(LocalDate.of(2017, 3, 31), 366)).day(1440)).isEqualTo(LocalDate.of(2017, 4, 1));
    CostLine line = new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.OVERTIME, Strand.PROTECT,
        CostKind.ADDITIONAL, DemandKind.EVENT, "e", LocalDate.of(2017, 6, 1), 12_345L);
    assertThat(line.gbp()).isEqualTo(123.45);
  }

  @Test
  void ledgerViewsEqualityAndKeys() {
    CostLine cash = new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.OVERTIME, Strand.PROTECT,
        CostKind.ADDITIONAL, DemandKind.EVENT, "e", LocalDate.of(2017, 6, 1), 100L);
    CostLine time = new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.ABSTRACTION, Strand.PROTECT,
        CostKind.OPPORTUNITY, DemandKind.EVENT, "e", LocalDate.of(2017, 6, 1), 200L);
    CostLedger ledger = CostLedger.of(List.of(cash, time));
    assertThat(ledger.additional().lines()).containsExactly(cash);
    assertThat(ledger.additional().totalPence()).isEqualTo(100L);
    assertThat(ledger).isEqualTo(CostLedger.of(List.of(time, cash))).isNotEqualTo(CostLedger.of(List.of(cash)))
        .isNotEqualTo("a ledger");
    assertThat(ledger.hashCode()).isEqualTo(ledger.lines().hashCode());
    assertThat(ledger.toString()).startsWith("CostLedger[").contains("OVERTIME");
    assertThatThrownBy(() -> ledger.sumBy(l -> null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("is null");
  }
}
