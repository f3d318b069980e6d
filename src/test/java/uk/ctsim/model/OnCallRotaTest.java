package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.SimEvent.OfficerOnCall;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/**
 * The on-call rota: officers held on call each day a rota line applies (threat level at 00:00, dated periods), taken
 * in turn through the pool, never on leave or sick, on a rest day only where the line allows it. The minimal scenario
 * is CRITICAL from 5 to 7 June 2017 (SEVERE from 8 June); ARMED officers work EEEERRR.
 */
class OnCallRotaTest {
  private static final Path MINIMAL = Path.of("src/test/resources/scenarios/valid/minimal.yaml").toAbsolutePath();
  private static final String ROTA = "pay.allowances.onCall=[{id: critical, force: MET, role: ARMED, "
      + "officersPerDay: 3, fromLevel: CRITICAL}, {id: dated, force: MET, role: ARMED, officersPerDay: 2, "
      + "periods: [{start: 2017-06-12, end: 2017-06-13}], restDays: true}]";

  private static List<OfficerOnCall> held(Scenario s) {
    List<OfficerOnCall> out = new ArrayList<>();
    CtsimModel.simulate(s, 11, e -> {
      if (e instanceof OfficerOnCall c) out.add(c);
    });
    return out;
  }

  private static Scenario scenario(String... more) {
    List<String> overrides = new ArrayList<>(List.of("leave.annualLeaveDays=0", "leave.sickDaysPerYear=0", ROTA));
    overrides.addAll(List.of(more));
    return ScenarioLoader.load(MINIMAL, overrides);
  }

  @Test
  void eachLineHoldsItsOfficersOnTheDaysItAppliesAndTheDutyGoesRound() {
    Scenario s = scenario();
    List<OfficerOnCall> held = held(s);
    Map<String, Map<LocalDate, Long>> byLine = held.stream().collect(Collectors.groupingBy(OfficerOnCall::rotaId,
        java.util.TreeMap::new, Collectors.groupingBy(OfficerOnCall::day, java.util.TreeMap::new, Collectors.counting())));
    assertThat(byLine.get("critical")).containsExactly(Map.entry(LocalDate.of(2017, 6, 5), 3L),
        Map.entry(LocalDate.of(2017, 6, 6), 3L), Map.entry(LocalDate.of(2017, 6, 7), 3L));
    assertThat(byLine.get("dated")).containsExactly(Map.entry(LocalDate.of(2017, 6, 12), 2L),
        Map.entry(LocalDate.of(2017, 6, 13), 2L));
    // the CRITICAL line never holds an officer on a rest day, and 20 officers cover 3 days without a repeat
    List<OfficerOnCall> critical = held.stream().filter(c -> c.rotaId().equals("critical")).toList();
    assertThat(critical).noneMatch(OfficerOnCall::restDay);
    assertThat(critical.stream().map(OfficerOnCall::officerId).distinct().count()).isEqualTo(9);
    assertThat(held).allMatch(c -> c.role() == Role.ARMED && c.minute() == new SimCalendar(s.period()).minuteOf(
        c.day().atStartOfDay()));
    // checked against the roster: an officer held on a working day is rostered on it
    Workforce w = new Workforce(s, new SimCalendar(s.period()), new RandomStreams(11));
    SimCalendar clock = new SimCalendar(s.period());
    for (OfficerOnCall c : held) {
      Officer o = w.officers().stream().filter(x -> x.id == c.officerId()).findFirst().orElseThrow();
      assertThat(w.roster.rosteredOn(o, clock.dayOf(c.day()))).isEqualTo(!c.restDay());
    }
    assertThat(held(s)).isEqualTo(held);
  }

  @Test
  void aLineWithRestDaysHoldsRestDayOfficersTooAndWithoutARotaNoOneIsHeld() {
    List<OfficerOnCall> all = held(scenario("pay.allowances.onCall[1].officersPerDay=20"));
    List<OfficerOnCall> dated = all.stream().filter(c -> c.rotaId().equals("dated")).toList();
    // every one of the 20 ARMED officers on each of the two days, on a rest day or not
    assertThat(dated).hasSize(40);
    assertThat(dated).anyMatch(OfficerOnCall::restDay).anyMatch(c -> !c.restDay());
    List<OfficerOnCall> none = held(ScenarioLoader.load(MINIMAL, List.of()));
    assertThat(none).isEmpty();
  }
}
