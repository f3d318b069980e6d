package uk.ctsim.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One finished run as a comparison sees it, whether it was just run or read back from its folder.
 *
 * @param folder where the run's folder is (its file name labels the run)
 * @param scenario the scenario's name
 * @param seeds the replication seeds, in replication order
 * @param table every metric of every replication
 */
public record ComparedRun(Path folder, String scenario, long masterSeed, List<Long> seeds, MetricTable table) {
  public ComparedRun {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(scenario, "scenario");
    seeds = List.copyOf(seeds);
    Objects.requireNonNull(table, "table");
  }

  /** The run's results and the metrics tabled from them. */
  public static ComparedRun of(Path folder, ExperimentResult result, MetricTable table) {
    return new ComparedRun(folder, result.scenario().name(), result.masterSeed(),
        result.replications().stream().map(ReplicationResult::seed).toList(), table);
  }
}
