package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.model.CtsimModel;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/**
 * The replication's own handler ({@link ReplicationHandlers}), which gives every event to each of its handlers by
 * direct calls, makes of a whole simulation's events what the handlers make when each is offered every event in turn.
 */
class ReplicationHandlersTest {
  /** What a replication's handlers made, in a form that compares by value. */
  private static List<Object> results(ReplicationHandlers h) {
    CostLedger ledger = h.accountant.finish();
    return List.of(ledger, h.plans.penceByEvent(), h.daily.rows(), h.events.rows(ledger, h.plans.penceByEvent()),
        h.incidents.rows(ledger), h.kpis.result(), h.overtime.histogram(), h.mutualAid.rows());
  }

  @ParameterizedTest
  @ValueSource(strings = {"scenarios/quickstart.yaml", "src/test/resources/scenarios/valid/north-west-staff.yaml"})
  void directCallsMakeWhatOfferingEveryEventToEachHandlerMakes(String file) {
    Scenario scenario = ScenarioLoader.load(Path.of(file).toAbsolutePath());
    List<SimEvent> recorded = new ArrayList<>();
    CtsimModel.simulate(scenario, 42, recorded::add);

    ReplicationHandlers offeredAll = new ReplicationHandlers(scenario);
    for (SimEvent e : recorded) for (EventHandler h : offeredAll.all()) h.accept(e);
    ReplicationHandlers direct = new ReplicationHandlers(scenario);
    recorded.forEach(direct);

    assertThat(results(direct)).as("the replication's own handler, by direct calls").isEqualTo(results(offeredAll));
    assertThat(results(direct).get(0)).as("something was costed")
        .isNotEqualTo(results(new ReplicationHandlers(scenario)).get(0));
    Set<String> types = recorded.stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.toSet());
    assertThat(types).as("the scenario records the kinds of event the handlers read")
        .contains("OfficerDeployed", "EventScheduled", "EventPlanned", "EventDayHeld", "IncidentOccurred");
  }
}
