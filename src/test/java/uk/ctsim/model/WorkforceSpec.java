package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.Establishment;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.LeaveSpec;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;

/**
 * The workforce: ranks allotted by exact quotas (largest remainder), accreditations to the nearest whole officer,
 * officers spread over the roster's offsets, leave and sickness drawn once, and the officers on duty each day.
 */
class WorkforceSpec {
  private static Workforce workforce(Scenario s, long seed) {
    return new Workforce(s, new SimCalendar(s.period()), new RandomStreams(seed));
  }

  @Test
  void ranksAreExactQuotasByLargestRemainder() {
    // 10 officers at 55% / 25% / 20%: 5.5, 2.5, 2 whole 5, 2, 2; the one left goes to the first largest remainder.
    TestScenario b = TestScenario.builder();
    Scenario s = b.build();
    var forces = new java.util.ArrayList<>(s.forces());
    forces.set(0, new uk.ctsim.scenario.ForceSpec(ForceId.MET, 1.0, Map.of(Role.RESPONSE, new Establishment(10,
        Map.of(Rank.CONSTABLE, 0.55, Rank.SERGEANT, 0.25, Rank.INSPECTOR, 0.2),
        Map.of(Accreditation.AFO, 0.25, Accreditation.SEARCH, 0.3, Accreditation.DETECTIVE, 1.0)))));
    Scenario custom = new Scenario(s.name(), null, s.period(), null, forces, s.rosters(), s.leave(), s.pay(), s.costs(),
        s.events(), s.generators(), s.threat(), s.posture(), s.incidents(), s.pursue(), s.deployment());
    Pool pool = workforce(custom, 3).pool(ForceId.MET, Role.RESPONSE);
    Map<Rank, Long> ranks = pool.officers.stream().collect(Collectors.groupingBy(Officer::rank, Collectors.counting()));
    assertThat(ranks).containsExactlyInAnyOrderEntriesOf(Map.of(Rank.CONSTABLE, 6L, Rank.SERGEANT, 2L, Rank.INSPECTOR, 2L));
    // round(2.5) = 3 AFO, round(3) = 3 search, all 10 detectives.
    assertThat(pool.officers.stream().filter(o -> o.holds(Accreditation.AFO))).hasSize(3);
    assertThat(pool.officers.stream().filter(o -> o.holds(Accreditation.SEARCH))).hasSize(3);
    assertThat(pool.officers.stream().filter(o -> o.holds(Accreditation.DETECTIVE))).hasSize(10);
    assertThat(pool.officers.stream().filter(o -> o.holds(Accreditation.ARV))).isEmpty();
  }

  @Test
  void officersAreSpreadOverTheRosterOffsetsAndNumberedInOrder() {
    Scenario s = TestScenario.builder().officers(Role.NEIGHBOURHOOD, 10).officers(Role.RESPONSE, 4)
        .roster(Role.NEIGHBOURHOOD, "DDDRR").build();
    Workforce w = workforce(s, 1);
    Pool n = w.pool(ForceId.MET, Role.NEIGHBOURHOOD);
    assertThat(n.officers).extracting(o -> o.rosterOffset).containsExactly(0, 1, 2, 3, 4, 0, 1, 2, 3, 4);
    assertThat(w.officers()).hasSize(14);
    for (int i = 0; i < w.officers().size(); i++) assertThat(w.officers().get(i).id()).isEqualTo(i);
    // Day 0: offsets 0, 1, 2 work (cycle positions 0-2), 3 and 4 rest: 6 of 10 on duty for 8 hours each.
    assertThat(n.onDuty[0]).isEqualTo(6);
    assertThat(n.rosteredMinutes[0]).isEqualTo(6 * 480);
    assertThat(n.onDuty[1]).isEqualTo(6);
    assertThat(w.pool(ForceId.MET, Role.RESPONSE).onDuty[0]).isEqualTo(4);
    assertThat(w.pool(ForceId.CITY, Role.RESPONSE)).isNull();
    assertThat(w.forces()).containsExactly(ForceId.MET);
    assertThat(w.pools()).hasSize(Role.values().length);
    assertThat(w.roster.cycleLength(Role.NEIGHBOURHOOD)).isEqualTo(5);
  }

  @Test
  void everyOfficerTakesTheirShareOfLeaveOnRosteredDaysAndIsOffDutyThen() {
    // 26 days a year over 28 days: round(26 x 28 / 365) = round(1.99) = 2 leave days each.
    Scenario s = TestScenario.builder().officers(Role.NEIGHBOURHOOD, 50).leave(new LeaveSpec(26, 5, 0.0)).build();
    Workforce w = workforce(s, 9);
    Pool p = w.pool(ForceId.MET, Role.NEIGHBOURHOOD);
    int total = 0;
    for (Officer o : p.officers) {
      int days = 0;
      for (int d = 0; d < 28; d++) if (o.onLeave(d)) days++;
      assertThat(days).as("officer %d", o.id()).isEqualTo(2);
      total += days;
    }
    int onDutyDays = 0;
    for (int d = 0; d < 28; d++) onDutyDays += p.onDuty[d];
    assertThat(onDutyDays).isEqualTo(50 * 28 - total);
  }

  @Test
  void sicknessIsPoissonOverTheYear() {
    // 8 sick days a year drawn uniformly over 365 days: distinct days per officer average 365 (1 - e^(-8/365)) = 7.913;
    // over 1,000 officers the total has sd under sqrt(8,000) = 89.4, so the band is ±403 (4.5 sd).
    Scenario s = TestScenario.builder().period(LocalDate.of(2017, 1, 2), 365).officers(Role.RESPONSE, 1000)
        .leave(new LeaveSpec(0, 5, 8.0)).build();
    Workforce w = workforce(s, 4);
    long sick = 0;
    for (Officer o : w.officers()) for (int d = 0; d < 365; d++) if (o.sick(d)) sick++;
    assertThat((double) sick).isCloseTo(1000 * 365 * (1 - Math.exp(-8 / 365.0)), within(4.5 * Math.sqrt(8000)));
    Pool p = w.pool(ForceId.MET, Role.RESPONSE);
    long onDuty = 0;
    for (int d = 0; d < 365; d++) onDuty += p.onDuty[d];
    assertThat(onDuty).isEqualTo(1000L * 365 - sick);
  }
}
