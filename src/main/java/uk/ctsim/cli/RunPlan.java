package uk.ctsim.cli;

import uk.ctsim.output.OutputChoice;
import uk.ctsim.scenario.Scenario;

/**
 * What a run command asks for beyond the scenario as run: which of its replications to run (all, or a shard
 * {@code from} to {@code to - 1}, numbered from 0 as in the run folder) and which files to write.
 */
record RunPlan(int from, int to, OutputChoice outputs) {
  RunPlan {
    if (from < 0 || to <= from) throw new IllegalArgumentException("no replications from " + from + " to " + to);
  }

  /** Every replication of {@code asRun}, every file. */
  static RunPlan whole(Scenario asRun) {
    return new RunPlan(0, asRun.run().replications(), OutputChoice.EVERYTHING);
  }

  /** True when this runs only part of the experiment's replications. */
  boolean isShard(Scenario asRun) {
    return from != 0 || to != asRun.run().replications();
  }
}
