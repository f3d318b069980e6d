package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.cost.Deployments.deployed;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Rank;

/**
 * Prevent work and arrests' custody and search are priced by the same rules as any deployment, in their own strands:
 * a top-of-scale London constable (docs/COSTS.md worked examples: O = £28.8040, H = £18.4023).
 */
class PursuePreventCostingTest {
  private static final DemandRef PREVENT = new DemandRef(DemandKind.PREVENT, "prevent", ForceId.MET, 0);
  private static final DemandRef ARREST = new DemandRef(DemandKind.ARREST, "plot-3", ForceId.MET, 0);

  private static CostLedger ledger(SimEvent... events) {
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    for (SimEvent e : events) accountant.accept(e);
    return accountant.finish();
  }

  @Test
  void aPreventShiftOnDutyIsOpportunityCostInThePreventStrand() {
    // 8 rostered hours taken from ordinary duty: 8 × 28.8040 = £230.43, opportunity, PREVENT
    CostLedger l = ledger(deployed(Rank.CONSTABLE, PREVENT, 480, 0, 0, 0, 0, 70));
    assertThat(l.sumBy(CostLine::strand)).containsExactly(Map.entry(Strand.PREVENT, 23_043L));
    assertThat(l.sumBy(CostLine::kind)).containsExactly(Map.entry(CostKind.OPPORTUNITY, 23_043L));
  }

  @Test
  void preventOvertimeIsAdditionalCashInThePreventStrand() {
    // 8 rostered hours and 2 beyond the tour: £230.43 opportunity and 2 × 18.4023 × 4/3 × 1.138 = £55.84 overtime
    CostLedger l = ledger(deployed(Rank.CONSTABLE, PREVENT, 480, 120, 0, 0, 0, 70));
    assertThat(l.sumBy(CostLine::kind)).containsOnly(Map.entry(CostKind.OPPORTUNITY, 23_043L),
        Map.entry(CostKind.ADDITIONAL, l.totalPence(CostKind.ADDITIONAL)));
    assertThat(l.sumBy(CostLine::category)).containsEntry(CostCategory.OVERTIME, 5_584L);
    assertThat(l.sumBy(CostLine::strand)).containsOnlyKeys(Strand.PREVENT);
  }

  @Test
  void custodyAndSearchAfterArrestsArePursue() {
    CostLedger l = ledger(deployed(Rank.CONSTABLE, ARREST, 480, 0, 0, 0, 0, 0));
    assertThat(l.sumBy(CostLine::strand)).containsOnlyKeys(Strand.PURSUE);
    assertThat(l.sumBy(CostLine::reference)).containsOnlyKeys("plot-3");
    assertThat(l.totalPence(CostKind.OPPORTUNITY)).isEqualTo(23_043L);
  }
}
