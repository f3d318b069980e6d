package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ctsim.cost.Deployments.EVENT;
import static uk.ctsim.cost.Deployments.PATROL;
import static uk.ctsim.cost.Deployments.deployed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent.EventScheduled;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Establishment;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;

/** Who pays each line, and the financial year and month it falls in. */
class FundersAndPeriodsTest {
  private static List<CostLine> lines(Scenario scenario, SimEvent... events) {
    CostAccountant accountant = new CostAccountant(scenario);
    for (SimEvent e : events) accountant.accept(e);
    return accountant.finish().lines();
  }

  @Test
  void financialYearRunsFromAprilToMarch() {
    assertThat(SimCalendar.financialYear(LocalDate.of(2017, 3, 31))).isEqualTo("2016-17");
    assertThat(SimCalendar.financialYear(LocalDate.of(2017, 4, 1))).isEqualTo("2017-18");
    assertThat(SimCalendar.financialYear(LocalDate.of(2018, 1, 1))).isEqualTo("2017-18");
    assertThat(SimCalendar.financialYear(LocalDate.of(2008, 12, 31))).isEqualTo("2008-09");
    assertThat(SimCalendar.financialYear(LocalDate.of(2009, 4, 1))).isEqualTo("2009-10");
    assertThat(SimCalendar.financialYear(LocalDate.of(2000, 2, 29))).isEqualTo("1999-00");
    assertThat(FinancialYears.of(LocalDate.of(2026, 3, 31))).isEqualTo("2025-26");
  }

  @Test
  void monthsAreTwoDigit() {
    assertThat(SimCalendar.month(LocalDate.of(2017, 9, 30))).isEqualTo("2017-09");
    assertThat(SimCalendar.month(LocalDate.of(2017, 10, 1))).isEqualTo("2017-10");
    assertThat(FinancialYears.month(LocalDate.of(2017, 12, 31))).isEqualTo("2017-12");
  }

  @Test
  void aDayGivesItsWeekMonthAndYearAndTheCacheCountsDaysFromThePeriodStart() {
    // Sunday 1 January 2017 is in ISO week 2016-W52, month 2017-01, financial year 2016-17
    assertThat(CostDates.of(LocalDate.of(2017, 1, 1))).isEqualTo(new CostDates("2016-W52", "2017-01", "2016-17"));
    CostDates.Cache cache = new CostDates.Cache(new SimCalendar(LocalDate.of(2017, 3, 31), 366));
    assertThat(cache.of(1439)).isEqualTo(new CostDates("2017-W13", "2017-03", "2016-17"));
    assertThat(cache.of(1440)).isEqualTo(new CostDates("2017-W13", "2017-04", "2017-18"));
    assertThat(cache.of(-1)).isEqualTo(new CostDates("2017-W13", "2017-03", "2016-17"));
  }

  @Test
  void officersArePaidByTheirRolesFunderCateringIncluded() {
    Scenario ct = TestScenarios.builder().roleFunder(Role.RESPONSE, Funder.CT_POLICING_GRANT).build();
    List<CostLine> lines = lines(ct, deployed(Rank.CONSTABLE, EVENT, 480, 180, 0, 0, 0, 0));
    assertThat(lines).extracting(CostLine::category).containsExactlyInAnyOrder(CostCategory.ABSTRACTION,
        CostCategory.OVERTIME, CostCategory.CATERING);
    assertThat(lines).extracting(CostLine::funder).containsOnly(Funder.CT_POLICING_GRANT);
    assertThat(lines(TestScenarios.minimal(), deployed(Rank.CONSTABLE, PATROL, 480, 0, 0, 0, 0, 0)))
        .extracting(CostLine::funder).containsExactly(Funder.FORCE_CORE_BUDGET);
  }

  @Test
  void anOfficerOfAForceNotInTheScenarioIsOnTheCoreBudget() {
    Funders funders = new Funders(List.of(new ForceSpec(ForceId.MET, 1.0,
        Map.of(Role.RESPONSE, new Establishment(1, null, null)), Map.of(Role.RESPONSE, Funder.CAPITAL_CITY_GRANT))));
    assertThat(funders.officer(ForceId.MET, Role.RESPONSE)).isEqualTo(Funder.CAPITAL_CITY_GRANT);
    assertThat(funders.officer(ForceId.MET, Role.ARMED)).isEqualTo(Funder.FORCE_CORE_BUDGET);
    assertThat(funders.officer(ForceId.CITY, Role.RESPONSE)).isEqualTo(Funder.FORCE_CORE_BUDGET);
    assertThat(funders.officer(ForceId.MET, Role.RESPONSE)).as("MET again after CITY").isEqualTo(Funder.CAPITAL_CITY_GRANT);
  }

