package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ctsim.cost.Deployments.EVENT;
import static uk.ctsim.cost.Deployments.MONDAY_12_JUNE_0800;
import static uk.ctsim.cost.Deployments.PATROL;
import static uk.ctsim.cost.Deployments.deployed;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.SimEvent.EventDayHeld;
import uk.ctsim.model.events.SimEvent.EventScheduled;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.NonPayItem;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ThreatLevel;

/** Mutual aid, military, non-pay and recovery lines, hand-computed. All on Monday 12 June 2017 (2017-W24). */
class OtherCostsTest {
  private static final DemandRef SCENE = new DemandRef(DemandKind.INCIDENT_SCENE, "lb-2017", ForceId.MET, 0);
  private static final DemandRef SITES = new DemandRef(DemandKind.PROTECTED_SITES, "posture", ForceId.MET, 0);
  private static final long MONDAY_0000 = MONDAY_12_JUNE_0800 - 8 * 60;

  private static List<CostLine> lines(Scenario scenario, SimEvent... events) {
    CostAccountant accountant = new CostAccountant(scenario);
    for (SimEvent e : events) accountant.accept(e);
    return accountant.finish().lines();
  }

  private static List<CostLine> lines(SimEvent... events) {
    return lines(TestScenarios.minimal(), events);
  }

  private static EventScheduled athletics(double recoveredShare) {
    // a two-day event starting Sunday 11 June 2017 (2017-W23)
    return new EventScheduled(0, "athletics", "World Athletics", EventType.SPORT, ForceId.MET, LocalDate.of(2017, 6, 11),
        2, 3, recoveredShare, List.of(new NonPayItem("barriers", 2_000.0, true), new NonPayItem("vehicles", 500.0, false)),
        null);
  }

