package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.model.TestScenario.day;
import static uk.ctsim.model.TestScenario.only;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.MilitarySpec;
import uk.ctsim.scenario.MutualAidSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Deployment: floors, substitutes and the fill order with one officer more or less than the supply, mutual aid after
 * its lead time and up to its size, and military backfill of static guarding only at CRITICAL after its lead time.
 *
 * <p>All officers are on an 8-hour day shift (08:00-16:00) every day, so on day 2 a demand from 08:00 to 16:00
 * with 30 days' notice can take any of them from ordinary duty, as rostered time.
 */
class DeploymentSpec {
  private static final DemandRef EVENT = new DemandRef(DemandKind.EVENT, "e", ForceId.MET, 0);
  private static final DemandRef SITES = new DemandRef(DemandKind.PROTECTED_SITES, "posture", ForceId.MET, 0);
  private final List<SimEvent> out = new ArrayList<>();

  private Deployer deployer(TestScenario b) {
    return b.parts(1, out::add).deployer;
  }

  private static DemandShift shift(DemandRef ref, Role role, int officers, long start, long decidedAt) {
    return new DemandShift(ref, role, null, officers, start, start + 480, decidedAt,
        (int) ((start - decidedAt) / TestScenario.DAY), false);
  }

  /** An event shift on day 2 from 08:00 to 16:00, decided 30 days before. */
  private static DemandShift planned(Role role, int officers) {
    long start = day(2) + 8 * 60;
    return shift(EVENT, role, officers, start, start - day(30));
  }

  private List<SimEvent.OfficerDeployed> deployed() {
    return only(out, SimEvent.OfficerDeployed.class);
  }

  private int unmet() {
    return only(out, SimEvent.DemandUnmet.class).stream().mapToInt(SimEvent.DemandUnmet::officersShort).sum();
  }