  @Test
  void eachEventRecoversItsOwnDaysWhenTheirDaysInterleave() {
    // two events recovering their whole cost, £100 and £7 of non-pay a day; days held a, a, b, a: a recovers
    // 3 × £100 = 30,000p and b £7 = 700p, whichever event came last
    SimEvent a = new EventScheduled(0, "a", "A", EventType.SPORT, ForceId.MET, LocalDate.of(2017, 6, 11), 4, 3, 1.0,
        List.of(new uk.ctsim.scenario.NonPayItem("barriers", 100.0, false)), null);
    SimEvent b = new EventScheduled(0, "b", "B", EventType.SPORT, ForceId.MET, LocalDate.of(2017, 6, 11), 4, 3, 1.0,
        List.of(new uk.ctsim.scenario.NonPayItem("toilets", 7.0, false)), null);
    LocalDate day = LocalDate.of(2017, 6, 11);
    List<CostLine> lines = lines(TestScenarios.minimal(), a, b,
        new SimEvent.EventDayHeld(10 * 1440, "a", day, ForceId.MET, 1.0, 1),
        new SimEvent.EventDayHeld(11 * 1440, "a", day.plusDays(1), ForceId.MET, 1.0, 1),
        new SimEvent.EventDayHeld(11 * 1440, "b", day.plusDays(1), ForceId.MET, 1.0, 1),
        new SimEvent.EventDayHeld(12 * 1440, "a", day.plusDays(2), ForceId.MET, 1.0, 1));
    assertThat(lines).filteredOn(l -> l.category() == CostCategory.RECOVERY)
        .extracting(CostLine::reference, CostLine::pence)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", -30_000L),
            org.assertj.core.groups.Tuple.tuple("b", -700L));
  }

  @Test
  void recoveryIsBookedToTheOrganiserAndNonPayToTheCoreBudget() {
    EventScheduled s = new EventScheduled(0, "athletics", "World Athletics", EventType.SPORT, ForceId.MET,
        LocalDate.of(2017, 6, 11), 1, 3, 0.5, List.of(new uk.ctsim.scenario.NonPayItem("barriers", 100.0, false)), null);
    SimEvent day = new SimEvent.EventDayHeld(10 * 1440, "athletics", LocalDate.of(2017, 6, 11), ForceId.MET, 1.0, 1);
    List<CostLine> lines = lines(TestScenarios.minimal(), s, day, deployed(Rank.CONSTABLE, EVENT, 0, 180, 0, 0, 0, 0));
    assertThat(lines).filteredOn(l -> l.category() == CostCategory.RECOVERY).extracting(CostLine::funder)
        .containsExactly(Funder.EVENT_ORGANISER);
    assertThat(lines).filteredOn(l -> l.category() != CostCategory.RECOVERY).extracting(CostLine::funder)
        .containsOnly(Funder.FORCE_CORE_BUDGET);
  }

  @Test
  void mutualAidIsBookedToTheReceivingForce() {
    DemandRef city = new DemandRef(DemandKind.EVENT, "lord-mayor", ForceId.CITY, 0);
    List<CostLine> lines = lines(TestScenarios.minimal(),
        new SimEvent.MutualAidDeployed(11 * 1440, 11 * 1440 + 60, city, Role.RESPONSE, 1, 1));
    assertThat(lines).extracting(CostLine::force).containsOnly(ForceId.CITY);
    assertThat(lines).extracting(CostLine::funder).containsOnly(Funder.FORCE_CORE_BUDGET);
  }

  @Test
  void aRoleCanOnlyBeFundedByTheCoreBudgetOrAGrantForPosts() {
    assertThatThrownBy(() -> new ForceSpec(ForceId.MET, 1.0, Map.of(Role.RESPONSE, new Establishment(1, null, null)),
        Map.of(Role.RESPONSE, Funder.SPECIAL_GRANT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("roleFunders.RESPONSE: a role is funded by FORCE_CORE_BUDGET");
    assertThat(Funder.FORCE_CORE_BUDGET.fundsRoles()).isTrue();
    assertThat(Funder.OTHER_FORCE.fundsRoles()).isFalse();
  }

  @Test
  void aLineWithoutAFunderMonthOrYearIsRejected() {
    CostLine ok = new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.OVERTIME,
        uk.ctsim.model.events.Strand.PROTECT, CostKind.ADDITIONAL, DemandKind.EVENT, "e", LocalDate.of(2017, 6, 1), 1L);
    assertThat(ok.month()).isEqualTo("2017-06");
    assertThat(ok.financialYear()).isEqualTo("2017-18");
    assertThat(ok.isoWeek()).isEqualTo("2017-W22");
    for (CostLine bad : List.of(
        new CostLine(ok.force(), null, ok.category(), ok.strand(), ok.kind(), ok.demand(), "e", "2017-W22", "2017-06", "2017-18", 1L),
        new CostLine(ok.force(), ok.funder(), ok.category(), ok.strand(), ok.kind(), ok.demand(), "e", "2017-W22", null, "2017-18", 1L),
        new CostLine(ok.force(), ok.funder(), ok.category(), ok.strand(), ok.kind(), ok.demand(), "e", "2017-W22", "2017-06", null, 1L))) {
      assertThatThrownBy(() -> CostLedger.of(List.of(bad))).hasMessageStartingWith("cost line has a missing field");
    }
  }
}
