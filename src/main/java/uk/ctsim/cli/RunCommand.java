package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.output.ConsoleSummary;
import uk.ctsim.output.MetricsConsoleSummary;
import uk.ctsim.output.RunFolder;
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
    Path file = ScenarioFiles.existing(services, scenarioFile);
    List<String> sets = options.sets();
    options.check();
    Scenario asRun = options.asRun(services.loader().load(file, sets));
    RunPlan plan = files.plan(asRun);
    ScenarioFiles.warn(asRun, spec.commandLine().getErr());
    OffsetDateTime started = OffsetDateTime.now(services.clock());
    RunFolder folder = FolderRun.open(services, options.output, asRun.name(), started);
    try {
      PrintWriter err = spec.commandLine().getErr();
      boolean show = !options.quiet && services.terminal().getAsBoolean();
      FolderRun.Done done = StreamedRun.run(services, err, show, asRun.name(), folder, file, sets, asRun,
          options.threadCount(), started, plan);
      PrintWriter out = spec.commandLine().getOut();
      out.print(options.quiet ? done.folder() + "\n" : summary(asRun, done));
      out.flush();
      if (done.reportFailure() != null) throw new ReportsFailedException(List.of(done.folder()), done.reportFailure());
      return ExitCodes.OK;
    } catch (RuntimeException | Error e) {
      folder.discard(e); // removes the staging folder of a run that did not commit; a committed one is kept
      throw e;
    }
  }

  /** The full summary when the run kept its results; the metrics' summary when it wrote data only. */
  private static String summary(Scenario asRun, FolderRun.Done done) {
    return done.result() != null ? ConsoleSummary.render(done.result(), done.table(), done.folder())
        : MetricsConsoleSummary.render(asRun, asRun.run().seed(), done.table(), done.folder());
  }
}
