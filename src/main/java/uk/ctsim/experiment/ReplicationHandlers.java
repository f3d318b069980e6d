package uk.ctsim.experiment;

import java.util.List;
import uk.ctsim.cost.CostAccountant;
import uk.ctsim.cost.PlanCosting;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.Scenario;

/**
 * The handlers of one replication, and the one handler that gives each recorded event to all of them in turn.
 *
 * <p>Why direct calls, not {@link EventHandler#all}: a replication records about a million events, nearly all officer
 * deployments, and each goes to most of these handlers. Through a list, every one of those is a call the compiler
 * cannot bind (one call site, eight classes), which was about 7% of a replication; here each call names a final class,
 * so it is bound when compiled and often inlined, and the handler's own type tests find its events (each ignores the
 * types it does not use; {@code ReplicationHandlersTest}). A new handler goes in a field, {@link #accept} and
 * {@link #all}.
 */
final class ReplicationHandlers implements EventHandler {
  final CostAccountant accountant;
  final PlanCosting plans;
  final DailyCollector daily;
  final EventCollector events = new EventCollector();
  final IncidentCollector incidents;
  final KpiCollector kpis;
  final OvertimeCollector overtime;
  final MutualAidCollector mutualAid;

  ReplicationHandlers(Scenario scenario) {
    accountant = new CostAccountant(scenario);
    plans = new PlanCosting(scenario);
    daily = new DailyCollector(scenario.period());
    incidents = new IncidentCollector(scenario);
    int officers = scenario.forces().stream().mapToInt(ForceSpec::officers).sum();
    kpis = new KpiCollector(officers);
    overtime = new OvertimeCollector(officers);
    mutualAid = new MutualAidCollector(scenario.period());
  }

  @Override
  public void accept(SimEvent e) {
    accountant.accept(e);
    plans.accept(e);
    daily.accept(e);
    events.accept(e);
    incidents.accept(e);
    kpis.accept(e);
    overtime.accept(e);
    mutualAid.accept(e);
  }

  /** The handlers, in the order {@link #accept} gives them each event. */
  List<EventHandler> all() {
    return List.of(accountant, plans, daily, events, incidents, kpis, overtime, mutualAid);
  }
}
