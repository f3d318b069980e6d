package uk.ctsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ctsim compare}: metrics of several runs side by side with differences from the first. Each argument is a run
 * folder or a scenario file; scenario files are run (all with the same seed, so they share random numbers) into
 * subfolders of the comparison folder. Paired intervals when every run has the same replication seeds, Welch
 * intervals otherwise.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare runs (run folders or scenario files to run) metric by metric, with differences from the first.")
final class CompareCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "RUN", description = "Run folders or scenario files; the first is the reference.")
  List<Path> runs;

  @Mixin
  RunOptions options;

  CompareCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    CompareRequest request = new CompareRequest(runs, options.request(services));
    Compared c = CompareService.compare(services, spec.commandLine().getErr(), request);
    return c.print(spec.commandLine().getOut(), options.quiet);
  }
}