  @Test
  void theFloorKeepsItsShareOnOrdinaryDutyExactlyOneMoreIsUnmet() {
    // 10 on duty, floor 50%: 5 may be taken. Asking for 6 leaves 1 unmet.
    Deployer d = deployer(TestScenario.builder().officers(Role.NEIGHBOURHOOD, 10).fillOrder(SupplySource.ON_DUTY));
    assertThat(d.fill(planned(Role.NEIGHBOURHOOD, 6), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(5);
    assertThat(deployed()).hasSize(5).allSatisfy(o -> {
      assertThat(o.source()).isEqualTo(SupplySource.ON_DUTY);
      assertThat(o.split().rostered()).isEqualTo(480);
    });
    assertThat(only(out, SimEvent.DemandUnmet.class)).containsExactly(
        new SimEvent.DemandUnmet(day(2) + 480, day(2) + 960, EVENT, Role.NEIGHBOURHOOD, 1));
  }

  @Test
  void exactlyTheFloorsAllowanceIsMetInFullAndOneLessLeavesOneBehind() {
    Deployer d = deployer(TestScenario.builder().officers(Role.NEIGHBOURHOOD, 10).fillOrder(SupplySource.ON_DUTY));
    assertThat(d.fill(planned(Role.NEIGHBOURHOOD, 4), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(4);
    assertThat(d.fill(planned(Role.NEIGHBOURHOOD, 1), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(1);
    assertThat(unmet()).isZero();
    assertThat(d.fill(planned(Role.NEIGHBOURHOOD, 1), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isZero();
    assertThat(unmet()).isEqualTo(1);
  }

  @Test
  void theFloorRoundsTheAllowanceDown() {
    // Floor 55% of 10: floor(4.5) = 4 may be taken.
    Deployer d = deployer(TestScenario.builder().officers(Role.NEIGHBOURHOOD, 10).floor(Role.NEIGHBOURHOOD, 0.55)
        .fillOrder(SupplySource.ON_DUTY));
    assertThat(d.fill(planned(Role.NEIGHBOURHOOD, 5), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(4);
  }

  @Test
  void substitutesComeAfterTheOwnRoleInTheirOrder() {
    // Neighbourhood: 5 above the floor; then response (5 above its floor), then public order.
    Deployer d = deployer(TestScenario.builder().officers(Role.NEIGHBOURHOOD, 10).officers(Role.RESPONSE, 10)
        .officers(Role.PUBLIC_ORDER, 10).substitutes(Role.NEIGHBOURHOOD, Role.RESPONSE, Role.PUBLIC_ORDER)
        .fillOrder(SupplySource.ON_DUTY));
    assertThat(d.fill(planned(Role.NEIGHBOURHOOD, 11), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(11);
    assertThat(deployed()).extracting(SimEvent.OfficerDeployed::role).containsExactly(
        Role.NEIGHBOURHOOD, Role.NEIGHBOURHOOD, Role.NEIGHBOURHOOD, Role.NEIGHBOURHOOD, Role.NEIGHBOURHOOD,
        Role.RESPONSE, Role.RESPONSE, Role.RESPONSE, Role.RESPONSE, Role.RESPONSE, Role.PUBLIC_ORDER);
  }

  @Test
  void withoutASubstituteRuleOtherRolesAreNeverUsed() {
    Deployer d = deployer(TestScenario.builder().officers(Role.NEIGHBOURHOOD, 10).officers(Role.RESPONSE, 10)
        .fillOrder(SupplySource.ON_DUTY));
    assertThat(d.fill(planned(Role.NEIGHBOURHOOD, 6), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(5);
    assertThat(deployed()).extracting(SimEvent.OfficerDeployed::role).containsOnly(Role.NEIGHBOURHOOD);
  }

  @Test
  void theLeadForceGoesFirstThenTheOthers() {
    DemandRef city = new DemandRef(DemandKind.EVENT, "c", ForceId.CITY, 0);
    Deployer d = deployer(TestScenario.builder().officers(ForceId.MET, Role.NEIGHBOURHOOD, 10)
        .officers(ForceId.CITY, Role.NEIGHBOURHOOD, 4).fillOrder(SupplySource.ON_DUTY));
    long start = day(2) + 480;
    assertThat(d.fill(shift(city, Role.NEIGHBOURHOOD, 3, start, start - day(30)), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(3);
    assertThat(deployed()).extracting(SimEvent.OfficerDeployed::force).containsExactly(ForceId.CITY, ForceId.CITY,
        ForceId.MET);
  }

  @Test
  void theFillOrderIsFollowedSourceBySource() {
    // 7 officers on a 5-on, 2-off roster, one per offset: on day 2 two rest (offsets 3 and 4) and five are on duty,
    // two of them above the floor. Rest days are asked first here; one officer more than the four is unmet.
    TestScenario b = TestScenario.builder().officers(Role.NEIGHBOURHOOD, 7).roster(Role.NEIGHBOURHOOD, "DDDDDRR")
        .fillOrder(SupplySource.REST_DAY, SupplySource.ON_DUTY);
    Deployer d = deployer(b);
    assertThat(d.fill(planned(Role.NEIGHBOURHOOD, 5), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(4);
    assertThat(deployed()).extracting(SimEvent.OfficerDeployed::source).containsExactly(SupplySource.REST_DAY,
        SupplySource.REST_DAY, SupplySource.ON_DUTY, SupplySource.ON_DUTY);
    assertThat(deployed().get(0).split().restDay()).isEqualTo(480);
    assertThat(deployed().get(0).split().rostered()).isZero();
    assertThat(deployed().get(3).split().restDay()).isZero();
    assertThat(only(out, SimEvent.RestDayCancelled.class)).hasSize(2)
        .allSatisfy(r -> assertThat(r.day()).isEqualTo(TestScenario.START.plusDays(2)));
    assertThat(unmet()).isEqualTo(1);
  }

  @Test
  void everyEligibleOfficerIsFoundWhateverTheRoundTheyAreIn() {
    // 14 officers, two per roster offset: on day 2 four are resting (offsets 3 and 4, in rounds 0 and 1).
    Deployer d = deployer(TestScenario.builder().officers(Role.NEIGHBOURHOOD, 14).roster(Role.NEIGHBOURHOOD, "DDDDDRR")
        .fillOrder(SupplySource.REST_DAY));
    assertThat(d.fill(planned(Role.NEIGHBOURHOOD, 4), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(4);
  }

  @Test
  void mutualAidArrivesOnlyAfterItsLeadTime() {
    TestScenario b = TestScenario.builder().officers(Role.NEIGHBOURHOOD, 2).fillOrder(SupplySource.MUTUAL_AID)
        .mutualAid(new MutualAidSpec(24.0, 100, null, null, null, null, null, null, null, null));
    Deployer d = deployer(b);
    long start = day(5) + 480;
    // Decided 23 h 59 min before: too late. Exactly 24 h before: in time.
    assertThat(d.fill(shift(EVENT, Role.NEIGHBOURHOOD, 10, start, start - 24 * 60 + 1), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isZero();
    assertThat(only(out, SimEvent.MutualAidDeployed.class)).isEmpty();
    assertThat(d.fill(shift(EVENT, Role.NEIGHBOURHOOD, 10, start, start - 24 * 60), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(10);
    assertThat(only(out, SimEvent.MutualAidRequested.class)).containsExactly(
        new SimEvent.MutualAidRequested(start - 24 * 60, EVENT, Role.NEIGHBOURHOOD, 10, start));
    assertThat(only(out, SimEvent.MutualAidDeployed.class)).containsExactly(
        new SimEvent.MutualAidDeployed(start, start + 480, EVENT, Role.NEIGHBOURHOOD, 10, 1));
  }

  @Test
  void mutualAidIsCappedAtItsSizeAtAnyOneTime() {
    TestScenario b = TestScenario.builder().fillOrder(SupplySource.MUTUAL_AID)
        .mutualAid(new MutualAidSpec(0.0, 15, null, null, null, null, null, null, null, null));
    Deployer d = deployer(b);
    long start = day(5) + 480;
    assertThat(d.fill(shift(EVENT, Role.NEIGHBOURHOOD, 10, start, start), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(10);
    // Overlapping by an hour: only 5 are left; afterwards, all 15 again.
    assertThat(d.fill(shift(EVENT, Role.NEIGHBOURHOOD, 10, start + 420, start), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isEqualTo(5);
    assertThat(d.fill(shift(EVENT, Role.NEIGHBOURHOOD, 16, start + 480 + 420, start), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE)))
        .isEqualTo(15);
  }

  private DemandShift guard(int officers, long start) {
    return new DemandShift(SITES, Role.ARMED, null, officers, start, start + 480, start, 0, false);
  }

  @Test
  void theMilitaryBackfillsStaticGuardingAtCriticalAfterItsLeadTime() {
    TestScenario b = TestScenario.builder().fillOrder(SupplySource.MILITARY)
        .military(new MilitarySpec(true, 30, 24.0, Set.of(Role.ARMED), null));
    Deployer d = deployer(b);
    long since = day(3);
    assertThat(d.fill(guard(10, since + 24 * 60 - 1), TestScenario.threat(ThreatLevel.CRITICAL, since))).isZero();
    assertThat(d.fill(guard(10, since + 24 * 60), TestScenario.threat(ThreatLevel.CRITICAL, since))).isEqualTo(10);
    assertThat(only(out, SimEvent.MilitaryDeployed.class)).containsExactly(
        new SimEvent.MilitaryDeployed(since + 24 * 60, since + 24 * 60 + 480, SITES, 10));
    // Capped at 30 at once.
    assertThat(d.fill(guard(25, since + 24 * 60), TestScenario.threat(ThreatLevel.CRITICAL, since))).isEqualTo(20);
  }

  @Test
  void theMilitaryIsNotUsedBelowCriticalForOtherDemandsOrRolesOrWhenNotAllowed() {
    long since = day(1);
    long start = day(4);
    Deployer d = deployer(TestScenario.builder().fillOrder(SupplySource.MILITARY)
        .military(new MilitarySpec(true, 30, 0.0, Set.of(Role.ARMED), null)));
    assertThat(d.fill(guard(5, start), TestScenario.threat(ThreatLevel.SEVERE, since))).isZero();
    assertThat(d.fill(guard(5, start), TestScenario.threat(ThreatLevel.CRITICAL, Minutes.NONE))).isZero();
    assertThat(d.fill(new DemandShift(EVENT, Role.ARMED, null, 5, start, start + 480, start, 0, false),
        TestScenario.threat(ThreatLevel.CRITICAL, since))).isZero();
    assertThat(d.fill(new DemandShift(SITES, Role.PROTECTION, null, 5, start, start + 480, start, 0, false),
        TestScenario.threat(ThreatLevel.CRITICAL, since))).isZero();
    assertThat(d.fill(guard(5, start), TestScenario.threat(ThreatLevel.CRITICAL, since))).isEqualTo(5);
    Deployer notAllowed = deployer(TestScenario.builder().fillOrder(SupplySource.MILITARY)
        .military(new MilitarySpec(false, 30, 0.0, Set.of(Role.ARMED), null)));
    assertThat(notAllowed.fill(guard(5, start), TestScenario.threat(ThreatLevel.CRITICAL, since))).isZero();
  }

  @Test
  void demandsOutsideThePeriodOrForNobodyAreIgnored() {
    Deployer d = deployer(TestScenario.builder().officers(Role.NEIGHBOURHOOD, 10));
    assertThat(d.fill(planned(Role.NEIGHBOURHOOD, 0), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isZero();
    assertThat(d.fill(shift(EVENT, Role.NEIGHBOURHOOD, 3, -480, -day(30)), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isZero();
    assertThat(d.fill(shift(EVENT, Role.NEIGHBOURHOOD, 3, day(28), 0), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE))).isZero();
    assertThat(out).isEmpty();
  }

  @Test
  void aTeamIsAskedFirstAndNewMembersJoinIt() {
    Deployer d = deployer(TestScenario.builder().officers(Role.CT_INVESTIGATION, 20).floor(Role.CT_INVESTIGATION, 0)
        .fillOrder(SupplySource.ON_DUTY));
    List<Officer> team = new ArrayList<>();
    long day2 = day(2) + 480;
    DemandRef inv = new DemandRef(DemandKind.INVESTIGATION, "i", ForceId.MET, 0);
    assertThat(d.fill(new DemandShift(inv, Role.CT_INVESTIGATION, null, 4, day2, day2 + 480, day2 - day(1), 1, false,
        true), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE), team)).isEqualTo(4);
    assertThat(team).hasSize(4);
    List<Integer> ids = team.stream().map(Officer::id).toList();
    out.clear();
    long day3 = day2 + day(1);
    assertThat(d.fill(new DemandShift(inv, Role.CT_INVESTIGATION, null, 6, day3, day3 + 480, day2 - day(1), 2, false,
        true), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE), team)).isEqualTo(6);
    assertThat(deployed().subList(0, 4)).extracting(SimEvent.OfficerDeployed::officerId).containsExactlyElementsOf(ids);
    assertThat(team).hasSize(6);
    assertThat(Map.of("first four kept", team.subList(0, 4).stream().map(Officer::id).toList()))
        .containsEntry("first four kept", ids);
  }
}
