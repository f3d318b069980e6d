package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;

/** Timeline changes at a time of day: CRITICAL from 21:30 on 15 September 2017, not from midnight. */
class ThreatTimesTest {
  private static ThreatSpec.Change change(int day, String time, ThreatLevel level) {
    return new ThreatSpec.Change(TestScenario.START.plusDays(day), level, time == null ? null : LocalTime.parse(time));
  }

  @Test
  void aChangeTakesEffectAtItsTimeOfDay() {
    ThreatSpec timeline = new ThreatSpec(ThreatSpec.Mode.TIMELINE, ThreatLevel.SEVERE,
        List.of(change(1, "21:30", ThreatLevel.CRITICAL), change(3, "16:47", ThreatLevel.SEVERE)), null, null);
    List<SimEvent> events = TestScenario.builder().period(TestScenario.START, 5).threat(timeline).run(1);
    assertThat(events.stream().filter(SimEvent.ThreatLevelChanged.class::isInstance).map(SimEvent.ThreatLevelChanged.class::cast))
        .extracting(SimEvent.ThreatLevelChanged::minute, SimEvent.ThreatLevelChanged::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1440L + 21 * 60 + 30, ThreatLevel.CRITICAL),
            org.assertj.core.groups.Tuple.tuple(3 * 1440L + 16 * 60 + 47, ThreatLevel.SEVERE));
  }

  @Test
  void aChangeWithoutATimeIsAtMidnightAndChangesOnOneDayMustBeInOrder() {
    assertThat(change(2, null, ThreatLevel.CRITICAL).at()).isEqualTo(TestScenario.START.plusDays(2).atStartOfDay());
    ThreatSpec sameDay = new ThreatSpec(ThreatSpec.Mode.TIMELINE, ThreatLevel.SEVERE,
        List.of(change(1, "08:00", ThreatLevel.CRITICAL), change(1, "20:00", ThreatLevel.SEVERE)), null, null);
    assertThat(sameDay.timeline()).hasSize(2);
    assertThatThrownBy(() -> new ThreatSpec(ThreatSpec.Mode.TIMELINE, ThreatLevel.SEVERE,
        List.of(change(1, "20:00", ThreatLevel.CRITICAL), change(1, "08:00", ThreatLevel.SEVERE)), null, null))
        .hasMessageContaining("changes must be in date order (" + TestScenario.START.plusDays(1) + "T08:00 is not after "
            + TestScenario.START.plusDays(1) + "T20:00)");
  }
}
