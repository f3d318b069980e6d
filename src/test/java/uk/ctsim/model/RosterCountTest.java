package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Set-up's count of officers working each day equals asking the roster day by day. */
class RosterCountTest {
  @Test
  void countingByStepsMatchesTheDayByDayAnswer() {
    TestScenario.Parts parts = TestScenario.builder().parts(7, e -> {});
    Workforce w = parts.workforce;
    int days = parts.clock.days();
    int checked = 0;
    for (Officer o : w.officers()) {
      int[] onDuty = new int[days];
      long[] minutes = new long[days];
      w.roster.countWorking(o, days, onDuty, minutes);
      for (int d = 0; d < days; d++) {
        boolean working = w.roster.working(o, d);
        assertThat(onDuty[d]).isEqualTo(working ? 1 : 0);
        assertThat(minutes[d]).isEqualTo(working ? w.roster.shiftMinutes(o, d) : 0);
        if (working) checked++;
      }
    }
    assertThat(checked).isPositive();
  }
}
