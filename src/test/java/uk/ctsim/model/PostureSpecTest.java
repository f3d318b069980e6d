package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.ctsim.model.TestScenario.byLevel;
import static uk.ctsim.model.TestScenario.day;
import static uk.ctsim.model.TestScenario.only;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Posture: the multiplier of each level relative to the reference level, the decaying uplift after an attack (checked
 * at given days), and the citywide guards and patrols that the posture adds above what ordinary duty covers.
 */
class PostureSpecTest {
  private static final Map<ThreatLevel, Double> UNARMED = byLevel(0.6, 0.75, 0.85, 1.0, 1.6);
  private static final Map<ThreatLevel, Double> ARMED = byLevel(0.4, 0.6, 0.8, 1.0, 2.2);

  private static ThreatState threat(TestScenario b) {
    return b.parts(1, e -> {}).threat();
  }

  private static int demanded(List<SimEvent> events, long start) {
    int n = 0;
    for (SimEvent e : events) {
      if (e instanceof SimEvent.OfficerDeployed d && d.minute() == start) n++;
      if (e instanceof SimEvent.DemandUnmet u && u.minute() == start) n += u.officersShort();
    }
    return n;
  }

  @Test
  void theMultiplierOfALevelIsItsValueOverTheReferenceLevels() {
    for (ThreatLevel level : ThreatLevel.values()) {
      ThreatState t = threat(TestScenario.builder().fixed(level).multipliers(UNARMED, ARMED));
      assertThat(t.level(0)).isEqualTo(level);
      assertThat(t.posture().multiplier(t.snapshot(0), false, ThreatLevel.SEVERE)).isEqualTo(UNARMED.get(level));
      assertThat(t.posture().multiplier(t.snapshot(0), true, ThreatLevel.SEVERE)).isEqualTo(ARMED.get(level));
      assertThat(t.posture().multiplier(t.snapshot(0), false, ThreatLevel.SUBSTANTIAL)).isCloseTo(UNARMED.get(level) / 0.85, within(1e-12));
      assertThat(t.posture().multiplier(t.snapshot(0), true, ThreatLevel.SUBSTANTIAL)).isCloseTo(ARMED.get(level) / 0.8, within(1e-12));
    }
  }

  @Test
  void aZeroReferenceMultiplierLeavesTheLevelsOwnValue() {
    ThreatState t = threat(TestScenario.builder().fixed(ThreatLevel.CRITICAL)
        .multipliers(byLevel(0.0, 0.75, 0.85, 1.0, 1.6), ARMED));
    assertThat(t.posture().multiplier(t.snapshot(0), false, ThreatLevel.LOW)).isEqualTo(1.6);
  }

  @Test
  void theUpliftAfterAnAttackHalvesEveryHalfLife() {
    // 0.4 uplift, half-life 10 days: 0.4 on the day, 0.2 ten days on, 0.1 after twenty, capped at 1.
    ThreatState t = threat(TestScenario.builder().multipliers(UNARMED, ARMED).uplift(0.4, 10, 1));
    assertThat(t.posture().uplift(day(2))).isZero();
    t.attack(day(2), "attack-1");
    assertThat(t.posture().uplift(day(2) - 1)).isZero();
    assertThat(t.posture().uplift(day(2))).isEqualTo(0.4);
    assertThat(t.posture().uplift(day(12))).isCloseTo(0.2, within(1e-12));
    assertThat(t.posture().uplift(day(22))).isCloseTo(0.1, within(1e-12));
    assertThat(t.posture().uplift(day(7))).isCloseTo(0.4 / Math.sqrt(2), within(1e-12));
    // The posture multiplier at SEVERE (1.0) is 1 + uplift.
    assertThat(t.posture().multiplier(t.snapshot(day(12)), false, ThreatLevel.SEVERE)).isCloseTo(1.2, within(1e-12));
    assertThat(t.posture().multiplier(t.snapshot(day(12)), true, ThreatLevel.SEVERE)).isCloseTo(1.2, within(1e-12));
  }

