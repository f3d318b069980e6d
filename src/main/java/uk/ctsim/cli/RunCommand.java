package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.output.ConsoleSummary;
import uk.ctsim.output.MetricsConsoleSummary;
import uk.ctsim.scenario.Scenario;

/** {@code ctsim run}: loads a scenario, runs its replications, writes a new run folder and prints a summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a scenario's replications in parallel and write the results to a new run folder.")
final class RunCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
  Path scenarioFile;

  @Mixin
  RunOptions options;

  @Mixin
  FileOptions files;

  RunCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    RunRequest request = options.request(services, files);
    FolderRun.Done done = RunService.run(services, spec.commandLine().getErr(), scenarioFile, request);
    PrintWriter out = spec.commandLine().getOut();
    out.print(request.quiet() ? done.folder() + "\n" : summary(done));
    out.flush();
    if (done.reportFailure() != null) throw new ReportsFailedException(List.of(done.folder()), done.reportFailure());
    return ExitCodes.OK;
  }

  /** The full summary when the run kept its results; the metrics' summary when it wrote data only. */
  private static String summary(FolderRun.Done done) {
    Scenario asRun = done.asRun();
    return done.result() != null ? ConsoleSummary.render(done.result(), done.table(), done.folder())
        : MetricsConsoleSummary.render(asRun, asRun.run().seed(), done.table(), done.folder());
  }

  /** The full summary when the run kept its results; the metrics' summary when it wrote data only. */
  private static String summary(Scenario asRun, FolderRun.Done done) {
    return done.result() != null ? ConsoleSummary.render(done.result(), done.table(), done.folder())
        : MetricsConsoleSummary.render(asRun, asRun.run().seed(), done.table(), done.folder());
  }
}
