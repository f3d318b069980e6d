package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.SimEvent.MutualAidOfficerLent;
import uk.ctsim.model.events.SimEvent.MutualAidShiftWorked;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Mutual aid as people, on four North West forces with locations: Greater Manchester (14 response officers on
 * EEEERRR, so 8 on duty a day, half above the floor) asks for more than it has; Cheshire (7), Lancashire (70) and
 * Merseyside (70) can lend, nearest first. No leave, no sickness, lead time 0, tours of 2 days.
 */
class MutualAidCentreTest {
  private static final Path NORTH_WEST = Path.of("src/test/resources/scenarios/valid/north-west.yaml");
  private static final ForceId GMP = ForceId.of("GMP");
  private static final ForceId CHE = ForceId.of("CHE");
  private static final ForceId LAN = ForceId.of("LAN");
  private static final ForceId MER = ForceId.of("MER");
  private static final DemandRef INCIDENT = new DemandRef(DemandKind.INCIDENT_SCENE, "bridge", GMP, 0);
  private final List<SimEvent> events = new ArrayList<>();
  private Workforce workforce;
  private Deployer deployer;

  @BeforeEach
  void build() {
    Scenario s = ScenarioLoader.load(NORTH_WEST, List.of("leave.sickDaysPerYear=0", "leave.annualLeaveDays=0",
        "deployment.fillOrder=[ON_DUTY, MUTUAL_AID]", "deployment.mutualAid.leadTimeHours=0",
        "deployment.mutualAid.tourDays=2"));
    SimCalendar clock = new SimCalendar(s.period());
    workforce = new Workforce(s, clock, new RandomStreams(1));
    deployer = new Deployer(s.deployment(), workforce, clock, events::add);
  }

  /** A response demand at GMP from {@code hour} on day {@code day} for {@code hours}, decided two days before. */
  private static DemandShift shift(int officers, int day, int hour, int hours) {
    long start = day * 1440L + hour * 60L;
    return new DemandShift(INCIDENT, Role.RESPONSE, null, officers, start, start + hours * 60L, start - 2 * 1440L, 2, false);
  }

  private <T extends SimEvent> List<T> all(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void theNetworkKnowsDistancesNeighboursAndLenders() {
    ForceNetwork n = workforce.network();
    // Haversine between the headquarters (53.48, -2.24) and (53.19, -2.52), earth radius 6,371 km: 37.22 km.
    assertThat(n.km(GMP, CHE)).isCloseTo(37.222, within(0.001));
    assertThat(n.km(GMP, LAN)).isCloseTo(43.472, within(0.001));
    // 37.22 km at 60 km/h is 37.2 minutes, rounded up to 38.
    assertThat(n.travelMinutes(GMP, CHE)).isEqualTo(38);
    assertThat(n.travelMinutes(LAN, GMP)).isEqualTo(44);
    assertThat(n.responders(GMP)).containsExactly(GMP);  // the nearest other headquarters is 37 km > 15 km
    assertThat(n.lenders(GMP)).containsExactly(CHE, LAN, MER);
    // Every force's CT hub is GMP: GMP (49.6 km) comes first for Merseyside, before Cheshire (39.2 km) and
    // Lancashire (43.0 km), which follow nearest first.
    assertThat(n.lenders(MER)).containsExactly(GMP, CHE, LAN);
  }

  @Test
  void officersAreLentNearestFirstAndTravel() {
    int got = deployer.fill(shift(20, 3, 7, 8), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));

    assertThat(got).isEqualTo(20);
    long own = all(SimEvent.OfficerDeployed.class).stream().filter(d -> d.source() == SupplySource.ON_DUTY).count();
    assertThat(own).isEqualTo(4);  // 8 on duty, floor half
    List<MutualAidOfficerLent> lent = all(MutualAidOfficerLent.class);
    assertThat(lent).hasSize(16);
    assertThat(all(MutualAidShiftWorked.class)).hasSize(16);
    assertThat(all(SimEvent.MutualAidDeployed.class)).isEmpty();  // not the generic pool
    List<ForceId> lenders = lent.stream().map(MutualAidOfficerLent::lender).toList();
    int firstLan = lenders.indexOf(LAN);
    assertThat(firstLan).isPositive();  // Cheshire lent first, as many as it could
    assertThat(lenders.subList(0, firstLan)).containsOnly(CHE);
    assertThat(lenders.subList(firstLan, lenders.size())).containsOnly(LAN);
    long start = 3 * 1440L + 7 * 60;
    for (MutualAidOfficerLent l : lent) {
      int travel = l.lender() == CHE ? 38 : 44;
      assertThat(l.travelMinutes()).isEqualTo(travel);
      assertThat(l.minute()).isEqualTo(start - travel);
      assertThat(l.endMinute()).isEqualTo(start + 2 * 1440L + travel);
      assertThat(l.demand()).isEqualTo(INCIDENT);
      assertThat(l.role()).isEqualTo(Role.RESPONSE);
    }
  }

