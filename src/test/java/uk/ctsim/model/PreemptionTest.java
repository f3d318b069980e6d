package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.model.TestScenario.day;
import static uk.ctsim.model.TestScenario.only;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.EventSpec;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.PhaseSpec;
import uk.ctsim.scenario.PreemptionSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Pre-emption: an attack at 10:00 on day 3 asks far more CTSFO-accredited armed officers than there are (about half of
 * the 60 armed officers hold it); an event that afternoon (12:00 to 20:00, planned on 1 May) has 10 armed officers of
 * any accreditation booked. With pre-emption on, the CTSFOs booked on the event are taken for the attack, their event
 * bookings are never recorded (so never paid), and the event's places are re-filled at once, at no clear day's notice,
 * from armed officers without the accreditation kept on after their tour (overtime unplanned when the tour began)
 * or called in from a rest day at no clear day's notice. Armed officers work 08:00 to 16:00 on alternate days (half of them on day 3); everyone else every day.
 */
class PreemptionTest {
  private static final long T = day(3) + 600;
  private static final long EVENT_START = day(3) + 12 * 60;

  private static TestScenario scenario(int attackOfficers, PreemptionSpec preemption) {
    EventSpec event = new EventSpec("match", null, EventType.SPORT, null, TestScenario.START.plusDays(3), 1,
        LocalTime.of(12, 0), 8.0, null, null, LocalDate.of(2017, 5, 1), ThreatLevel.SEVERE,
        List.of(new StaffingRow(Role.ARMED, 10, null)), null, null);
    return TestScenario.builder().officers(Role.ARMED, 60, Map.of(Accreditation.CTSFO, 0.5)).officers(Role.NEIGHBOURHOOD, 10).floor(Role.ARMED, 0)
        .roster(Role.ARMED, "DR").fillOrder(SupplySource.ON_DUTY, SupplySource.OVERTIME, SupplySource.REST_DAY).event(event)
        .incidentType(AttackType.FIREARMS, new IncidentTypeSpec(null, 8.0, 0.0, List.of(TestScenario.phase(
            PhaseSpec.Kind.IMMEDIATE, 0, 0.25, 6, true, 0, new StaffingRow(Role.ARMED, attackOfficers, Accreditation.CTSFO))), null))
        .incidentAt("x", AttackType.FIREARMS, LocalDateTime.of(TestScenario.START.plusDays(3), LocalTime.of(10, 0)))
        .preemption(preemption);
  }

  private static List<SimEvent.OfficerDeployed> deployed(List<SimEvent> events, DemandKind kind) {
    return only(events, SimEvent.OfficerDeployed.class).stream().filter(d -> d.demand().kind() == kind).toList();
  }

  @Test
  void anAttackTakesOfficersBookedOnTheEventAndTheEventIsRefilledAtShortNotice() {
    List<SimEvent> events = scenario(200, new PreemptionSpec(true, 24.0)).run(1);
    List<SimEvent.OfficerPreempted> preempted = only(events, SimEvent.OfficerPreempted.class);
    assertThat(preempted).hasSize(5).allSatisfy(p -> {
      assertThat(p.minute()).isEqualTo(T);
      assertThat(p.from().kind()).isEqualTo(DemandKind.EVENT);
      assertThat(p.from().reference()).isEqualTo("match");
      assertThat(p.fromStart()).isEqualTo(EVENT_START);
      assertThat(p.to().reference()).isEqualTo("x");
      assertThat(p.role()).isEqualTo(Role.ARMED);
    });
    Set<Integer> taken = preempted.stream().map(SimEvent.OfficerPreempted::officerId).collect(Collectors.toSet());
    assertThat(taken).hasSameSizeAs(preempted);
    // Each officer taken works the attack and is never recorded (so never paid) on the event.
    Set<Integer> atAttack = deployed(events, DemandKind.INCIDENT_IMMEDIATE).stream()
        .map(SimEvent.OfficerDeployed::officerId).collect(Collectors.toSet());
    List<SimEvent.OfficerDeployed> atEvent = deployed(events, DemandKind.EVENT);
    assertThat(atAttack).containsAll(taken);
    assertThat(atEvent).noneMatch(d -> taken.contains(d.officerId()));
    // The event's 10 places: those kept at a month's notice, the rest re-filled at the attack with no clear day's
    // notice, or recorded unmet; none lost, none counted twice.
    List<SimEvent.OfficerDeployed> kept = atEvent.stream().filter(d -> d.noticeDays() > 0).toList();
    List<SimEvent.OfficerDeployed> refilled = atEvent.stream().filter(d -> d.noticeDays() == 0).toList();
    int unmet = only(events, SimEvent.DemandUnmet.class).stream().filter(u -> u.demand().kind() == DemandKind.EVENT)
        .mapToInt(SimEvent.DemandUnmet::officersShort).sum();
    assertThat(kept).hasSize(10 - preempted.size());
    assertThat(refilled.size() + unmet).isEqualTo(preempted.size());
    assertThat(unmet).isZero();
    assertThat(refilled).allSatisfy(d -> {
      // Paid above rostered time, at the notice of the re-plan: overtime unplanned when the officer's tour began (kept
      // on from the 08:00 tour to 20:00), or a rest day cancelled at no clear day's notice.
      assertThat(d.source()).isIn(SupplySource.OVERTIME, SupplySource.REST_DAY);
      if (d.source() == SupplySource.OVERTIME) {
        assertThat(d.facts().unplannedOvertime()).isTrue();
        assertThat(d.split().overtime()).isEqualTo(4 * 60);
      }
      assertThat(d.demand().reference()).isEqualTo("match");
      assertThat(d.facts().notifiedMinute()).isEqualTo(T);
      assertThat(d.minute()).isEqualTo(EVENT_START);
    });
    Set<Integer> restDays = refilled.stream().filter(d -> d.source() == SupplySource.REST_DAY)
        .map(SimEvent.OfficerDeployed::officerId).collect(Collectors.toSet());
    assertThat(only(events, SimEvent.RestDayCancelled.class).stream()
        .filter(r -> restDays.contains(r.officerId())).toList()).hasSameSizeAs(restDays)
        .allSatisfy(r -> assertThat(r.noticeDays()).isZero());
    assertNobodyInTwoPlaces(events);
  }

