package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.cost.Deployments.MONDAY_12_JUNE_0800;
import static uk.ctsim.cost.Deployments.deployed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.SimEvent.EventDayHeld;
import uk.ctsim.model.events.SimEvent.EventPlanned;
import uk.ctsim.model.events.SimEvent.EventScheduled;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.NonPayItem;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;

/** The original plan's cost, hand-computed: revision 0 only, and non-pay at the posture of that plan. */
class PlanCostingTest {
  private static final long MONDAY_0000 = MONDAY_12_JUNE_0800 - 8 * 60;
  private static final DemandRef PLAN = new DemandRef(DemandKind.EVENT, "athletics", ForceId.MET, 0);
  private static final DemandRef REPLAN = new DemandRef(DemandKind.EVENT, "athletics", ForceId.MET, 1);
  private static final DemandRef PATROL = new DemandRef(DemandKind.VISIBLE_PATROL, "athletics", ForceId.MET, 0);

  private static EventScheduled athletics() {
    return new EventScheduled(0, "athletics", "World Athletics", EventType.SPORT, ForceId.MET, LocalDate.of(2017, 6, 11),
        2, 3, 0, List.of(new NonPayItem("barriers", 2_000.0, true), new NonPayItem("vehicles", 500.0, false)), null);
  }

  private static Map<String, Long> plan(SimEvent... events) {
    PlanCosting plan = new PlanCosting(TestScenarios.minimal());
    for (SimEvent e : events) plan.accept(e);
    return plan.penceByEvent();
  }

  @Test
  void nonPayIsPricedAtTheOriginalPlansPostureWhateverTheDayWasHeldAt() {
    // plan 0 at posture 1.0, re-planned at 1.6 before Monday: the plan prices both days at 1.0,
    // 2 × (2,000 × 1.0 + 500) = £5,000.00 = 500,000p; the ledger would say 2,500 + 3,700 = £6,200.00
    Map<String, Long> pence = plan(athletics(),
        new EventPlanned(0, "athletics", 0, 1.0, 100, 30), new EventPlanned(MONDAY_0000 - 600, "athletics", 1, 1.6, 160, 0),
        new EventDayHeld(MONDAY_0000 - 1440, "athletics", LocalDate.of(2017, 6, 11), ForceId.MET, 1.0, 100),
        new EventDayHeld(MONDAY_0000, "athletics", LocalDate.of(2017, 6, 12), ForceId.MET, 1.6, 160));
    assertThat(pence).containsExactly(Map.entry("athletics", 500_000L));
  }

  @Test
  void aDayHeldWithoutAnOriginalPlanIsPricedAtItsOwnPosture() {
    // no revision-0 plan recorded: Monday at its own 1.6, 2,000 × 1.6 + 500 = £3,700.00
    Map<String, Long> pence = plan(athletics(),
        new EventDayHeld(MONDAY_0000, "athletics", LocalDate.of(2017, 6, 12), ForceId.MET, 1.6, 160));
    assertThat(pence).containsExactly(Map.entry("athletics", 370_000L));
  }

  @Test
  void onlyTheOriginalPlansOfficersAndMutualAidCount() {
    // a constable's 8 rostered hours on the event, abstraction and catering: 23,943p (CostLedgerTest);
    // the re-plan's officer, a patrol and a re-plan's mutual aid are not the plan's
    SimEvent officer = deployed(Rank.CONSTABLE, PLAN, 480, 0, 0, 0, 0, 0);
    SimEvent aid = new SimEvent.MutualAidDeployed(MONDAY_12_JUNE_0800, MONDAY_12_JUNE_0800 + 300, PLAN,
        Role.PUBLIC_ORDER, 2, 0);
    // the plan's mutual aid: 2 officers × (5 h on duty + 4 h travel) × £31.0656006 = £559.1808 (OtherCostsTest)
    Map<String, Long> pence = plan(athletics(), officer, aid,
        deployed(Rank.CONSTABLE, REPLAN, 480, 0, 0, 0, 0, 0), deployed(Rank.CONSTABLE, PATROL, 480, 0, 0, 0, 0, 0),
        new SimEvent.MutualAidDeployed(MONDAY_12_JUNE_0800, MONDAY_12_JUNE_0800 + 300, REPLAN, Role.PUBLIC_ORDER, 9, 0));
    assertThat(pence).containsExactly(Map.entry("athletics", 23_943L + 55_918L));
  }
}