  @Test
  void mutualAidIsChargedToTheReceivingForceForHoursOnDutyPlusTravelAndPaidAllowances() {
    // charge: 20 officers × (10 h on duty + 4 h travel) × £55 = £15,400.00; allowances: 20 × 2 nights × £50 = £2,000.00
    SimEvent aid = new SimEvent.MutualAidDeployed(MONDAY_12_JUNE_0800, MONDAY_12_JUNE_0800 + 600, SCENE, Role.RESPONSE, 20, 2);
    assertThat(lines(aid)).containsExactly(
        new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.MUTUAL_AID, Strand.PREPARE, CostKind.ADDITIONAL,
            DemandKind.INCIDENT_SCENE, "lb-2017", "2017-W24", "2017-06", "2017-18", 1_540_000L),
        new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.ALLOWANCES, Strand.PREPARE, CostKind.ADDITIONAL,
            DemandKind.INCIDENT_SCENE, "lb-2017", "2017-W24", "2017-06", "2017-18", 200_000L));
  }

  @Test
  void militaryIsChargedToTheLeadForceOnlyWhenItCostsPolicing() {
    // 100 personnel × 3 days (4,320 min / 1,440) × £150 = £45,000.00
    SimEvent military = new SimEvent.MilitaryDeployed(MONDAY_0000, MONDAY_0000 + 3 * 1440, SITES, 100);
    Scenario charged = TestScenarios.builder().militaryCostToPolice(TestScenarios.MILITARY_GBP_PER_PERSON_DAY).build();
    assertThat(lines(charged, military)).containsExactly(new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.MILITARY, Strand.PROTECT,
        CostKind.ADDITIONAL, DemandKind.PROTECTED_SITES, "posture", "2017-W24", "2017-06", "2017-18", 4_500_000L));
    // default: borne by defence, £0 a person-day, so no line at all
    assertThat(lines(military)).isEmpty();
  }

  @Test
  void incidentNonPayIsItsTypesCost() {
    // VEHICLE_KNIFE non-pay £250,000 in the test scenario; HOAX has none, so no line
    SimEvent attack = new SimEvent.IncidentOccurred(MONDAY_0000 + 22 * 60, "lb-2017", "London Bridge",
        AttackType.VEHICLE_KNIFE, ForceId.MET, true, 8.0);
    SimEvent hoax = new SimEvent.IncidentOccurred(MONDAY_0000, "hoax-1", "hoax", AttackType.HOAX, ForceId.MET, false, 12.0);
    assertThat(lines(attack, hoax)).containsExactly(new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.NON_PAY, Strand.PREPARE,
        CostKind.ADDITIONAL, DemandKind.INCIDENT_SCENE, "lb-2017", "2017-W24", "2017-06", "2017-18", 25_000_000L));
  }

  @Test
  void eventNonPayScalesWithPostureOnlyForItemsThatDo() {
    // Sunday at posture 1.0: 2,000 + 500 = £2,500.00 (2017-W23); Monday at 1.6: 2,000 × 1.6 + 500 = £3,700.00 (2017-W24)
    SimEvent sunday = new EventDayHeld(MONDAY_0000 - 1440, "athletics", LocalDate.of(2017, 6, 11), ForceId.MET, 1.0, 300);
    SimEvent monday = new EventDayHeld(MONDAY_0000, "athletics", LocalDate.of(2017, 6, 12), ForceId.MET, 1.6, 480);
    assertThat(lines(athletics(0), sunday, monday)).containsExactly(
        new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.NON_PAY, Strand.PROTECT, CostKind.ADDITIONAL, DemandKind.EVENT,
            "athletics", "2017-W23", "2017-06", "2017-18", 250_000L),
        new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.NON_PAY, Strand.PROTECT, CostKind.ADDITIONAL, DemandKind.EVENT,
            "athletics", "2017-W24", "2017-06", "2017-18", 370_000L));
  }

  @Test
  void recoveryIsTheSharedPartOfTheEventsPremiumPayOnly() {
    // athletics premiums: 3 h overtime 8,377p + 6 h rest day at 10 days' notice 18,848p = 27,225p;
    // abstraction (23,043p) and catering (900p) are not recovered, nor the patrol's overtime.
    // recovery = -0.25 × 27,225 = -6,806.25 → -6,806p, in the week the event starts (Sunday 11 June: 2017-W23)
    List<CostLine> lines = lines(athletics(0.25), deployed(Rank.CONSTABLE, EVENT, 480, 180, 0, 0, 0, 0),
        deployed(Rank.CONSTABLE, EVENT, 0, 0, 360, 0, 0, 10), deployed(Rank.CONSTABLE, PATROL, 0, 180, 0, 0, 0, 0));
    assertThat(lines).filteredOn(l -> l.category() == CostCategory.RECOVERY).containsExactly(
        new CostLine(ForceId.MET, Funder.EVENT_ORGANISER, CostCategory.RECOVERY, Strand.PROTECT, CostKind.ADDITIONAL, DemandKind.EVENT,
            "athletics", "2017-W23", "2017-06", "2017-18", -6_806L));
  }

  @Test
  void noRecoveryWithoutARecoveredShare() {
    List<CostLine> lines = lines(athletics(0), deployed(Rank.CONSTABLE, EVENT, 0, 180, 0, 0, 0, 0));
    assertThat(lines).extracting(CostLine::category).doesNotContain(CostCategory.RECOVERY);
  }

  @Test
  void anEventDayOfAnUnscheduledEventIsAnError() {
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    SimEvent day = new EventDayHeld(MONDAY_0000, "athletics", LocalDate.of(2017, 6, 12), ForceId.MET, 1.0, 300);
    assertThatThrownBy(() -> accountant.accept(day)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("never scheduled");
  }

  @Test
  void anEventScheduledTwiceIsAnError() {
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    accountant.accept(athletics(0));
    assertThatThrownBy(() -> accountant.accept(athletics(0))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scheduled twice");
  }

  @Test
  void badRecordedValuesAreRejected() {
    CostAccountant accountant = new CostAccountant(TestScenarios.minimal());
    assertThatThrownBy(() -> accountant.accept(athletics(1.5))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recoveredShare");
    SimEvent backwards = new SimEvent.MutualAidDeployed(MONDAY_0000, MONDAY_0000 - 60, SCENE, Role.RESPONSE, 20, 0);
    assertThatThrownBy(() -> accountant.accept(backwards)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends before it starts");
  }

  @Test
  void eventsThatCarryNoCostAreIgnored() {
    SimEvent threat = new SimEvent.ThreatLevelChanged(0, ThreatLevel.SEVERE,
        ThreatLevel.CRITICAL, "attack");
    SimEvent unmet = new SimEvent.DemandUnmet(0, 600, SCENE, Role.ARMED, 12);
    assertThat(lines(threat, unmet)).isEmpty();
  }
}
