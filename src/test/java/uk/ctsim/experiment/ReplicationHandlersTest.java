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

  /** Parts left out (ctsim bench --leave-out) get no event; the others make exactly what they make with all. */
  @ParameterizedTest
  @ValueSource(strings = {"COSTING", "COLLECTORS"})
  void aPartLeftOutGetsNoEventAndTheOthersMakeWhatTheyMakeWithAll(String part) {
    Scenario scenario = ScenarioLoader.load(Path.of("scenarios/quickstart.yaml").toAbsolutePath());
    List<SimEvent> recorded = new ArrayList<>();
    CtsimModel.simulate(scenario, 42, recorded::add);
    ReplicationHandlers all = new ReplicationHandlers(scenario);
    recorded.forEach(all);
    ReplicationHandlers partial = new ReplicationHandlers(scenario, Set.of(Benchmark.Part.valueOf(part)));
    recorded.forEach(partial);
    ReplicationHandlers none = new ReplicationHandlers(scenario);

    List<Object> made = results(partial);
    List<Object> whole = results(all);
    List<Object> nothing = results(none);
    // results(): the ledger and the plans' costs first, then the six collectors' results
    List<Integer> costing = List.of(0, 1);
    for (int i = 0; i < made.size(); i++) {
      boolean leftOut = costing.contains(i) == part.equals("COSTING");
      // the event and incident rows carry each one's costs from the ledger: the collectors' and the costing's both
      if (i == 3 || i == 4) continue;
      assertThat(made.get(i)).as("result %d with %s left out", i, part).isEqualTo(leftOut ? nothing.get(i) : whole.get(i));
    }
    assertThat(whole.get(0)).as("something was costed").isNotEqualTo(nothing.get(0));
    assertThat(whole.get(2)).as("something was collected").isNotEqualTo(nothing.get(2));
  }
}
