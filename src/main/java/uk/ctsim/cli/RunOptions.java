package uk.ctsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import uk.ctsim.scenario.RunSettings;

/** The options of every command that runs replications: seed, replications, threads, overrides, output, quiet. */
final class RunOptions {
  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's run.seed).")
  Long seed;

  @Option(names = "--replications", paramLabel = "N", description = "Replications (default: the scenario's run.replications).")
  Integer replications;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors).")
  Integer threads;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Output folder; must not exist or be empty (default: a new folder under output/).")
  Path output;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario value; repeatable.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--quiet", description = "No progress bar; print only the output folder's path.")
  boolean quiet;

  @Option(names = "--counterfactual", description = "Pair each replication, on its seed, with the scenario without "
      + "counter-terrorism demand and report the cost attributable to it (kpi.ct_attributable_*); the same as "
      + "--set run.counterfactual=true, and recorded as that override. Doubles the run time.")
  boolean counterfactual;

  /** Checks the numbers; call before loading or running anything. */
  void check() {
    if (threads != null && threads < 1) throw new UserInputException("--threads " + threads + ": must be at least 1");
    if (replications != null && (replications < 1 || replications > RunSettings.MAX_REPLICATIONS)) {
      throw new UserInputException("--replications " + replications + ": must be 1 to " + RunSettings.MAX_REPLICATIONS);
    }
  }

  int threadCount() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  /**
   * The {@code --set} overrides, checked, then {@code run.counterfactual=true} when {@code --counterfactual} was given:
   * last, so it wins over a {@code --set run.counterfactual=false}, and the run folder's manifest records it with the
   * other overrides.
   */
  List<String> sets() {
    List<String> sets = new ArrayList<>(SetArguments.checked(overrides));
    if (counterfactual) sets.add(COUNTERFACTUAL);
    return List.copyOf(sets);
  }

  /** The override that {@code --counterfactual} stands for. */
  static final String COUNTERFACTUAL = "run.counterfactual=true";

  /** The options as a request, checked; a progress bar only when not quiet and the error stream is a terminal. */
  RunRequest request(CliServices services) {
    return request(services, FileOptions.everything());
  }

  /** The request with {@code files}' choice of replications and files ({@code ctsim run}'s own options). */
  RunRequest request(CliServices services, FileOptions files) {
    List<String> sets = sets();
    check();
    return new RunRequest(sets, seed, replications, threadCount(), output,
        !quiet && services.terminal().getAsBoolean(), quiet, files);
  }
}
