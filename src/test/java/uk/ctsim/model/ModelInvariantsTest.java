package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/** Invariants that must hold for every run, checked on the recorded events of the quickstart scenario. */
class ModelInvariantsTest {
  private static Scenario scenario;
  private static List<SimEvent> events;

  @BeforeAll
  static void run() {
    scenario = ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"));
    events = new ArrayList<>();
    CtsimModel.simulate(scenario, 42L, events::add);
  }

  private static <T extends SimEvent> List<T> all(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void theRunDeploysOfficersFromSeveralSources() {
    var deployed = all(SimEvent.OfficerDeployed.class);
    assertThat(deployed).hasSizeGreaterThan(1000);
    assertThat(deployed.stream().map(SimEvent.OfficerDeployed::source).distinct().count()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void noOfficerIsInTwoPlacesAtOnce() {
    Map<Integer, List<SimEvent.OfficerDeployed>> byOfficer = new HashMap<>();
    for (var d : all(SimEvent.OfficerDeployed.class)) byOfficer.computeIfAbsent(d.officerId(), k -> new ArrayList<>()).add(d);
    for (var list : byOfficer.values()) {
      list.sort((a, b) -> Long.compare(a.minute(), b.minute()));
      for (int i = 1; i < list.size(); i++) {
        assertThat(list.get(i).minute()).as("officer %d", list.get(i).officerId())
            .isGreaterThanOrEqualTo(list.get(i - 1).endMinute());
      }
    }
  }

  @Test
  void noSoldierIsInTwoPlacesAtOnceAndEachRestsBetweenGuardShifts() {
    var guards = all(SimEvent.SoldierOnGuard.class);
    assertThat(guards).as("the quickstart's CRITICAL days use the military").isNotEmpty();
    long rest = Math.round(scenario.deployment().military().minRestHours() * 60);
    Map<Integer, List<SimEvent.SoldierOnGuard>> bySoldier = new HashMap<>();
    for (var g : guards) bySoldier.computeIfAbsent(g.soldierId(), k -> new ArrayList<>()).add(g);
    assertThat(bySoldier.keySet()).allSatisfy(id -> assertThat(id).isBetween(1,
        scenario.deployment().military().personnel()));
    for (var list : bySoldier.values()) {
      list.sort((a, b) -> Long.compare(a.minute(), b.minute()));
      for (int i = 1; i < list.size(); i++) {
        assertThat(list.get(i).minute()).as("soldier %d", list.get(i).soldierId())
            .isGreaterThanOrEqualTo(list.get(i - 1).endMinute() + rest);
      }
    }
    // each shift's soldiers are summed in its MilitaryDeployed
    int soldiers = guards.size();
    int deployed = all(SimEvent.MilitaryDeployed.class).stream().mapToInt(SimEvent.MilitaryDeployed::personnel).sum();
    assertThat(deployed).isEqualTo(soldiers);
  }

  @Test
  void noMemberOfStaffIsInTwoPlacesAtOnceAndEachRestsBetweenDuties() {
    // The quickstart's London Bridge draws call handlers, CSIs, analysts and digital forensic examiners.
    var duties = all(SimEvent.StaffDeployed.class);
    assertThat(duties).hasSizeGreaterThan(100);
    assertThat(duties.stream().map(SimEvent.StaffDeployed::function).distinct()).hasSize(4);
    long rest = Math.round(scenario.staff().minRestHours() * 60);
    Map<Integer, List<SimEvent.StaffDeployed>> byMember = new HashMap<>();
    for (var d : duties) byMember.computeIfAbsent(d.staffId(), k -> new ArrayList<>()).add(d);
    assertThat(byMember.values()).anySatisfy(list -> assertThat(list).hasSizeGreaterThan(1));
    for (var list : byMember.values()) {
      list.sort((a, b) -> Long.compare(a.minute(), b.minute()));
      for (int i = 1; i < list.size(); i++) {
        assertThat(list.get(i).minute()).as("member of staff %d", list.get(i).staffId())
            .isGreaterThanOrEqualTo(list.get(i - 1).endMinute() + rest);
        assertThat(list.get(i).force()).isEqualTo(list.get(0).force());
        assertThat(list.get(i).function()).isEqualTo(list.get(0).function());
      }
    }
  }

  @Test
  void noPcsoOrSpecialConstableIsInTwoPlacesAtOnceNorAnOfficerAlso() {
    // The quickstart with a third of its extra visible patrols offered to PCSOs and a fifth to special constables, of
    // whom the Met has only 20 and 15, so each is asked again and again.
    Scenario withPatrols = ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"),
        java.util.List.of("staff.patrolShares.PCSO=0.34", "staff.patrolShares.SPECIAL_CONSTABLE=0.2",
            "staff.pcsoFte.MET=20", "staff.specials.MET=15"));
    List<SimEvent> run = new ArrayList<>();
    CtsimModel.simulate(withPatrols, 42L, run::add);
    var duties = run.stream().filter(SimEvent.StaffDeployed.class::isInstance).map(SimEvent.StaffDeployed.class::cast)
        .filter(d -> d.function() == uk.ctsim.scenario.StaffFunction.PCSO
            || d.function() == uk.ctsim.scenario.StaffFunction.SPECIAL_CONSTABLE)
        .toList();
    assertThat(duties.stream().map(SimEvent.StaffDeployed::function).distinct()).hasSize(2);
    long rest = Math.round(withPatrols.staff().minRestHours() * 60);
    long specialsCap = Math.round(withPatrols.staff().specialsMaxWeeklyHours() * 60);
    Map<Integer, List<SimEvent.StaffDeployed>> byMember = new HashMap<>();
    for (var d : duties) byMember.computeIfAbsent(d.staffId(), k -> new ArrayList<>()).add(d);
    assertThat(byMember.values()).anySatisfy(list -> assertThat(list).hasSizeGreaterThan(1));
    var clock = new uk.ctsim.model.events.SimCalendar(withPatrols.period());
    for (var list : byMember.values()) {
      list.sort((a, b) -> Long.compare(a.minute(), b.minute()));
      Map<Integer, Long> weekMinutes = new HashMap<>();
      for (int i = 0; i < list.size(); i++) {
        var d = list.get(i);
        if (d.function() == uk.ctsim.scenario.StaffFunction.SPECIAL_CONSTABLE) {
          long week = weekMinutes.merge(clock.weekIndex((int) (d.minute() / 1440)), (long) d.minutes(), Long::sum);
          assertThat(week).as("special constable %d", d.staffId()).isLessThanOrEqualTo(specialsCap);
        }
        if (i == 0) continue;
        assertThat(d.minute()).as("member %d", d.staffId()).isGreaterThanOrEqualTo(list.get(i - 1).endMinute() + rest);
        assertThat(d.function()).isEqualTo(list.get(0).function());
      }
    }
    // Posture patrols are the home force's.
    assertThat(duties).allSatisfy(d -> assertThat(d.force()).isEqualTo(ForceId.MET));
  }

  @Test
  void officerMinutesAreConservedInEveryDeployment() {
    for (var d : all(SimEvent.OfficerDeployed.class)) {
      int split = d.split().rostered() + d.split().overtime() + d.split().restDay() + d.split().leave();
      assertThat(split).as("%s", d).isEqualTo(d.minutes());
      assertThat(d.minutes()).isPositive();
    }
  }

  @Test
  void workingTimeLimitsHoldUnlessASuspensionIsRecorded() {
    long maxShift = Math.round(scenario.deployment().workingTime().maxShiftHours() * 60);
    long minRest = Math.round(scenario.deployment().workingTime().minRestHours() * 60);
    Set<String> suspended = new HashSet<>();
    for (var s : all(SimEvent.WorkingTimeSuspended.class)) suspended.add(s.officerId() + "@" + s.minute() + ":" + s.rule());
    Map<Integer, List<SimEvent.OfficerDeployed>> byOfficer = new HashMap<>();
    for (var d : all(SimEvent.OfficerDeployed.class)) {
      byOfficer.computeIfAbsent(d.officerId(), k -> new ArrayList<>()).add(d);
      if (d.minutes() > maxShift) assertThat(suspended).contains(d.officerId() + "@" + d.minute() + ":MAX_SHIFT");
    }
    for (var list : byOfficer.values()) {
      list.sort((a, b) -> Long.compare(a.minute(), b.minute()));
      for (int i = 1; i < list.size(); i++) {
        var next = list.get(i);
        if (next.minute() - list.get(i - 1).endMinute() < minRest) {
          boolean recorded = suspended.contains(next.officerId() + "@" + next.minute() + ":MIN_REST")
              || suspended.contains(list.get(i - 1).officerId() + "@" + list.get(i - 1).minute() + ":MIN_REST");
          assertThat(recorded).as("rest before %s", next).isTrue();
        }
      }
    }
    assertThat(all(SimEvent.WorkingTimeSuspended.class)).allSatisfy(s ->
        assertThat(s.demand().kind()).isEqualTo(uk.ctsim.model.events.DemandKind.INCIDENT_IMMEDIATE));
  }

  @Test
  void floorsAreNeverBreached() {
    Map<String, Integer> onDuty = new HashMap<>();
    for (var r : all(SimEvent.DayRostered.class)) onDuty.put(r.force() + "/" + r.role() + "/" + r.date(), r.officersOnDuty());
    Map<String, Integer> taken = new HashMap<>();
    var start = scenario.period().start();
    for (var d : all(SimEvent.OfficerDeployed.class)) {
      if (d.split().rostered() == 0) continue;
      taken.merge(d.force() + "/" + d.role() + "/" + start.plusDays(d.minute() / 1440), 1, Integer::sum);
    }
    taken.forEach((key, count) -> {
      Role role = Role.valueOf(key.split("/")[1]);
      double floor = scenario.deployment().floors().get(role);
      assertThat(count).as(key).isLessThanOrEqualTo((int) Math.floor(onDuty.getOrDefault(key, 0) * (1 - floor)));
    });
  }

  @Test
  void restDayAndLeaveCancellationsMatchTheDeploymentsThatCausedThem() {
    long restDayDeployments = all(SimEvent.OfficerDeployed.class).stream()
        .filter(d -> d.source() == uk.ctsim.scenario.SupplySource.REST_DAY).count();
    long leaveDeployments = all(SimEvent.OfficerDeployed.class).stream()
        .filter(d -> d.source() == uk.ctsim.scenario.SupplySource.LEAVE).count();
    assertThat(all(SimEvent.RestDayCancelled.class)).hasSize((int) restDayDeployments);
    assertThat(all(SimEvent.LeaveCancelled.class)).hasSize((int) leaveDeployments);
  }

  @Test
  void mutualAidArrivesOnlyAfterItsLeadTimeAndNeverAsALondonForce() {
    long lead = Math.round(scenario.deployment().mutualAid().leadTimeHours() * 60);
    var requested = all(SimEvent.MutualAidRequested.class);
    for (var r : requested) assertThat(r.arrivalMinute() - r.minute()).isEqualTo(lead);
    assertThat(all(SimEvent.OfficerDeployed.class)).noneMatch(d -> d.force() == ForceId.NATIONAL);
  }

  @Test
  void sameSeedSameEventsDifferentSeedDifferentEvents() {
    List<SimEvent> again = new ArrayList<>();
    CtsimModel.simulate(scenario, 42L, again::add);
    assertThat(again).isEqualTo(events);
    List<SimEvent> other = new ArrayList<>();
    CtsimModel.simulate(scenario, 43L, other::add);
    assertThat(other).isNotEqualTo(events);
  }
}