  @Test
  void upliftsOfSeveralAttacksAddUpToTheCap() {
    ThreatState t = threat(TestScenario.builder().uplift(0.4, 10, 0.7));
    t.attack(day(1), "attack-2");
    t.attack(day(11), "attack-3");
    // day 11: 0.4 x 0.5 + 0.4 = 0.6; day 21: 0.1 + 0.2 = 0.3
    assertThat(t.posture().uplift(day(11))).isCloseTo(0.6, within(1e-12));
    assertThat(t.posture().uplift(day(21))).isCloseTo(0.3, within(1e-12));
    t.attack(day(11), "attack-4");
    assertThat(t.posture().uplift(day(11))).isEqualTo(0.7);
  }

  @Test
  void anAttackRaisesPostureOnlyWhenThereIsAnUplift() {
    ThreatState none = threat(TestScenario.builder());
    long before = none.posture().raisedAt();
    none.attack(day(3), "attack-5");
    assertThat(none.posture().raisedAt()).isEqualTo(before).isLessThan(-day(1000));
    ThreatState some = threat(TestScenario.builder().uplift(0.1, 10, 1));
    some.attack(day(3), "attack-6");
    assertThat(some.posture().raisedAt()).isEqualTo(day(3));
  }

  @Test
  void guardsAndPatrolsAboveTheReferenceLevelAreDemandsOnTheirOwnShifts() {
    // CRITICAL all period: 9 guards wanted, 2 covered at SUBSTANTIAL, so 7 extra armed officers on each of the three
    // 8-hour guard shifts (07:00, 15:00, 23:00); patrols 6 - 1 = 5 neighbourhood officers 10:00-20:00.
    TestScenario b = TestScenario.builder().fixed(ThreatLevel.CRITICAL).officers(Role.ARMED, 60,
            Map.of(Accreditation.AFO, 1.0)).officers(Role.NEIGHBOURHOOD, 40).floor(Role.ARMED, 0)
        .floor(Role.NEIGHBOURHOOD, 0).period(TestScenario.START, 2)
        .guardsAndPatrols(byLevel(0, 1, 2, 3, 9), byLevel(0, 0, 1, 2, 6), ThreatLevel.SUBSTANTIAL)
        .workingTime(new uk.ctsim.scenario.WorkingTimeLimits(null, null, 80.0));
    List<SimEvent> events = b.run(1);
    var guards = only(events, SimEvent.OfficerDeployed.class).stream()
        .filter(d -> d.demand().kind() == DemandKind.PROTECTED_SITES).toList();
    var patrols = only(events, SimEvent.OfficerDeployed.class).stream()
        .filter(d -> d.demand().kind() == DemandKind.VISIBLE_PATROL).toList();
    List<Long> guardStarts = new ArrayList<>();
    for (int d = 0; d < 2; d++) for (int h : new int[] {7, 15, 23}) guardStarts.add(day(d) + h * 60);
    assertThat(guards).hasSize(42).allSatisfy(g -> {
      assertThat(g.role()).isEqualTo(Role.ARMED);
      assertThat(g.minutes()).isEqualTo(480);
    });
    for (long s : guardStarts) assertThat(guards.stream().filter(g -> g.minute() == s)).as("start %d", s).hasSize(7);
    assertThat(patrols).hasSize(10).allSatisfy(p -> {
      assertThat(p.role()).isEqualTo(Role.NEIGHBOURHOOD);
      assertThat(p.minutes()).isEqualTo(600);
      assertThat(p.minute() % TestScenario.DAY).isEqualTo(600);
    });
  }

  @Test
  void atTheReferenceLevelOrdinaryDutyCoversThePosture() {
    TestScenario b = TestScenario.builder().fixed(ThreatLevel.SUBSTANTIAL).officers(Role.ARMED, 60)
        .officers(Role.NEIGHBOURHOOD, 40).guardsAndPatrols(byLevel(0, 1, 2, 3, 9), byLevel(0, 0, 1, 2, 6),
            ThreatLevel.SUBSTANTIAL);
    assertThat(only(b.run(1), SimEvent.OfficerDeployed.class)).isEmpty();
  }

