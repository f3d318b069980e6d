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
import uk.ctsim.scenario.CostRates;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.MilitarySpec;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.MutualAidSpec;
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
    // full-cost rate of a police support unit hour at other forces' pay (1,700 productive hours, on-cost 33.3%):
    // 18/22 × 38,382 × 1.333/1,700 + 3/22 × 43,134 × 1.333/1,700 + 1/22 × 51,330 × 1.333/1,700 = £31.0656006
    // charge: 20 officers × (10 h on duty + 4 h travel) × 31.0656006 = £8,698.368 → 869,837p (spontaneous: charged in
    // full by default); allowances: 20 × 2 nights × £50 = £2,000.00
    SimEvent aid = new SimEvent.MutualAidDeployed(MONDAY_12_JUNE_0800, MONDAY_12_JUNE_0800 + 600, SCENE, Role.RESPONSE, 20, 2);
    assertThat(lines(aid)).containsExactly(
        new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.MUTUAL_AID, Strand.PREPARE, CostKind.ADDITIONAL,
            DemandKind.INCIDENT_SCENE, "lb-2017", "2017-W24", "2017-06", "2017-18", 869_837L),
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
  void whatDefenceIsNotRepaidOfMilitaryAidIsBookedToTheMinistryOfDefence() {
    // MACA: defence helps free of charge where life is threatened (Hansard, 11 Dec 2008); Temperer 2017 was borne by
    // defence (review A10). Full cost £400 a person-day, £150 charged to policing: 100 × 3 days × £150 = £45,000.00
    // on the Met's core budget and 100 × 3 × (400 − 150) = £75,000.00 on the Ministry of Defence, outside the forces
    SimEvent military = new SimEvent.MilitaryDeployed(MONDAY_0000, MONDAY_0000 + 3 * 1440, SITES, 100);
    Scenario scenario = TestScenarios.builder()
        .military(new MilitarySpec(null, null, null, null, 150.0, 400.0)).build();
    assertThat(lines(scenario, military)).containsExactlyInAnyOrder(
        new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.MILITARY, Strand.PROTECT,
            CostKind.ADDITIONAL, DemandKind.PROTECTED_SITES, "posture", "2017-W24", "2017-06", "2017-18", 4_500_000L),
        new CostLine(ForceId.NATIONAL, Funder.MINISTRY_OF_DEFENCE, CostCategory.MILITARY, Strand.PROTECT,
            CostKind.ADDITIONAL, DemandKind.PROTECTED_SITES, "posture", "2017-W24", "2017-06", "2017-18", 7_500_000L));
    // charged more than the full cost: defence bears nothing
    assertThat(new MilitarySpec(null, null, null, null, 150.0, 100.0).borneByDefencePerPersonDayGbp()).isZero();
    assertThat(new MilitarySpec(null, null, null, null, null, 400.0).borneByDefencePerPersonDayGbp()).isEqualTo(400.0);
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
  void recoveryIsTheChargeableShareOfTheEventsOfficerHoursAtFullCostWhateverTheirPaySource() {
    // s25 Police Act 1996, special police services at full cost: F = (38,382 + 2,349 + 4,338) × 1.333 / 1,700
    // = £35.3393982 an hour. Athletics officer-hours: 8 h rostered + 3 h overtime + 6 h rest day = 17 h (the patrol's
    // 3 h are not the event's). recovery = -0.25 × 17 × 35.3393982 = -£150.1924 → -15,019p, in the week the event
    // starts (Sunday 11 June: 2017-W23)
    List<CostLine> lines = lines(athletics(0.25), deployed(Rank.CONSTABLE, EVENT, 480, 180, 0, 0, 0, 0),
        deployed(Rank.CONSTABLE, EVENT, 0, 0, 360, 0, 0, 10), deployed(Rank.CONSTABLE, PATROL, 0, 180, 0, 0, 0, 0));
    assertThat(lines).filteredOn(l -> l.category() == CostCategory.RECOVERY).containsExactly(
        new CostLine(ForceId.MET, Funder.EVENT_ORGANISER, CostCategory.RECOVERY, Strand.PROTECT, CostKind.ADDITIONAL,
            DemandKind.EVENT, "athletics", "2017-W23", "2017-06", "2017-18", -15_019L));
  }

  @Test
  void recoveryIncludesTheEventsNonPayAndItsMutualAidHours() {
    // share 0.5 of: non-pay on the Sunday (2,000 + 500 at posture 1.0 = £2,500) + 2 mutual-aid officers × 5 h at
    // £31.0656006 (£310.656) = £2,810.656 → -£1,405.328 → -140,533p
    DemandRef eventRef = new DemandRef(DemandKind.EVENT, "athletics", ForceId.MET, 0);
    SimEvent sunday = new EventDayHeld(MONDAY_0000 - 1440, "athletics", LocalDate.of(2017, 6, 11), ForceId.MET, 1.0, 300);
    SimEvent aid = new SimEvent.MutualAidDeployed(MONDAY_12_JUNE_0800, MONDAY_12_JUNE_0800 + 300, eventRef,
        Role.PUBLIC_ORDER, 2, 0);
    assertThat(lines(athletics(0.5), sunday, aid)).filteredOn(l -> l.category() == CostCategory.RECOVERY)
        .extracting(CostLine::pence).containsExactly(-140_533L);
  }

  @Test
  void spontaneousMutualAidChargesItsShareAndTheLendersBearTheRest() {
    // spontaneousChargeShare 0.6 on an incident: MET pays 0.6 × 869,836.8 → 521,902p; the lenders (NATIONAL,
    // OTHER_FORCE) bear 0.4 × → 347,935p. A planned (event) deployment is charged in full.
    Scenario partial = TestScenarios.builder()
        .mutualAid(new MutualAidSpec(null, null, null, 0.6, null, null, null, null, null, null)).build();
    SimEvent aid = new SimEvent.MutualAidDeployed(MONDAY_12_JUNE_0800, MONDAY_12_JUNE_0800 + 600, SCENE, Role.RESPONSE, 20, 0);
    assertThat(lines(partial, aid)).extracting(CostLine::force, CostLine::funder, CostLine::pence).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(ForceId.MET, Funder.FORCE_CORE_BUDGET, 521_902L),
        org.assertj.core.groups.Tuple.tuple(ForceId.NATIONAL, Funder.OTHER_FORCE, 347_935L));
    DemandRef eventRef = new DemandRef(DemandKind.EVENT, "athletics", ForceId.MET, 0);
    SimEvent planned = new SimEvent.MutualAidDeployed(MONDAY_12_JUNE_0800, MONDAY_12_JUNE_0800 + 600, eventRef,
        Role.RESPONSE, 20, 0);
    assertThat(lines(partial, planned)).extracting(CostLine::pence).containsExactly(869_837L);
  }

  @Test
  void mutualAidHardshipAccommodationAndSubsistence() {
    // 10 officers, 2 nights, 10 h on duty (1 day): allowances 10 × 2 × (50 + 0.5 × 30) = £1,300.00;
    // expenses 10 × (2 × £80 + 1 × £25) = £1,850.00 on top of the charge 10 × 14 × 31.0656006 = £4,349.184
    // → MUTUAL_AID £6,199.184 → 619,918p
    Scenario costly = TestScenarios.builder()
        .mutualAid(new MutualAidSpec(null, null, null, null, null, null, null, 0.5, 80.0, 25.0)).build();
    SimEvent aid = new SimEvent.MutualAidDeployed(MONDAY_12_JUNE_0800, MONDAY_12_JUNE_0800 + 600, SCENE, Role.RESPONSE, 10, 2);
    assertThat(lines(costly, aid)).extracting(CostLine::category, CostLine::pence).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(CostCategory.MUTUAL_AID, 619_918L),
        org.assertj.core.groups.Tuple.tuple(CostCategory.ALLOWANCES, 130_000L));
  }

  @Test
  void specialGrantClaimIsTheForcesOwnAdditionalCostAboveOnePercentAtTheHomeOfficeShare() {
    // threshold share 0.00004 of £2.5bn = £100,000; the attack's non-pay £250,000 is the Met's own additional cost:
    // claim 0.85 × (250,000 - 100,000) = £127,500, moved from the core budget to the special grant (net nil)
    Scenario lowThreshold = TestScenarios.builder().costs(new CostRates(null, 0.00004, null, null, null)).build();
    SimEvent attack = new SimEvent.IncidentOccurred(MONDAY_0000 + 22 * 60, "lb-2017", "London Bridge",
        AttackType.VEHICLE_KNIFE, ForceId.MET, true, 8.0);
    List<CostLine> lines = lines(lowThreshold, attack);
    assertThat(lines).filteredOn(l -> l.category() == CostCategory.SPECIAL_GRANT)
        .extracting(CostLine::funder, CostLine::pence).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Funder.FORCE_CORE_BUDGET, -12_750_000L),
            org.assertj.core.groups.Tuple.tuple(Funder.SPECIAL_GRANT, 12_750_000L));
    assertThat(CostLedger.of(lines).totalPence()).isEqualTo(25_000_000L);
    // at the default 1% (£25m) nothing is claimable
    assertThat(lines(attack)).extracting(CostLine::category).doesNotContain(CostCategory.SPECIAL_GRANT);
    // British Transport Police is not eligible, nor a force without a budget in the scenario (City here)
    SimEvent btp = new SimEvent.IncidentOccurred(MONDAY_0000, "btp-1", "station", AttackType.VEHICLE_KNIFE, ForceId.BTP,
        false, 8.0);
    SimEvent city = new SimEvent.IncidentOccurred(MONDAY_0000, "city-1", "city", AttackType.VEHICLE_KNIFE, ForceId.CITY,
        false, 8.0);
    assertThat(lines(lowThreshold, btp, city)).extracting(CostLine::category).doesNotContain(CostCategory.SPECIAL_GRANT);
    assertThat(Charges.eligible(ForceId.MET)).isTrue();
    assertThat(Charges.eligible(ForceId.NATIONAL)).isFalse();
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
        ThreatLevel.CRITICAL, uk.ctsim.model.events.ThreatChangeCause.attack("lb-2017"));
    SimEvent unmet = new SimEvent.DemandUnmet(0, 600, SCENE, Role.ARMED, 12);
    assertThat(lines(threat, unmet)).isEmpty();
  }
}
