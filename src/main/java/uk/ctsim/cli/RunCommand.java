package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.ConsoleSummary;
import uk.ctsim.output.OutputFolderException;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunFolderReader;
import uk.ctsim.output.RunInfo;
import uk.ctsim.output.RunOutputs;
import uk.ctsim.scenario.RunSettings;
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

  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's run.seed).")
  Long seed;

  @Option(names = "--replications", paramLabel = "N", description = "Replications (default: the scenario's run.replications).")
  Integer replications;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors).")
  Integer threads;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Run folder; must not exist or be empty (default: output/<scenario>-<yyyyMMdd-HHmmss>).")
  Path output;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario value; repeatable.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--quiet", description = "Print only the run folder's path.")
  boolean quiet;

  RunCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    Path file = ScenarioFiles.existing(services, scenarioFile);
    List<String> sets = Overrides.checked(overrides);
    int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (threadCount < 1) throw new UserInputException("--threads " + threadCount + ": must be at least 1");
    if (replications != null && (replications < 1 || replications > RunSettings.MAX_REPLICATIONS)) {
      throw new UserInputException("--replications " + replications + ": must be 1 to " + RunSettings.MAX_REPLICATIONS);
    }
    Scenario loaded = services.loader().load(file, sets);
    long masterSeed = seed != null ? seed : loaded.run().seed();
    int count = replications != null ? replications : loaded.run().replications();
    Scenario asRun = loaded.withRun(new RunSettings(masterSeed, count));
    OffsetDateTime started = OffsetDateTime.now(services.clock());
    RunFolder folder = openFolder(asRun, started);
    try {
      ExperimentResult result = services.runner().run(asRun, count, masterSeed, threadCount, progress(count));
      RunInfo info = new RunInfo(BuildInfo.version(), BuildInfo.gitCommit(services.workingDir()),
          BuildInfo.javaVersion(), file, sets, services.exporter().toJson(asRun), threadCount, started,
          OffsetDateTime.now(services.clock()));
      RunOutputs.writeAll(folder, result, info);
      // The data files are complete from here; a failure in the report files keeps them, so that
      // `ctsim report` can make the report again without simulating.
      ReportCommand.write(RunFolder.existing(folder.path()), result, RunFolderReader.manifest(folder.path()));
      PrintWriter out = spec.commandLine().getOut();
      out.print(quiet ? folder.path() + "\n" : ConsoleSummary.render(result, folder.path()));
      out.flush();
      return ExitCodes.OK;
    } catch (RuntimeException | Error e) {
      if (!folder.isComplete()) folder.discard(e);
      throw e;
    }
  }

  private RunFolder openFolder(Scenario scenario, OffsetDateTime started) {
    try {
      return output != null ? RunFolder.createAt(services.resolve(output))
          : RunFolder.createUnder(services.workingDir().resolve("output"), scenario.name(), started.toLocalDateTime());
    } catch (OutputFolderException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  /** Reports progress on the error stream about every 10% (never with --quiet), so long runs show they are alive. */
  private IntConsumer progress(int count) {
    PrintWriter err = spec.commandLine().getErr();
    AtomicInteger done = new AtomicInteger();
    int step = Math.max(1, count / 10);
    return replication -> {
      int n = done.incrementAndGet();
      if (quiet || (n % step != 0 && n != count)) return;
      synchronized (err) {
        err.println("replications done: " + n + "/" + count);
        err.flush();
      }
    };
  }
}
