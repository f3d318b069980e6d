package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import uk.ctsim.scenario.Scenario;

/** Runs the replications of a scenario on a pool of threads; results come back in replication order. */
public final class Experiment {
  private Experiment() {}

  public static ExperimentResult run(Scenario scenario, int replications, long masterSeed, int threads,
      IntConsumer onReplicationDone) {
    if (replications < 1) throw new IllegalArgumentException("replications must be at least 1");
    List<Callable<ReplicationResult>> tasks = new ArrayList<>(replications);
    for (int r = 0; r < replications; r++) {
      final int index = r;
      tasks.add(() -> {
        ReplicationResult result = Replication.run(scenario, index, Seeds.replicationSeed(masterSeed, index));
        onReplicationDone.accept(index);
        return result;
      });
    }
    return new ExperimentResult(scenario, masterSeed, List.copyOf(Parallel.inOrder(tasks, threads, "ctsim-replication")));
  }
}
