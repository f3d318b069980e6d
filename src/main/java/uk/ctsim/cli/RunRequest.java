package uk.ctsim.cli;

import java.nio.file.Path;
import java.util.List;
import uk.ctsim.scenario.RunSettings;
import uk.ctsim.scenario.Scenario;

/**
 * How a command that runs replications was asked to run them, its options already checked (the scenarios to run are
 * the command's own arguments).
 *
 * @param overrides the {@code --set path=value} overrides, in order
 * @param seed the master seed to run with; null for the scenario's own
 * @param replications the replication count to run with; null for the scenario's own
 * @param output the folder to write; null for a new one under {@code output/}
 * @param showProgress whether to draw a progress bar on the error stream
 * @param quiet whether to print only the output folder's path
 * @param files which replications to run and which files to write ({@code --outputs}, {@code --chart-format},
 *     {@code --replication-range}); checked against the scenario as run
 */
record RunRequest(List<String> overrides, Long seed, Integer replications, int threads, Path output,
    boolean showProgress, boolean quiet, FileOptions files) {
  RunRequest {
    overrides = List.copyOf(overrides);
    if (threads < 1) throw new IllegalArgumentException("threads: must be at least 1, was " + threads);
  }

  /**
   * The scenario with the seed and replication count to run with (the request's over the scenario's own); whether to
   * pair it with its counterfactual stays the scenario's.
   */
  Scenario asRun(Scenario loaded) {
    long masterSeed = seed != null ? seed : loaded.run().seed();
    int count = replications != null ? replications : loaded.run().replications();
    return loaded.withRun(new RunSettings(masterSeed, count, loaded.run().counterfactual()));
  }
}
