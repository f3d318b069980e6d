package uk.ctsim.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.ctsim.cost.CostAccountant;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.model.CtsimModel;
import uk.ctsim.scenario.Scenario;

/**
 * One replication: a pure function of (scenario as run, seed) to result rows. It shares no state with other
 * replications, so replications and sweep points can run on any thread or machine.
 */
public final class Replication {
  /** The indicator of premium hours officers elected to take as time off (a liability, in officer-hours). */
  public static final String TIME_OWED_HOURS = "time_owed_hours";

  private Replication() {}

  public static ReplicationResult run(Scenario scenario, int index, long seed) {
    return run(scenario, index, seed, Set.of());
  }

  /**
   * A replication whose events go to every handler but those of the parts left out ({@code ctsim bench
   * --leave-out}): its results are built as always, from handlers of which some saw nothing, so they are incomplete.
   */
  static ReplicationResult run(Scenario scenario, int index, long seed, Set<Benchmark.Part> leftOut) {
    ReplicationHandlers handlers = new ReplicationHandlers(scenario, leftOut);
    CtsimModel.simulate(scenario, seed, handlers);
    CostAccountant accountant = handlers.accountant;
    CostLedger ledger = accountant.finish();
    Map<String, Double> indicators = new LinkedHashMap<>(handlers.kpis.result());
    indicators.put(TIME_OWED_HOURS, accountant.timeOwedHours());
    if (scenario.run().counterfactual()) indicators.putAll(Counterfactual.attributable(scenario, seed, ledger, indicators));
    return new ReplicationResult(index, seed, ledger, handlers.daily.rows(),
        handlers.events.rows(ledger, handlers.plans.penceByEvent()), handlers.incidents.rows(ledger), indicators,
        handlers.overtime.histogram(), handlers.mutualAid.rows());
  }
}