  @Test
  void withPreemptionOffTheAttackIsShortAndTheEventKeepsItsOfficers() {
    List<SimEvent> off = scenario(200, null).run(1);
    assertThat(only(off, SimEvent.OfficerPreempted.class)).isEmpty();
    assertThat(deployed(off, DemandKind.EVENT)).hasSize(10).allSatisfy(d -> assertThat(d.noticeDays()).isEqualTo(37));
    assertThat(off).isEqualTo(scenario(200, new PreemptionSpec(false, 24.0)).run(1));
    List<SimEvent> on = scenario(200, new PreemptionSpec(true, 24.0)).run(1);
    int shortOff = unmet(off, DemandKind.INCIDENT_IMMEDIATE);
    int shortOn = unmet(on, DemandKind.INCIDENT_IMMEDIATE);
    assertThat(shortOff - shortOn).isEqualTo(only(on, SimEvent.OfficerPreempted.class).size());
  }

  @Test
  void heldBookingsThatNoAttackTakesAreRecordedUnchanged() {
    // An attack that its normal fill covers pre-empts nobody: the same events, recorded later.
    List<SimEvent> off = scenario(2, null).run(1);
    List<SimEvent> on = scenario(2, new PreemptionSpec(true, 24.0)).run(1);
    assertThat(only(on, SimEvent.OfficerPreempted.class)).isEmpty();
    assertThat(counts(on)).isEqualTo(counts(off));
  }

  @Test
  void aDutyBeyondTheHorizonIsNotTaken() {
    // The event starts 2 hours after the attack: a 1.9-hour horizon does not reach it, a 2-hour one does.
    List<SimEvent> events = scenario(200, new PreemptionSpec(true, 1.9)).run(1);
    assertThat(only(events, SimEvent.OfficerPreempted.class)).isEmpty();
    assertThat(scenario(200, new PreemptionSpec(true, 2.0)).run(1)).anyMatch(e -> e instanceof SimEvent.OfficerPreempted);
  }

  private static int unmet(List<SimEvent> events, DemandKind kind) {
    return only(events, SimEvent.DemandUnmet.class).stream().filter(u -> u.demand().kind() == kind)
        .mapToInt(SimEvent.DemandUnmet::officersShort).sum();
  }

  private static Map<SimEvent, Integer> counts(List<SimEvent> events) {
    Map<SimEvent, Integer> m = new HashMap<>();
    for (SimEvent e : events) m.merge(e, 1, Integer::sum);
    return m;
  }

  private static void assertNobodyInTwoPlaces(List<SimEvent> events) {
    Map<Integer, List<SimEvent.OfficerDeployed>> byOfficer = only(events, SimEvent.OfficerDeployed.class).stream()
        .collect(Collectors.groupingBy(SimEvent.OfficerDeployed::officerId));
    byOfficer.forEach((id, list) -> {
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          SimEvent.OfficerDeployed a = list.get(i);
          SimEvent.OfficerDeployed b = list.get(j);
          assertThat(a.minute() < b.endMinute() && b.minute() < a.endMinute()).as("officer %d twice", id).isFalse();
        }
      }
    });
  }
}
