package uk.ctsim.experiment;

import java.util.List;
import java.util.Map;
import uk.ctsim.cost.CostLedger;

/**
 * Everything one replication produced. A pure function of the scenario as run and the seed.
 *
 * @param kpis named indicators, such as {@code attacks}, {@code plots_disrupted}, {@code unmet_hours}
 * @param overtimeHistogram officers by their overtime hours over the period: first those with none (a bin from 0
 *     to 0), then bins of 10 hours
 * @param mutualAid mutual aid as people by day, lending force and receiving force (days with none left out)
 */
public record ReplicationResult(int replication, long seed, CostLedger ledger, List<DailyRow> daily,
    List<EventRow> events, List<IncidentRow> incidents, Map<String, Double> kpis,
    List<HistogramBin> overtimeHistogram, List<MutualAidDay> mutualAid) {

  public ReplicationResult {
    overtimeHistogram = List.copyOf(overtimeHistogram);
    mutualAid = List.copyOf(mutualAid);
  }

  /** A result without mutual-aid days (no force lent officers, or read from a run folder written before them). */
  public ReplicationResult(int replication, long seed, CostLedger ledger, List<DailyRow> daily, List<EventRow> events,
      List<IncidentRow> incidents, Map<String, Double> kpis, List<HistogramBin> overtimeHistogram) {
    this(replication, seed, ledger, daily, events, incidents, kpis, overtimeHistogram, List.of());
  }

  /** A result without an overtime histogram (as read from run folders written before it existed). */
  public ReplicationResult(int replication, long seed, CostLedger ledger, List<DailyRow> daily, List<EventRow> events,
      List<IncidentRow> incidents, Map<String, Double> kpis) {
    this(replication, seed, ledger, daily, events, incidents, kpis, List.of(), List.of());
  }
}
