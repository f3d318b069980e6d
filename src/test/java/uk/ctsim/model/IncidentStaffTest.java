package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.StaffFunction;

/** An incident phase's staff rows: drawn from the incident force's staff on every shift, with the phase's taper and scale. */
class IncidentStaffTest {
  private static final Path FILE = Path.of("src/test/resources/scenarios/valid/north-west-staff.yaml").toAbsolutePath();

  /** People asked for on each shift start (given or short). */
  private static Map<Long, Integer> askedByShift(Scenario s) {
    List<SimEvent> events = new ArrayList<>();
    CtsimModel.simulate(s, 3L, events::add);
    Map<Long, Integer> asked = new TreeMap<>();
    DemandRef scene = new DemandRef(DemandKind.INCIDENT_SCENE, "bridge", ForceId.of("GMP"), 0);
    for (SimEvent e : events) {
      if (e instanceof SimEvent.StaffDeployed d) {
        assertThat(d.demand()).isEqualTo(scene);
        assertThat(d.force()).isEqualTo(ForceId.of("GMP"));
        assertThat(d.function()).isEqualTo(StaffFunction.CSI);
        asked.merge(d.minute(), 1, Integer::sum);
      } else if (e instanceof SimEvent.StaffUnmet u) {
        asked.merge(u.minute(), u.peopleShort(), Integer::sum);
      }
    }
    return asked;
  }

  @Test
  void eachShiftAsksForTheRowTimesTheTaperOfItsDayAndTheIncidentsScale() {
    // Three days of 8-hour shifts from 04:06 on Sunday 4 June; 4 CSIs tapering by half a day: 4, 2, 1 on each shift
    // of days 0, 1, 2. At scale 0.5: 2, 1 and round(0.5) = 1.
    Map<Long, Integer> full = askedByShift(ScenarioLoader.load(FILE));
    assertThat(full.values()).containsExactly(4, 4, 4, 2, 2, 2, 1, 1, 1);
    long first = 2 * 1440 + 22 * 60 + 6 + 6 * 60;
    assertThat(full.keySet()).containsExactly(first, first + 480, first + 960, first + 1440, first + 1920, first + 2400,
        first + 2880, first + 3360, first + 3840);
    Map<Long, Integer> half = askedByShift(ScenarioLoader.load(FILE, List.of("incidents.scheduled[0].scale=0.5")));
    assertThat(half.values()).containsExactly(2, 2, 2, 1, 1, 1, 1, 1, 1);
  }
}
