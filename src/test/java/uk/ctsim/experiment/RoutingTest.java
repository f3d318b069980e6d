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
import uk.ctsim.cost.CostAccountant;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.cost.PlanCosting;
import uk.ctsim.model.CtsimModel;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/**
 * The replication's handlers say which event types they read, and {@link EventHandler#all} gives them only those: what
 * they make of a whole simulation's events must be what they make when every event is offered to each of them.
 */
class RoutingTest {
  /** One replication's handlers. */
  private static final class Handlers {
    final CostAccountant accountant;
    final PlanCosting plans;
    final DailyCollector daily;
    final EventCollector events = new EventCollector();
    final IncidentCollector incidents;
    final KpiCollector kpis;
    final OvertimeCollector overtime;
    final MutualAidCollector mutualAid;

    Handlers(Scenario scenario) {
      accountant = new CostAccountant(scenario);
      plans = new PlanCosting(scenario);
      daily = new DailyCollector(scenario.period());
      incidents = new IncidentCollector(scenario);
      int officers = scenario.forces().stream().mapToInt(ForceSpec::officers).sum();
      kpis = new KpiCollector(officers);
      overtime = new OvertimeCollector(officers);
      mutualAid = new MutualAidCollector(scenario.period());
    }

    List<EventHandler> all() {
      return List.of(accountant, plans, daily, events, incidents, kpis, overtime, mutualAid);
    }

    List<Object> results() {
      CostLedger ledger = accountant.finish();
      return List.of(ledger, plans.penceByEvent(), daily.rows(), events.rows(ledger, plans.penceByEvent()),
          incidents.rows(ledger), kpis.result(), overtime.histogram(), mutualAid.rows());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"scenarios/quickstart.yaml", "src/test/resources/scenarios/valid/north-west-staff.yaml"})
  void handlersGivenOnlyTheTypesTheyReadMakeWhatTheyMakeOfEveryEvent(String file) {
    Scenario scenario = ScenarioLoader.load(Path.of(file).toAbsolutePath());
    List<SimEvent> recorded = new ArrayList<>();
    CtsimModel.simulate(scenario, 42, recorded::add);

    Handlers offeredAll = new Handlers(scenario);
    for (SimEvent e : recorded) for (EventHandler h : offeredAll.all()) h.accept(e);
    Handlers routed = new Handlers(scenario);
    EventHandler router = EventHandler.all(routed.all());
    recorded.forEach(router);

    assertThat(routed.results()).isEqualTo(offeredAll.results());
    Set<String> types = recorded.stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.toSet());
    assertThat(types).as("the scenario records the kinds of event the handlers read")
        .contains("OfficerDeployed", "EventScheduled", "EventPlanned", "EventDayHeld", "IncidentOccurred");
  }

  @Test
  void eachHandlerSaysItReadsTheTypesItUsesAndNotOthers() {
    Handlers h = new Handlers(ScenarioLoader.load(Path.of("scenarios/quickstart.yaml").toAbsolutePath()));
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
