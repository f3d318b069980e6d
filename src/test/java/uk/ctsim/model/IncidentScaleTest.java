package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.cost.CostAccountant;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostLine;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/** A scheduled incident's own scale and non-pay: Finsbury Park is not London Bridge. */
class IncidentScaleTest {
  private static final Path NORTH_WEST = Path.of("src/test/resources/scenarios/valid/north-west.yaml");

  /** Officers the incident's immediate phase asked for: deployed, lent or unmet. */
  private static int asked(List<SimEvent> events) {
    int n = 0;
    for (SimEvent e : events) {
      if (e instanceof SimEvent.OfficerDeployed d && d.demand().kind() == DemandKind.INCIDENT_IMMEDIATE) n++;
      if (e instanceof SimEvent.MutualAidShiftWorked w && w.demand().kind() == DemandKind.INCIDENT_IMMEDIATE) n++;
      if (e instanceof SimEvent.DemandUnmet u && u.demand().kind() == DemandKind.INCIDENT_IMMEDIATE) n += u.officersShort();
    }
    return n;
  }

  private static List<SimEvent> run(Scenario s) {
    List<SimEvent> events = new ArrayList<>();
    CtsimModel.simulate(s, 3L, events::add);
    return events;
  }

  @Test
  void scaleMultipliesTheStaffingAndNonPayReplacesTheTypes() {
    Scenario full = ScenarioLoader.load(NORTH_WEST);
    Scenario small = ScenarioLoader.load(NORTH_WEST, List.of("incidents.scheduled[0].scale=0.5",
        "incidents.scheduled[0].nonPayGbp=1234.5"));
    assertThat(full.incidents().scheduled().get(0).scale()).isEqualTo(1.0);
    int fullAsk = asked(run(full));
    int smallAsk = asked(run(small));
    // One 6-hour shift of 10 response officers; at half scale, 5.
    assertThat(fullAsk).isEqualTo(10);
    assertThat(smallAsk).isEqualTo(5);
    CostAccountant accountant = new CostAccountant(small);
    run(small).forEach(accountant::accept);
    assertThat(accountant.finish().lines().stream().filter(l -> l.category() == CostCategory.NON_PAY
        && l.reference().equals("bridge")).mapToLong(CostLine::pence).sum()).isEqualTo(123_450L);
  }
}
