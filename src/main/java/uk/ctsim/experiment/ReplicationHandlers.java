package uk.ctsim.experiment;

import java.util.List;
import java.util.Set;
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

  /** Whether the cost handlers and the collectors get the events: both, except in {@code ctsim bench --leave-out}. */
  private final boolean costing;
  private final boolean collecting;

  ReplicationHandlers(Scenario scenario) {
    this(scenario, Set.of());
  }

  /**
   * Handlers that give the events to all but the parts left out, whose results then stay empty: for measuring what
   * each part costs ({@link Benchmark}), never for a run.
   */
  ReplicationHandlers(Scenario scenario, Set<Benchmark.Part> leftOut) {
    costing = !leftOut.contains(Benchmark.Part.COSTING);
    collecting = !leftOut.contains(Benchmark.Part.COLLECTORS);
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
    if (costing) {
      accountant.accept(e);
      plans.accept(e);
    }
    if (collecting) {
      daily.accept(e);
      events.accept(e);
      incidents.accept(e);
      kpis.accept(e);
      overtime.accept(e);
      mutualAid.accept(e);
    }
  }

  /** The handlers, in the order {@link #accept} gives them each event. */
  List<EventHandler> all() {
    return List.of(accountant, plans, daily, events, incidents, kpis, overtime, mutualAid);
  }
}
