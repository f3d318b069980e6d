package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.model.CtsimModel;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/**
 * The replication's handlers say which event types they read, and {@link EventHandler#all} gives them only those: what
 * they make of a whole simulation's events must be what they make when every event is offered to each of them, and so
 * must the replication's own handler ({@link ReplicationHandlers}), which offers every event to each by direct calls.
 */
class RoutingTest {
  /** What a replication's handlers made, in a form that compares by value. */
  private static List<Object> results(ReplicationHandlers h) {
    CostLedger ledger = h.accountant.finish();
    return List.of(ledger, h.plans.penceByEvent(), h.daily.rows(), h.events.rows(ledger, h.plans.penceByEvent()),
        h.incidents.rows(ledger), h.kpis.result(), h.overtime.histogram(), h.mutualAid.rows());
  }

  @ParameterizedTest
  @ValueSource(strings = {"scenarios/quickstart.yaml", "src/test/resources/scenarios/valid/north-west-staff.yaml"})
  void handlersGivenOnlyTheTypesTheyReadMakeWhatTheyMakeOfEveryEvent(String file) {
    Scenario scenario = ScenarioLoader.load(Path.of(file).toAbsolutePath());
    List<SimEvent> recorded = new ArrayList<>();
    CtsimModel.simulate(scenario, 42, recorded::add);

    ReplicationHandlers offeredAll = new ReplicationHandlers(scenario);
    for (SimEvent e : recorded) for (EventHandler h : offeredAll.all()) h.accept(e);
    ReplicationHandlers routed = new ReplicationHandlers(scenario);
    EventHandler router = EventHandler.all(routed.all());
    recorded.forEach(router);
    ReplicationHandlers direct = new ReplicationHandlers(scenario);
    recorded.forEach(direct);

    assertThat(results(routed)).isEqualTo(results(offeredAll));
    assertThat(results(direct)).as("the replication's own handler, by direct calls").isEqualTo(results(offeredAll));
    assertThat(results(direct).get(0)).as("something was costed")
        .isNotEqualTo(results(new ReplicationHandlers(scenario)).get(0));
    Set<String> types = recorded.stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.toSet());
    assertThat(types).as("the scenario records the kinds of event the handlers read")
        .contains("OfficerDeployed", "EventScheduled", "EventPlanned", "EventDayHeld", "IncidentOccurred");
  }

  @Test
  void eachHandlerSaysItReadsTheTypesItUsesAndNotOthers() {
    ReplicationHandlers h =
        new ReplicationHandlers(ScenarioLoader.load(Path.of("scenarios/quickstart.yaml").toAbsolutePath()));
    assertThat(h.accountant.reads(SimEvent.OfficerOnCall.class)).isTrue();
    assertThat(h.accountant.reads(SimEvent.PlotArrived.class)).isFalse();
    assertThat(h.plans.reads(SimEvent.EventPlanned.class)).isTrue();
    assertThat(h.plans.reads(SimEvent.DemandUnmet.class)).isFalse();
    assertThat(h.daily.reads(SimEvent.DayRostered.class)).isTrue();
    assertThat(h.daily.reads(SimEvent.EventPlanned.class)).isFalse();
    assertThat(h.events.reads(SimEvent.DemandUnmet.class)).isTrue();
    assertThat(h.events.reads(SimEvent.IncidentOccurred.class)).isFalse();
    assertThat(h.incidents.reads(SimEvent.MutualAidShiftWorked.class)).isTrue();
    assertThat(h.incidents.reads(SimEvent.EventScheduled.class)).isFalse();
    assertThat(h.kpis.reads(SimEvent.PlotArrived.class)).as("the KPIs read nearly every type, so all").isTrue();
    assertThat(h.overtime.reads(SimEvent.OfficerDeployed.class)).isTrue();
    assertThat(h.overtime.reads(SimEvent.MutualAidDeployed.class)).isFalse();
    assertThat(h.mutualAid.reads(SimEvent.MutualAidOfficerLent.class)).isTrue();
    assertThat(h.mutualAid.reads(SimEvent.OfficerDeployed.class)).isFalse();
  }
}
