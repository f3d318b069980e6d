package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ctsim.cost.Deployments.EVENT;
import static uk.ctsim.cost.Deployments.PATROL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;

class CostLedgerTest {
  private static CostLine line(String week, ForceId force, CostCategory category, String reference, long pence) {
    return new CostLine(force, Funder.FORCE_CORE_BUDGET, category, Strand.PROTECT, CostKind.ADDITIONAL, DemandKind.EVENT, reference, week, "2017-06", "2017-18", pence);
  }

  /** A varied set of events: every rank, paid part and demand kind, over several weeks. */
  private static List<SimEvent> manyEvents() {
    List<SimEvent> events = new ArrayList<>();
    int i = 0;
    for (Rank rank : Rank.values()) {
      for (DemandKind kind : DemandKind.values()) {
        DemandRef demand = new DemandRef(kind, kind.name().toLowerCase() + "-" + (i % 3), ForceId.MET, 0);
        long minute = (i * 997L) % (60 * 1440);
        events.add(Deployments.at(minute, rank, demand, 7 * i % 481, 13 * i % 241, i % 4 == 0 ? 30 + i : 0,
            i % 5 == 0 ? 480 : 0, i % 7 == 0 ? 420 : 0, i % 17));
        i++;
      }
      events.add(new SimEvent.MutualAidDeployed(i * 1440L, i * 1440L + 37 * i, PATROL, Role.RESPONSE, i, i % 3));
    }
    return events;
  }

  private static CostLedger account(Scenario scenario, List<SimEvent> events) {
    CostAccountant accountant = new CostAccountant(scenario);
    events.forEach(accountant::accept);
    return accountant.finish();
  }

  @Test
  void identicalKeysMergeIntoOneLine() {
    // 100 + 250 on the same key = 350; the other key stays
    CostLedger ledger = CostLedger.of(List.of(line("2017-W24", ForceId.MET, CostCategory.NON_PAY, "a", 100),
        line("2017-W24", ForceId.CITY, CostCategory.NON_PAY, "a", 7),
        line("2017-W24", ForceId.MET, CostCategory.NON_PAY, "a", 250)));
    assertThat(ledger.lines()).containsExactly(line("2017-W24", ForceId.MET, CostCategory.NON_PAY, "a", 350),
        line("2017-W24", ForceId.CITY, CostCategory.NON_PAY, "a", 7));
  }

  @Test
  void linesOfAKeyAreSummedWhereverTheyStandAndAZeroSumStays() {
    CostLine a = line("2017-W25", ForceId.MET, CostCategory.NON_PAY, "a", 5);
    CostLine b = line("2017-W24", ForceId.MET, CostCategory.NON_PAY, "b", 40);
    CostLine c = line("2017-W24", ForceId.MET, CostCategory.CATERING, "a", 9);
    CostLedger ledger = CostLedger.of(List.of(a, b, c, a.withPence(-5), b.withPence(2), a.withPence(0)));
    assertThat(ledger.lines()).containsExactly(c, b.withPence(42), a.withPence(0));
    assertThat(ledger.lines().get(0)).isSameAs(c);  // a key's only line is kept as it is
  }

  @Test
  void aSumThatOverflowsThrows() {
    CostLine a = line("2017-W25", ForceId.MET, CostCategory.NON_PAY, "a", Long.MAX_VALUE);
    assertThatThrownBy(() -> CostLedger.of(List.of(a, a.withPence(1)))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void linesThatDifferInTheirFinancialYearAloneStayApart() {
    // not lines the accountant makes (a month gives its financial year), but the ledger keeps every key apart
    CostLine march = new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.NON_PAY, Strand.PROTECT,
        CostKind.ADDITIONAL, DemandKind.EVENT, "a", "2017-W13", "2017-03", "2016-17", 3);
    CostLine other = new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.NON_PAY, Strand.PROTECT,
        CostKind.ADDITIONAL, DemandKind.EVENT, "a", "2017-W13", "2017-03", "2017-18", 4);
    CostLine later = line("2017-W24", ForceId.MET, CostCategory.NON_PAY, "a", 1);
    CostLine earlier = line("2017-W02", ForceId.CITY, CostCategory.NON_PAY, "a", 2);
    CostLine between = line("2017-W20", ForceId.MET, CostCategory.CATERING, "z", 5);
    CostLedger ledger = CostLedger.of(List.of(later, between, march, other, earlier, march.withPence(10)));
    assertThat(ledger.lines()).hasSize(5).containsOnly(march.withPence(13), other, later, earlier, between);
    // still sorted: the two lines of 2017-W13 (in either order) between W02 and W20
    assertThat(ledger.lines().get(0)).isEqualTo(earlier);
    assertThat(ledger.lines().get(3)).isEqualTo(between);
    assertThat(ledger.lines().get(4)).isEqualTo(later);
    assertThat(ledger.totalPence()).isEqualTo(25);
  }

