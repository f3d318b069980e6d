package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ctsim.cost.CostAccountant;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostLine;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.SimEvent.MutualAidOfficerLent;
import uk.ctsim.model.events.SimEvent.MutualAidShiftWorked;
import uk.ctsim.model.events.SimEvent.OfficerDeployed;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/**
 * The shipped national-2017 scenario over the three weeks around Manchester Arena (22 May 2017) and London Bridge
 * (3 June): every force of England and Wales, mutual aid as people.
 */
class NationalScenarioTest {
  private static final ForceId GMP = ForceId.of("GMP");
  private static final String MANCHESTER = "manchester-arena";
  private static Scenario scenario;
  private static final List<SimEvent> events = new ArrayList<>();

  @BeforeAll
  static void run() {
    scenario = ScenarioLoader.load(Path.of("scenarios/national-2017.yaml"),
        List.of("period.start=2017-05-15", "period.end=2017-06-07"));
    CtsimModel.simulate(scenario, 42L, events::add);
  }

  private static <T extends SimEvent> List<T> all(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void declaresEveryForceOfEnglandAndWales() {
    assertThat(scenario.forces()).hasSize(44);
    assertThat(scenario.homeForce()).isSameAs(ForceId.MET);
    assertThat(scenario.forces().stream().filter(f -> f.id() == GMP).findFirst().orElseThrow().officers())
        .isBetween(5_000, 6_318);
  }

  @Test
  void theCityOfLondonPoliceRespondsFirstAtLondonBridge() {
    // London Bridge (51.5079, -0.0877): City's headquarters 1.4 km away, the Met's 3.1 km, BTP's 5.1 km
    List<OfficerDeployed> first = all(OfficerDeployed.class).stream()
        .filter(d -> d.demand().reference().equals("london-bridge")
            && d.demand().kind() == uk.ctsim.model.events.DemandKind.INCIDENT_IMMEDIATE)
        .toList();
    assertThat(first).isNotEmpty();
    assertThat(first.get(0).force()).as("the first officer deployed").isSameAs(ForceId.of("CITY"));
    Map<ForceId, Long> byForce = first.stream().collect(Collectors.groupingBy(OfficerDeployed::force,
        Collectors.counting()));
    // City's on-duty officers above its floor first (125 with seed 42), then the Met's; BTP (5.1 km) is not reached
    assertThat(byForce.get(ForceId.of("CITY"))).isGreaterThan(50);
    assertThat(byForce).containsKey(ForceId.MET);
  }

  @Test
  void manchesterIsStaffedByGmpAndOfficersLentByNamedForces() {
    assertThat(all(SimEvent.IncidentOccurred.class)).anySatisfy(i -> {
      assertThat(i.incidentId()).isEqualTo(MANCHESTER);
      assertThat(i.force()).isSameAs(GMP);
    });
    List<OfficerDeployed> own = all(OfficerDeployed.class).stream()
        .filter(d -> d.demand().reference().equals(MANCHESTER) && d.demand().leadForce() == GMP).toList();
    // (London's posture also answers the attack, with guards whose demand names it; those are the Met's.)
    assertThat(own.stream().map(d -> d.force().name()).distinct()).containsExactly("GMP");  // no neighbour within 15 km
    List<MutualAidOfficerLent> lent = all(MutualAidOfficerLent.class).stream()
        .filter(l -> l.demand().reference().equals(MANCHESTER)).toList();
    Set<String> lenders = lent.stream().map(l -> l.lender().name()).collect(Collectors.toSet());
    assertThat(lenders).contains("CHE").doesNotContain("GMP");
    ForceNetwork network = new ForceNetwork(scenario.forces(), scenario.forces().stream().map(f -> f.id()).sorted().toList(),
        scenario.deployment().mutualAid());
    for (MutualAidOfficerLent l : lent) {
      assertThat(l.travelMinutes()).isEqualTo(network.travelMinutes(l.lender(), GMP)).isPositive();
      assertThat(l.demand().leadForce()).isSameAs(GMP);
    }
    // Cheshire (37 km) is the nearest: 38 minutes at 60 km/h.
    assertThat(lent).anySatisfy(l -> {
      assertThat(l.lender().name()).isEqualTo("CHE");
      assertThat(l.travelMinutes()).isEqualTo(38);
    });
    assertThat(all(MutualAidShiftWorked.class)).anySatisfy(w -> assertThat(w.demand().reference()).isEqualTo(MANCHESTER));
  }

  @Test
  void lendersHaveOfficersAwayOnThoseDays() {
    // The lent officers' days away, by lender: the lender cannot use them (see noPersonIsInTwoPlacesAtOnce).
    long day24May = 9 * 1440L;  // the period starts on 15 May
    Map<ForceId, Long> awayOn24May = all(MutualAidOfficerLent.class).stream()
        .filter(l -> l.minute() <= day24May + 720 && l.endMinute() > day24May + 720)
        .collect(Collectors.groupingBy(MutualAidOfficerLent::lender, Collectors.counting()));
    assertThat(awayOn24May.getOrDefault(ForceId.of("CHE"), 0L)).isPositive();
  }

  @Test
  void mutualAidChargesAreBookedToGmp() {
    CostAccountant accountant = new CostAccountant(scenario);
    events.forEach(accountant::accept);
    List<CostLine> manchester = accountant.finish().lines().stream()
        .filter(l -> l.reference().equals(MANCHESTER) && l.category() == CostCategory.MUTUAL_AID).toList();
    assertThat(manchester).isNotEmpty();
    assertThat(manchester.stream().filter(l -> l.funder() == Funder.FORCE_CORE_BUDGET))
        .allSatisfy(l -> assertThat(l.force()).isSameAs(GMP));
    assertThat(manchester.stream().filter(l -> l.force() == GMP).mapToLong(CostLine::pence).sum()).isPositive();
  }

  private static boolean involves(SimEvent e, int officer) {
    return e instanceof OfficerDeployed d && d.officerId() == officer
        || e instanceof MutualAidOfficerLent l && l.officerId() == officer;
  }

  @Test
  void noPersonIsInTwoPlacesAtOnce() {
    Map<Integer, List<long[]>> busy = new HashMap<>();
    for (OfficerDeployed d : all(OfficerDeployed.class)) {
      busy.computeIfAbsent(d.officerId(), k -> new ArrayList<>()).add(new long[] {d.minute(), d.endMinute()});
    }
    Map<Integer, List<long[]>> tours = new HashMap<>();
    for (MutualAidOfficerLent l : all(MutualAidOfficerLent.class)) {
      long[] tour = {l.minute(), l.endMinute()};
      busy.computeIfAbsent(l.officerId(), k -> new ArrayList<>()).add(tour);
      tours.computeIfAbsent(l.officerId(), k -> new ArrayList<>()).add(tour);
    }
    assertThat(tours).isNotEmpty();
    // Soldiers are people too: the national military pool guards one post at a time (ids are the soldiers' own).
    Map<Integer, List<long[]>> soldiers = new HashMap<>();
    for (SimEvent.SoldierOnGuard g : all(SimEvent.SoldierOnGuard.class)) {
      soldiers.computeIfAbsent(g.soldierId(), k -> new ArrayList<>()).add(new long[] {g.minute(), g.endMinute()});
    }
    assertThat(soldiers).as("Operation Temperer in May").isNotEmpty();
    soldiers.forEach((soldier, list) -> {
      list.sort((a, b) -> Long.compare(a[0], b[0]));
      for (int i = 1; i < list.size(); i++) {
        assertThat(list.get(i)[0]).as("soldier %d", soldier).isGreaterThanOrEqualTo(list.get(i - 1)[1]);
      }
    });
    busy.forEach((officer, list) -> {
      list.sort((a, b) -> Long.compare(a[0], b[0]));
      for (int i = 1; i < list.size(); i++) {
        final int k = i;
        assertThat(list.get(i)[0]).as(() -> "officer " + officer + ": " + events.stream().filter(e -> involves(e, officer))
            .map(Object::toString).collect(Collectors.joining("\n"))).isGreaterThanOrEqualTo(list.get(k - 1)[1]);
      }
    });
    // Every shift a lent officer works lies inside one of the officer's tours, after travelling there.
    Map<Integer, List<MutualAidOfficerLent>> lent = all(MutualAidOfficerLent.class).stream()
        .collect(Collectors.groupingBy(MutualAidOfficerLent::officerId));
    Map<Integer, List<MutualAidShiftWorked>> shifts = all(MutualAidShiftWorked.class).stream()
        .collect(Collectors.groupingBy(MutualAidShiftWorked::officerId));
    shifts.forEach((officer, worked) -> {
      for (MutualAidShiftWorked w : worked) {
        assertThat(lent.get(officer)).as("officer %d", officer).anySatisfy(l -> {
          assertThat(w.minute()).isGreaterThanOrEqualTo(l.minute() + l.travelMinutes());
          assertThat(w.endMinute()).isLessThanOrEqualTo(l.endMinute() - l.travelMinutes());
          assertThat(w.lender()).isSameAs(l.lender());
        });
      }
      List<MutualAidShiftWorked> sorted = new ArrayList<>(worked);
      sorted.sort((a, b) -> Long.compare(a.minute(), b.minute()));
      for (int i = 1; i < sorted.size(); i++) {
        assertThat(sorted.get(i).minute()).isGreaterThanOrEqualTo(sorted.get(i - 1).endMinute());
      }
    });
  }
}