  @Test
  void extraGuardsAndPatrolsFollowTheLevelAndTheUplift() {
    TestScenario b = TestScenario.builder().fixed(ThreatLevel.SEVERE).uplift(0.5, 10, 1)
        .guardsAndPatrols(byLevel(0, 1, 2, 4, 9), byLevel(0, 0, 2, 6, 12), ThreatLevel.SUBSTANTIAL);
    TestScenario.Parts parts = b.parts(1, e -> {});
    ThreatState t = parts.threat();
    Posture posture = t.posture();
    assertThat(posture.extraGuards(t.snapshot(0))).isEqualTo(2);
    assertThat(posture.extraPatrols(t.snapshot(0))).isEqualTo(4);
    t.attack(day(1), "attack-7");
    // 4 x 1.5 = 6 guards, 4 over the reference; 6 x 1.5 = 9 patrols, 7 over.
    assertThat(posture.extraGuards(t.snapshot(day(1)))).isEqualTo(4);
    assertThat(posture.extraPatrols(t.snapshot(day(1)))).isEqualTo(7);
    // Ten days on the uplift is 0.25: 4 x 1.25 = 5 guards (3 extra); 6 x 1.25 = 7.5, rounded to 8 (6 extra).
    assertThat(posture.extraGuards(t.snapshot(day(11)))).isEqualTo(3);
    assertThat(posture.extraPatrols(t.snapshot(day(11)))).isEqualTo(6);
  }

  @Test
  void belowTheReferenceLevelThereIsNoNegativeDemand() {
    TestScenario b = TestScenario.builder().fixed(ThreatLevel.LOW)
        .guardsAndPatrols(byLevel(0, 1, 2, 4, 9), byLevel(0, 0, 2, 6, 12), ThreatLevel.SUBSTANTIAL);
    TestScenario.Parts parts = b.parts(1, e -> {});
    ThreatState t = parts.threat();
    assertThat(t.posture().extraGuards(t.snapshot(0))).isZero();
    assertThat(t.posture().extraPatrols(t.snapshot(0))).isZero();
  }

  @Test
  void aRiseDuringTheDayTopsUpOnlyTheShiftsStillToStart() {
    // SEVERE: 1 extra guard per shift. An attack at 12:00 with uplift 1.0 makes 3 x 2 = 6 guards, 4 extra: the 15:00
    // and 23:00 shifts get 3 more each; the 07:00 shift, already started, keeps 1.
    List<SimEvent> out = new ArrayList<>();
    TestScenario b = TestScenario.builder().fixed(ThreatLevel.SEVERE).uplift(1.0, 100, 1)
        .officers(Role.ARMED, 60, Map.of(Accreditation.AFO, 1.0))
        .floor(Role.ARMED, 0).guardsAndPatrols(byLevel(0, 1, 2, 3, 9), TestScenario.constant(0), ThreatLevel.SUBSTANTIAL)
        .workingTime(new uk.ctsim.scenario.WorkingTimeLimits(null, null, 80.0));
    TestScenario.Parts parts = b.parts(1, out::add);
    ThreatState t = parts.threat();
    PostureDemands posture = new PostureDemands(parts.scenario.posture(), t, parts.deployer, 7);
    posture.book(0, 0);
    t.attack(12 * 60, "attack-8");
    posture.book(0, 12 * 60);
    // At three hours' notice the day-shift officers cannot be moved, so the top-up is recorded unmet: demanded is what
    // was found plus what was short.
    assertThat(demanded(out, 7 * 60)).isEqualTo(1);
    assertThat(demanded(out, 15 * 60)).isEqualTo(4);
    assertThat(demanded(out, 23 * 60)).isEqualTo(4);
    assertThat(only(out, SimEvent.DemandUnmet.class)).extracting(SimEvent.DemandUnmet::officersShort)
        .containsExactly(3, 3);
    // Booking again at the same posture adds nothing; a new day starts from scratch.
    int before = out.size();
    posture.book(0, 13 * 60);
    assertThat(out).hasSize(before);
    posture.book(1, day(1));
    assertThat(demanded(out, day(1) + 7 * 60) + demanded(out, day(1) + 15 * 60) + demanded(out, day(1) + 23 * 60))
        .isEqualTo(12);
  }
}