  @Test
  void aLendersCapacityDropsWhileItsOfficersAreAway() {
    deployer.fill(shift(20, 3, 7, 8), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    Pool cheshire = workforce.pool(CHE, Role.RESPONSE);
    Set<Integer> away = all(MutualAidOfficerLent.class).stream().filter(l -> l.lender() == CHE)
        .map(MutualAidOfficerLent::officerId).collect(Collectors.toSet());
    for (int day = 3; day <= 5; day++) {
      final int d = day;
      long rosteredAway = cheshire.officers.stream().filter(o -> away.contains(o.id) && workforce.roster.rosteredOn(o, d)).count();
      assertThat(cheshire.abstracted[day]).as("day %d", day).isEqualTo((int) rosteredAway);
      assertThat(cheshire.abstracted[day]).isLessThanOrEqualTo(cheshire.onDuty[day] / 2);
    }
    // Cheshire's own demand on day 4 gets only what the lent officers left above its floor.
    events.clear();
    int before = cheshire.abstracted[4];
    long presentOnDuty = cheshire.officers.stream().filter(o -> !away.contains(o.id) && workforce.roster.rosteredOn(o, 4)).count();
    DemandRef own = new DemandRef(DemandKind.EVENT, "local", CHE, 0);
    long start = 4 * 1440L + 7 * 60;
    deployer.fill(new DemandShift(own, Role.RESPONSE, null, 7, start, start + 480, start - 1440, 1, false),
        TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    int got = (int) all(SimEvent.OfficerDeployed.class).stream().filter(d -> d.force() == CHE).count();
    assertThat(before).isPositive();
    assertThat(got).isEqualTo((int) Math.min(presentOnDuty, Math.max(0, cheshire.onDuty[4] / 2 - before)));
    assertThat(all(SimEvent.OfficerDeployed.class)).noneMatch(d -> away.contains(d.officerId()));
  }

  @Test
  void officersAlreadyThereWorkTheNextShiftAfterTheirRest() {
    deployer.fill(shift(20, 3, 7, 8), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    Set<Integer> lent = all(MutualAidOfficerLent.class).stream().map(MutualAidOfficerLent::officerId)
        .collect(Collectors.toSet());
    events.clear();
    // 15:00 the same day: 0 h rest, too little (11 h); lent officers already there cannot work it.
    deployer.fill(new DemandShift(INCIDENT, Role.RESPONSE, null, 3, 3 * 1440L + 15 * 60, 3 * 1440L + 23 * 60,
        1440L, 2, false), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    assertThat(all(MutualAidShiftWorked.class)).noneMatch(w -> lent.contains(w.officerId()));
    events.clear();
    // 07:00 the next day: 16 h rest; the officers there work it and nobody new is sent.
    int got = deployer.fill(new DemandShift(INCIDENT, Role.RESPONSE, null, 30, 4 * 1440L + 7 * 60, 4 * 1440L + 15 * 60,
        2 * 1440L, 2, false), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    List<MutualAidShiftWorked> worked = all(MutualAidShiftWorked.class);
    assertThat(worked.stream().filter(w -> lent.contains(w.officerId())).count()).isEqualTo(16);
    assertThat(got).isGreaterThanOrEqualTo(16);
    // After their tour (2 days from day 3, 07:00) they have gone home: a shift on day 5 at 07:00 is past it.
    events.clear();
    deployer.fill(new DemandShift(INCIDENT, Role.RESPONSE, null, 5, 5 * 1440L + 7 * 60 + 1, 5 * 1440L + 15 * 60,
        3 * 1440L, 2, false), TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE));
    assertThat(all(MutualAidShiftWorked.class)).noneMatch(w -> lent.contains(w.officerId()));
  }
}
