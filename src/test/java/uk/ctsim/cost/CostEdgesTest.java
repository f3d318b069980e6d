package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ctsim.cost.Deployments.PATROL;
import static uk.ctsim.cost.Deployments.deployed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.Rank;

/**
 * The edges of the cost rules: the inclusive limits of every check, notice exactly at a threshold, time off in lieu
 * for the ranks without a premium, the grant threshold's strict "above", ISO week labels, and the ledger's value
 * semantics. Amounts are worked by hand from the figures in {@link OfficerPayTest}.
 */
class CostEdgesTest {
  private static final DemandRef SITES = new DemandRef(DemandKind.PROTECTED_SITES, "posture", ForceId.MET, 0);

  private static Map<CostCategory, Long> byCategory(SimEvent... events) {
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    for (SimEvent e : events) accountant.accept(e);
    return accountant.finish().sumBy(CostLine::category);
  }

  private static SimEvent.EventScheduled scheduled(String id, double recoveredShare) {
    return new SimEvent.EventScheduled(0, id, id, EventType.SPORT, ForceId.MET, LocalDate.of(2017, 6, 12), 1, 5,
        recoveredShare, List.of(), null);
  }

  @Test
  void aPublicHolidayIsDoubleTimeWhateverTheNotice() {
    // Annex H: double time for a constable required to work a public holiday, with 8 days' notice or 7 (the notice
    // threshold decides only the extra day in lieu): 8 × H × 2 × 1.138, with H = £18.4017 → £335.0696 → 33,507p.
    assertThat(byCategory(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 0, 8)))
        .containsExactly(Map.entry(CostCategory.PUBLIC_HOLIDAY, 33_507L));
    // Under 8 days' notice the constable also gets another day off (Annex H): time off in lieu worth a day of their
    // time, the same as 8 rostered hours taken from ordinary duty.
    long day = byCategory(deployed(Rank.CONSTABLE, PATROL, 480, 0, 0, 0, 0, 7)).get(CostCategory.ABSTRACTION);
    assertThat(byCategory(deployed(Rank.CONSTABLE, PATROL, 0, 0, 0, 480, 0, 7))).containsOnly(
        Map.entry(CostCategory.PUBLIC_HOLIDAY, 33_507L), Map.entry(CostCategory.TIME_OFF_IN_LIEU, day));
  }

  @Test
  void zeroLengthAndZeroCountDeploymentsAreValidAndCostNothing() {
    long at = Deployments.MONDAY_12_JUNE_0800;
    assertThat(byCategory(new SimEvent.MutualAidDeployed(at, at, SITES, uk.ctsim.scenario.Role.ARMED, 0, 0),
        new SimEvent.MilitaryDeployed(at, at, SITES, 0))).isEmpty();
    assertThatThrownBy(() -> byCategory(new SimEvent.MilitaryDeployed(at, at - 1, SITES, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> byCategory(new SimEvent.MilitaryDeployed(at, at, SITES, -1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> byCategory(new SimEvent.MutualAidDeployed(at, at - 1, SITES, uk.ctsim.scenario.Role.ARMED, 1, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> byCategory(new SimEvent.MutualAidDeployed(at, at, SITES, uk.ctsim.scenario.Role.ARMED, -1, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> byCategory(new SimEvent.MutualAidDeployed(at, at, SITES, uk.ctsim.scenario.Role.ARMED, 1, -1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recoveredSharesFromZeroToOneInclusiveAreAccepted() {
    assertThatNoException().isThrownBy(() -> byCategory(scheduled("none", 0.0), scheduled("all", 1.0)));
    assertThatThrownBy(() -> byCategory(scheduled("over", 1.0000001))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> byCategory(scheduled("under", -0.0000001))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> byCategory(scheduled("twice", 0), scheduled("twice", 0)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aLedgerOfMoreEventsThanCostLinesIsEmpty() {
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    accountant.accept(scheduled("a", 0.5));
    accountant.accept(scheduled("b", 0.5));
    accountant.accept(scheduled("c", 0.5));
    assertThat(accountant.finish().lines()).isEmpty();
  }

  @Test
  void theGrantThresholdIsStrictlyAboveItsShareOfTheBudget() {
    GrantThreshold t = GrantThreshold.of(2_500_000_000.0, 0.01);
    assertThat(t.thresholdPence()).isEqualTo(2_500_000_000L);
    assertThat(t.isPassedBy(2_500_000_000L)).isFalse();
    assertThat(t.isPassedBy(2_500_000_001L)).isTrue();
    assertThat(GrantThreshold.of(0, 0).thresholdPence()).isZero();
    assertThat(GrantThreshold.of(100, 1).thresholdPence()).isEqualTo(10_000L);
    assertThat(new GrantThreshold(0).thresholdPence()).isZero();
    assertThatThrownBy(() -> new GrantThreshold(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GrantThreshold.of(-0.01, 0.01)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GrantThreshold.of(Double.NaN, 0.01)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GrantThreshold.of(100, -1e-9)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GrantThreshold.of(100, 1 + 1e-9)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isoWeekLabelsHaveTwoDigitsAndTheWeekBasedYear() {
    assertThat(SimCalendar.isoWeek(LocalDate.of(2017, 3, 6))).isEqualTo("2017-W10");
    assertThat(SimCalendar.isoWeek(LocalDate.of(2017, 3, 5))).isEqualTo("2017-W09");
    assertThat(SimCalendar.isoWeek(LocalDate.of(2017, 1, 1))).isEqualTo("2016-W52");
    CostDates.Cache june = new CostDates.Cache(new SimCalendar(LocalDate.of(2017, 6, 1), 366));
    assertThat(june.of(-3 * 1440 - 1).isoWeek()).isEqualTo("2017-W21");
    assertThat(june.of(4 * 1440).isoWeek()).isEqualTo("2017-W23");
  }

  @Test
  void aLedgerIsAValueAndNamesItsLines() {
    CostLine a = new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.OVERTIME, Strand.PROTECT,
        CostKind.ADDITIONAL, DemandKind.EVENT, "e", LocalDate.of(2017, 6, 12), 12_345L);
    CostLine b = a.withPence(1L);
    assertThat(a.gbp()).isEqualTo(123.45);
    CostLedger one = CostLedger.of(List.of(a, b));
    CostLedger same = CostLedger.of(List.of(a, b));
    CostLedger other = CostLedger.of(List.of(a));
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("ledger");
    assertThat(one.hashCode()).isEqualTo(one.lines().hashCode()).isNotZero();
    assertThat(one.toString()).startsWith("CostLedger[").contains("pence=12346");
    assertThatThrownBy(() -> one.sumBy(l -> null)).isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("sumBy: the key of CostLine[").hasMessageEndingWith("is null");
  }
}
