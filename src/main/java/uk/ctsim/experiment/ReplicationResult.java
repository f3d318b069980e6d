package uk.ctsim.experiment;

import java.util.List;
import java.util.Map;
import uk.ctsim.cost.CostLedger;

/**
 * Everything one replication produced. A pure function of the scenario as run and the seed.
 *
 * @param kpis named indicators, such as {@code attacks}, {@code plots_disrupted}, {@code unmet_hours}
 */
public record ReplicationResult(int replication, long seed, CostLedger ledger, List<DailyRow> daily,
    List<EventRow> events, List<IncidentRow> incidents, Map<String, Double> kpis) {}
