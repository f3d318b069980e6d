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

  RunCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    RunRequest request = options.request(services);
    FolderRun.Done done = RunService.run(services, spec.commandLine().getErr(), scenarioFile, request);
    PrintWriter out = spec.commandLine().getOut();
    out.print(request.quiet() ? done.folder() + "\n" : ConsoleSummary.render(done.result(), done.table(), done.folder()));
    out.flush();
    if (done.reportFailure() != null) throw new ReportsFailedException(List.of(done.folder()), done.reportFailure());
    return ExitCodes.OK;
  }
}
