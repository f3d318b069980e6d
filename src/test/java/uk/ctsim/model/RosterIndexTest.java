package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;

/** The roster's day in the cycle, looked up in a table, is {@code floorMod(day + offset, length)} on every day. */
class RosterIndexTest {
  @Test
  void theTabledIndexIsTheFloorModOnEveryDayAndOffset() {
    String response = "DDNNRRR";
    String armed = "DDRRNNDRR";
    Roster roster = TestScenario.builder()
        .officers(Role.RESPONSE, 1).shift("N", LocalTime.of(22, 0), 10)
        .roster(Role.RESPONSE, response).roster(Role.ARMED, armed).parts(1, e -> {}).workforce.roster;
    int checked = 0;
    for (Role role : new Role[] {Role.RESPONSE, Role.ARMED}) {
      String cycle = role == Role.RESPONSE ? response : armed;
      for (int offset = 0; offset < cycle.length() + 3; offset++) {
        Officer o = new Officer(1, ForceId.MET, Rank.CONSTABLE, role, 0, offset, 10);
        for (int day = -40; day < 4 * 366 + 40; day++) {
          char c = cycle.charAt(Math.floorMod(day + offset, cycle.length()));
          assertThat(roster.rosteredOn(o, day)).as("%s offset %d day %d", role, offset, day).isEqualTo(c != 'R');
          if (c == 'N') {
            assertThat(roster.shiftStart(o, day)).isEqualTo(day * 1440L + 22 * 60);
            assertThat(roster.shiftMinutes(o, day)).isEqualTo(600);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo((7 + 3 + 9 + 3) * (4 * 366 + 80));
  }
}
