package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.ctsim.model.TestScenario.byLevel;
import static uk.ctsim.model.TestScenario.day;
import static uk.ctsim.model.TestScenario.only;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.EventSpec;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.PhaseSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;

/**
 * The model's wiring: what it records each day, which calendar events it puts on the calendar, and random incidents
 * arriving at their level's rate. The statistical check uses fixed seeds (deterministic) with a ±4.5 sd band.
 */
class SimulationSpec {
  private static IncidentTypeSpec hoaxes(Map<ThreatLevel, Double> rates) {
    return new IncidentTypeSpec(rates, null, null, List.of(TestScenario.phase(PhaseSpec.Kind.IMMEDIATE, 0, 0.05, 1,
        true, 0, new StaffingRow(Role.RESPONSE, 1, null))), null);
  }

  @Test
  void everyDayStartsWithTheLevelPostureAndEachPoolsRosteredOfficers() {
    List<SimEvent> events = TestScenario.builder().period(TestScenario.START, 3).officers(Role.NEIGHBOURHOOD, 12)
        .officers(ForceId.CITY, Role.ARMED, 5).fixed(ThreatLevel.SEVERE)
        .multipliers(byLevel(0.6, 0.75, 0.8, 1.0, 1.6), byLevel(0.4, 0.6, 0.5, 1.0, 2.2)).run(1);
    assertThat(only(events, SimEvent.DayStarted.class)).containsExactly(
        new SimEvent.DayStarted(0, TestScenario.START, ThreatLevel.SEVERE, 1.25, 2.0),
        new SimEvent.DayStarted(day(1), TestScenario.START.plusDays(1), ThreatLevel.SEVERE, 1.25, 2.0),
        new SimEvent.DayStarted(day(2), TestScenario.START.plusDays(2), ThreatLevel.SEVERE, 1.25, 2.0));
    var rostered = only(events, SimEvent.DayRostered.class);
    assertThat(rostered).hasSize(3 * 2 * Role.values().length);
    assertThat(rostered).filteredOn(r -> r.role() == Role.NEIGHBOURHOOD && r.force() == ForceId.MET)
        .extracting(SimEvent.DayRostered::officersOnDuty).containsExactly(12, 12, 12);
    assertThat(rostered).filteredOn(r -> r.role() == Role.ARMED && r.force() == ForceId.CITY)
        .allSatisfy(r -> assertThat(r.rosteredMinutes()).isEqualTo(5 * 480));
    assertThat(rostered).filteredOn(r -> r.role() == Role.ARMED && r.force() == ForceId.MET)
        .allSatisfy(r -> assertThat(r.officersOnDuty()).isZero());
  }

  private static EventSpec event(String id, LocalDate start, int days) {
    return new EventSpec(id, null, EventType.FESTIVAL, null, start, days, LocalTime.of(8, 0), 8.0, null, null,
        start.minusDays(30), null, List.of(new StaffingRow(Role.NEIGHBOURHOOD, 2, null)), null, 0.5);
  }

  @Test
  void onlyEventsWithADayInsideThePeriodAreOnTheCalendarAndHeldOnTheirDaysInside() {
    LocalDate s = TestScenario.START;
    List<SimEvent> events = TestScenario.builder().period(s, 5).officers(Role.NEIGHBOURHOOD, 20)
        .event(event("before", s.minusDays(3), 3)).event(event("straddles", s.minusDays(1), 2))
        .event(event("inside", s.plusDays(2), 1)).event(event("last", s.plusDays(4), 3))
        .event(event("after", s.plusDays(5), 1)).run(1);
    assertThat(only(events, SimEvent.EventScheduled.class)).extracting(SimEvent.EventScheduled::eventId)
        .containsExactly("inside", "last", "straddles");
    var scheduled = only(events, SimEvent.EventScheduled.class).get(0);
    assertThat(scheduled.recoveredShare()).isEqualTo(0.5);
    assertThat(scheduled.generatorId()).isNull();
    assertThat(scheduled.days()).isEqualTo(1);
    assertThat(only(events, SimEvent.EventDayHeld.class)).extracting(h -> h.eventId() + "@" + h.minute() / 1440)
        .contains("inside@2", "last@4");
  }

  @Test
  void anEventOnTheFirstDayIsHeldOnIt() {
    LocalDate s = TestScenario.START;
    List<SimEvent> events = TestScenario.builder().period(s, 3).officers(Role.NEIGHBOURHOOD, 20)
        .event(event("opening", s, 1)).run(1);
    assertThat(only(events, SimEvent.EventDayHeld.class)).extracting(SimEvent.EventDayHeld::eventId)
        .containsExactly("opening");
  }

  @Test
  void randomIncidentsArriveAtTheRateOfTheLevelAtTheTime() {
    // SUBSTANTIAL (none) until day 14, then SEVERE at 700 a year; CRITICAL's 1,000 a year is the thinned process's
    // top rate. Over 14 SEVERE days and 6 seeds the count is Poisson with mean 6 x 14 x 700 / 365 = 161.1 (sd 12.7).
    ThreatSpec timeline = new ThreatSpec(ThreatSpec.Mode.TIMELINE, ThreatLevel.SUBSTANTIAL,
        List.of(new ThreatSpec.Change(TestScenario.START.plusDays(14), ThreatLevel.SEVERE)), null, null);
    int n = 0;
    for (long seed = 1; seed <= 6; seed++) {
      List<SimEvent> events = TestScenario.builder().officers(Role.RESPONSE, 10).threat(timeline)
          .incidentType(AttackType.HOAX, hoaxes(Map.of(ThreatLevel.SEVERE, 700.0, ThreatLevel.CRITICAL, 1000.0)))
          .run(seed);
      var incidents = only(events, SimEvent.IncidentOccurred.class);
      assertThat(incidents).allSatisfy(i -> {
        assertThat(i.minute()).isGreaterThanOrEqualTo(day(14));
        assertThat(i.incidentId()).matches("hoax-[0-9]+");
        assertThat(i.name()).isEqualTo("HOAX " + TestScenario.START.plusDays(i.minute() / 1440));
        assertThat(i.force()).isEqualTo(ForceId.MET);
        assertThat(i.fromPlot()).isFalse();
      });
      List<Integer> numbers = incidents.stream().map(i -> Integer.parseInt(i.incidentId().substring(5))).toList();
      assertThat(numbers).isSorted().doesNotHaveDuplicates();
      // Hoaxes are not attacks: the level never moves.
      assertThat(only(events, SimEvent.ThreatLevelChanged.class)).hasSize(1);
      n += incidents.size();
    }
    double mean = 6 * 14 * 700 / 365.0;
    assertThat((double) n).isCloseTo(mean, within(4.5 * Math.sqrt(mean)));
  }

  @Test
  void aTypeWithNoRateAtAnyLevelNeverArrivesUnscheduled() {
    List<SimEvent> events = TestScenario.builder().officers(Role.RESPONSE, 10)
        .incidentType(AttackType.HOAX, hoaxes(Map.of(ThreatLevel.SEVERE, 0.0))).run(1);
    assertThat(only(events, SimEvent.IncidentOccurred.class)).isEmpty();
  }

  @Test
  void theSameScenarioAndSeedRecordTheSameEvents() {
    TestScenario b = TestScenario.builder().officers(Role.RESPONSE, 10)
        .incidentType(AttackType.HOAX, hoaxes(Map.of(ThreatLevel.SEVERE, 200.0)));
    assertThat(b.run(5)).isEqualTo(b.run(5)).isNotEqualTo(b.run(6));
  }
}
