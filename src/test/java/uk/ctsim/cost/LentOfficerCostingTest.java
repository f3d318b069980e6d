package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.ctsim.cost.Deployments.MONDAY_12_JUNE_0800;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.SimEvent.MutualAidOfficerLent;
import uk.ctsim.model.events.SimEvent.MutualAidShiftWorked;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.MutualAidSpec;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;

/**
 * Mutual aid as people, hand-computed on Monday 12 June 2017 (2017-W24). A Cheshire constable (a force the scenario
 * does not declare: not London) costs 38,382 × 1.333 / 1,700 = £30.09600353 an hour at full cost (no overheads by
 * default); a Met constable (London pay region) (38,382 + 2,349 + 4,338) × 1.333 / 1,700 = £35.33939824.
 */
class LentOfficerCostingTest {
  private static final ForceId CHE = ForceId.of("CHE");
  private static final DemandRef SCENE = new DemandRef(DemandKind.INCIDENT_SCENE, "lb-2017", ForceId.MET, 0);

  private static List<CostLine> lines(Scenario scenario, SimEvent... events) {
    CostAccountant accountant = new CostAccountant(scenario);
    for (SimEvent e : events) accountant.accept(e);
    return accountant.finish().lines();
  }

  private static MutualAidShiftWorked shift(ForceId lender, int minutes) {
    return new MutualAidShiftWorked(MONDAY_12_JUNE_0800, MONDAY_12_JUNE_0800 + minutes, 7, lender, Rank.CONSTABLE,
        Role.RESPONSE, SCENE);
  }

  /** A tour of 2 days and 1 hour at the receiving force, with 38 minutes' travel each way: 3 nights. */
  private static MutualAidOfficerLent tour() {
    long leave = MONDAY_12_JUNE_0800 - 38;
    return new MutualAidOfficerLent(leave, leave + 2 * 38 + 2 * 1440 + 60, 7, CHE, Rank.CONSTABLE, Role.RESPONSE, SCENE, 38);
  }

  @Test
  void aShiftIsChargedToTheReceivingForceAtTheLendersRate() {
    // 8 h × £30.09600353 = £240.7680282 → 24,077p, charged in full (spontaneous share 1 by default)
    assertThat(lines(TestScenarios.minimal(), shift(CHE, 480))).containsExactly(new CostLine(ForceId.MET,
        Funder.FORCE_CORE_BUDGET, CostCategory.MUTUAL_AID, Strand.PREPARE, CostKind.ADDITIONAL, DemandKind.INCIDENT_SCENE,
        "lb-2017", "2017-W24", "2017-06", "2017-18", 24_077L));
    // a London lender: 8 h × £35.33939824 = £282.7151859 → 28,272p
    assertThat(lines(TestScenarios.minimal(), shift(ForceId.MET, 480))).extracting(CostLine::pence).containsExactly(28_272L);
  }

  @Test
  void theShareNotChargedStaysWithTheLender() {
    // spontaneous share 0.6: 0.6 × £240.7680282 = £144.4608169 → 14,446p to the Met; 0.4 × = £96.3072113 → 9,631p
    Scenario partial = TestScenarios.builder()
        .mutualAid(new MutualAidSpec(null, null, null, 0.6, null, null, null, null, null, null)).build();
    assertThat(lines(partial, shift(CHE, 480))).extracting(CostLine::force, CostLine::funder, CostLine::pence)
        .containsExactlyInAnyOrder(tuple(ForceId.MET, Funder.FORCE_CORE_BUDGET, 14_446L),
            tuple(CHE, Funder.OTHER_FORCE, 9_631L));
    // an event is planned mutual aid: charged in full, and its full cost counts towards the organiser's share
    DemandRef event = new DemandRef(DemandKind.EVENT, "athletics", ForceId.MET, 0);
    MutualAidShiftWorked atEvent = new MutualAidShiftWorked(MONDAY_12_JUNE_0800, MONDAY_12_JUNE_0800 + 480, 7, CHE,
        Rank.CONSTABLE, Role.RESPONSE, event);
    assertThat(lines(partial, atEvent)).extracting(CostLine::pence).containsExactly(24_077L);
  }

  @Test
  void theTourChargesTravelBothWaysAndEachNightAway() {
    // travel 2 × 38 min = 1.2666667 h × £30.09600353 = £38.12160447 → 3,812p; 3 nights × £50 allowance = 15,000p
    assertThat(LentOfficerCosting.nights(tour())).isEqualTo(3);
    assertThat(lines(TestScenarios.minimal(), tour())).extracting(CostLine::category, CostLine::force, CostLine::pence)
        .containsExactlyInAnyOrder(tuple(CostCategory.MUTUAL_AID, ForceId.MET, 3_812L),
            tuple(CostCategory.ALLOWANCES, ForceId.MET, 15_000L));
    // hardship for half the nights (£30), accommodation £80 a night, subsistence £25 a day: MUTUAL_AID
    // £38.12160447 + 3 × 80 + 3 × 25 = £353.1216045 → 35,312p; ALLOWANCES 3 × (50 + 0.5 × 30) = £195 → 19,500p
    Scenario costly = TestScenarios.builder()
        .mutualAid(new MutualAidSpec(null, null, null, null, null, null, null, 0.5, 80.0, 25.0)).build();
    assertThat(lines(costly, tour())).extracting(CostLine::category, CostLine::pence)
        .containsExactlyInAnyOrder(tuple(CostCategory.MUTUAL_AID, 35_312L), tuple(CostCategory.ALLOWANCES, 19_500L));
  }

  @Test
  void aTourOfExactlyOneDayThereIsOneNight() {
    long leave = MONDAY_12_JUNE_0800;
    MutualAidOfficerLent oneDay = new MutualAidOfficerLent(leave, leave + 1440 + 20, 7, CHE, Rank.CONSTABLE,
        Role.RESPONSE, SCENE, 10);
    assertThat(LentOfficerCosting.nights(oneDay)).isEqualTo(1);
    MutualAidOfficerLent justOver = new MutualAidOfficerLent(leave, leave + 1441 + 20, 7, CHE, Rank.CONSTABLE,
        Role.RESPONSE, SCENE, 10);
    assertThat(LentOfficerCosting.nights(justOver)).isEqualTo(2);
  }

  @Test
  void aTourShorterThanItsTravelIsAnError() {
    MutualAidOfficerLent impossible = new MutualAidOfficerLent(0, 60, 7, CHE, Rank.CONSTABLE, Role.RESPONSE, SCENE, 31);
    assertThatThrownBy(() -> lines(TestScenarios.minimal(), impossible)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shorter than its travel");
    MutualAidOfficerLent backwards = new MutualAidOfficerLent(60, 0, 7, CHE, Rank.CONSTABLE, Role.RESPONSE, SCENE, 0);
    assertThatThrownBy(() -> lines(TestScenarios.minimal(), backwards)).isInstanceOf(IllegalArgumentException.class);
    MutualAidOfficerLent negative = new MutualAidOfficerLent(0, 60, 7, CHE, Rank.CONSTABLE, Role.RESPONSE, SCENE, -1);
    assertThatThrownBy(() -> lines(TestScenarios.minimal(), negative)).isInstanceOf(IllegalArgumentException.class);
    MutualAidOfficerLent exact = new MutualAidOfficerLent(0, 62, 7, CHE, Rank.CONSTABLE, Role.RESPONSE, SCENE, 31);
    assertThat(lines(TestScenarios.minimal(), exact)).extracting(CostLine::category).containsExactly(CostCategory.MUTUAL_AID);
  }
}