  @Test
  void linesAreSortedByWeekThenForceThenCategoryThenReference() {
    CostLine w25 = line("2017-W25", ForceId.MET, CostCategory.ABSTRACTION, "a", 1);
    CostLine w24City = line("2017-W24", ForceId.CITY, CostCategory.ABSTRACTION, "a", 2);
    CostLine w24MetCatering = line("2017-W24", ForceId.MET, CostCategory.CATERING, "a", 3);
    CostLine w24MetOvertimeB = line("2017-W24", ForceId.MET, CostCategory.OVERTIME, "b", 4);
    CostLine w24MetOvertimeA = line("2017-W24", ForceId.MET, CostCategory.OVERTIME, "a", 5);
    CostLedger ledger = CostLedger.of(List.of(w25, w24City, w24MetCatering, w24MetOvertimeB, w24MetOvertimeA));
    assertThat(ledger.lines()).containsExactly(w24MetOvertimeA, w24MetOvertimeB, w24MetCatering, w24City, w25);
  }

  @Test
  void linesSumExactlyToTheTotals() {
    CostLedger ledger = account(TestScenarios.minimal(), manyEvents());
    long sumOfLines = ledger.lines().stream().mapToLong(CostLine::pence).sum();
    assertThat(ledger.lines()).hasSizeGreaterThan(50);
    assertThat(ledger.totalPence()).isEqualTo(sumOfLines);
    assertThat(ledger.totalPence(CostKind.ADDITIONAL) + ledger.totalPence(CostKind.OPPORTUNITY)).isEqualTo(sumOfLines);
    assertThat(ledger.sumBy(CostLine::category).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(sumOfLines);
    assertThat(ledger.sumBy(CostLine::isoWeek).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(sumOfLines);
  }

  @Test
  void sumByKeepsLedgerOrderAndCannotBeChanged() {
    CostLedger ledger = CostLedger.of(List.of(line("2017-W25", ForceId.MET, CostCategory.NON_PAY, "x", 5),
        line("2017-W24", ForceId.MET, CostCategory.NON_PAY, "y", 3),
        line("2017-W24", ForceId.MET, CostCategory.CATERING, "x", 2)));
    Map<String, Long> byWeek = ledger.sumBy(CostLine::isoWeek);
    assertThat(byWeek).containsExactly(Map.entry("2017-W24", 5L), Map.entry("2017-W25", 5L));
    assertThatThrownBy(() -> byWeek.put("2017-W26", 1L)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isoWeekUsesTheWeekBasedYear() {
    // 1 January 2017 is a Sunday: ISO week 52 of 2016. 2 January 2017 starts 2017-W01.
    Scenario newYear = TestScenarios.builder().start(LocalDate.of(2016, 12, 30)).build();
    List<SimEvent> events = List.of(Deployments.at(2 * 1440 + 480, Rank.CONSTABLE, PATROL, 480, 0, 0, 0, 0, 0),
        Deployments.at(3 * 1440 + 480, Rank.CONSTABLE, PATROL, 480, 0, 0, 0, 0, 0));
    assertThat(account(newYear, events).lines()).extracting(CostLine::isoWeek).containsExactly("2016-W52", "2017-W01");
    // and the other way: 31 December 2018 is a Monday of 2019-W01
    assertThat(SimCalendar.isoWeek(LocalDate.of(2018, 12, 31))).isEqualTo("2019-W01");
  }

  @Test
  void sameEventsGiveAnEqualLedgerWhateverTheirOrder() {
    List<SimEvent> events = manyEvents();
    List<SimEvent> reversed = new ArrayList<>(events);
    Collections.reverse(reversed);
    CostLedger first = account(TestScenarios.minimal(), events);
    assertThat(account(TestScenarios.minimal(), events)).isEqualTo(first);
    assertThat(account(TestScenarios.minimal(), reversed)).isEqualTo(first).hasSameHashCodeAs(first);
  }

  @Test
  void finishCanBeCalledAgainAndSeesLaterEvents() {
    // an 8 h constable abstraction on an event 23,043p + catering 900p = 23,943p; two of them = 47,886p
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    accountant.accept(Deployments.deployed(Rank.CONSTABLE, EVENT, 480, 0, 0, 0, 0, 0));
    assertThat(accountant.finish().totalPence()).isEqualTo(23_943L);
    assertThat(accountant.finish().totalPence()).isEqualTo(23_943L);
    accountant.accept(Deployments.deployed(Rank.CONSTABLE, EVENT, 480, 0, 0, 0, 0, 0));
    assertThat(accountant.finish().totalPence()).isEqualTo(47_886L);
  }

  @Test
  void aLineWithAMissingFieldIsRejected() {
    CostLine noWeek = line(null, ForceId.MET, CostCategory.NON_PAY, "a", 1);
    assertThatThrownBy(() -> CostLedger.of(List.of(noWeek))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing field");
  }
}
