package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.LeaveSpec;
import uk.ctsim.scenario.Role;

/**
 * Set-up's count of officers working each day (rostered by offset, less each day of leave and sickness) equals asking
 * the roster officer by officer, day by day.
 */
class RosterCountTest {
  @Test
  void countingByOffsetMatchesTheDayByDayAnswer() {
    TestScenario.Parts parts = TestScenario.builder()
        .officers(Role.RESPONSE, 40).officers(ForceId.CITY, Role.ARMED, 13)
        .shift("N", LocalTime.of(22, 0), 10).roster(Role.RESPONSE, "DDNNRRR").roster(Role.ARMED, "DDRRNNDRR")
        .leave(new LeaveSpec(25, 5, 12.0)).parts(7, e -> {});
    Workforce w = parts.workforce;
    int days = parts.clock.days();
    int checked = 0;
    int off = 0;
    for (Pool pool : w.pools()) {
      for (int d = 0; d < days; d++) {
        int working = 0;
        long minutes = 0;
        for (Officer o : pool.officers) {
          if (w.roster.working(o, d)) {
            working++;
            minutes += w.roster.shiftMinutes(o, d);
          } else if (w.roster.rosteredOn(o, d)) {
            off++;
          }
        }
        assertThat(pool.onDuty[d]).as("%s %s day %d", pool.force, pool.role, d).isEqualTo(working);
        assertThat(pool.rosteredMinutes[d]).as("%s %s day %d", pool.force, pool.role, d).isEqualTo(minutes);
        checked += working;
      }
    }
    assertThat(checked).isPositive();
    assertThat(off).as("some rostered days are leave or sickness").isPositive();
  }
}
