package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.model.TestScenario.day;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.MilitaryPeriod;
import uk.ctsim.scenario.MilitarySpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ThreatLevel;

/** Soldiers as people: one post at a time, rest between guard shifts, dated periods; values worked out by hand. */
class MilitaryPoolTest {
  private static final LocalDate START = TestScenario.START;
  private static final DemandRef SITES = new DemandRef(DemandKind.PROTECTED_SITES, "posture", ForceId.MET, 0);
  private final List<SimEvent> out = new ArrayList<>();

  private static DemandShift guard(int soldiers, long start) {
    return new DemandShift(SITES, Role.ARMED, null, soldiers, start, start + 8 * Minutes.PER_HOUR, start, 0, false);
  }

  private MilitaryPool pool(int soldiers, List<MilitaryPeriod> periods, boolean dated) {
    MilitarySpec spec = new MilitarySpec(true, soldiers, 0.0, Set.of(Role.ARMED), null, null, 11.0, periods);
    return new MilitaryPool(spec, new SimCalendar(START, 30), out::add, dated);
  }

  @Test
  void aPostHeldRoundTheClockTakesAboutThreeSoldiers() {
    MilitaryPool p = pool(30, List.of(), false);
    ThreatSnapshot critical = TestScenario.threat(ThreatLevel.CRITICAL, 0);
    long d1 = day(1);
    // 07:00-15:00 takes soldiers 1-15, 15:00-23:00 soldiers 16-30; at 23:00 the first have rested 8 hours of 11
    assertThat(p.fill(guard(15, d1 + 7 * 60), 15, critical)).isEqualTo(15);
    assertThat(p.fill(guard(15, d1 + 15 * 60), 15, critical)).isEqualTo(15);
    assertThat(p.fill(guard(15, d1 + 23 * 60), 15, critical)).isZero();
    // 07:00 next day: soldiers 1-15 have rested 16 hours, 16-30 only 8
    assertThat(p.fill(guard(20, day(2) + 7 * 60), 20, critical)).isEqualTo(15);
    List<Integer> ids = out.stream().filter(SimEvent.SoldierOnGuard.class::isInstance)
        .map(e -> ((SimEvent.SoldierOnGuard) e).soldierId()).toList();
    assertThat(ids).hasSize(45);
    assertThat(ids.subList(30, 45)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    assertThat(out).contains(new SimEvent.MilitaryDeployed(day(2) + 7 * 60, day(2) + 15 * 60, SITES, 15));
  }

  @Test
  void withDatedPeriodsSoldiersGuardOnlyInThemWhateverTheLevel() {
    List<MilitaryPeriod> may = List.of(new MilitaryPeriod(START.plusDays(1).atTime(12, 0), START.plusDays(3).atTime(0, 0)));
    MilitaryPool p = pool(10, may, true);
    ThreatSnapshot severe = TestScenario.threat(ThreatLevel.SEVERE, Minutes.NONE);
    assertThat(p.fill(guard(4, day(1) + 7 * 60), 4, severe)).as("before the period").isZero();
    assertThat(p.fill(guard(4, day(1) + 15 * 60), 4, severe)).as("in it, at SEVERE").isEqualTo(4);
    assertThat(p.fill(guard(4, day(3)), 4, severe)).as("from its end").isZero();
    // without a threat timeline the periods do not apply: CRITICAL posture after the lead time (0 here)
    MilitaryPool undated = pool(10, may, false);
    assertThat(undated.fill(guard(4, day(1) + 7 * 60), 4, TestScenario.threat(ThreatLevel.CRITICAL, day(1))))
        .isEqualTo(4);
    assertThat(undated.fill(guard(4, day(1) + 15 * 60), 4, severe)).isZero();
  }

  @Test
  void restIsCountedBeforeAsWellAsAfterAShift() {
    MilitaryPool p = pool(1, List.of(), false);
    ThreatSnapshot critical = TestScenario.threat(ThreatLevel.CRITICAL, 0);
    assertThat(p.fill(guard(1, day(2)), 1, critical)).isEqualTo(1);
    // a shift booked later that ends 10 hours before the first begins: less than 11 hours' rest
    assertThat(p.free(0, day(1) + 6 * 60, day(1) + 14 * 60)).isFalse();
    assertThat(p.free(0, day(1) + 5 * 60, day(1) + 13 * 60)).as("exactly 11 hours").isTrue();
    assertThat(p.free(0, day(2) + 8 * 60 + 11 * 60, day(2) + 27 * 60)).isTrue();
    assertThat(p.free(0, day(2) + 8 * 60 + 11 * 60 - 1, day(2) + 27 * 60)).isFalse();
  }
}
