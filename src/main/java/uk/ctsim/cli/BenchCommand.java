package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.experiment.Benchmark;
import uk.ctsim.scenario.Scenario;

/** {@code ctsim bench}: seconds per simulated year of a scenario on one core, memory allocated, GC time, peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time replications of a scenario on one core (after a JIT warm-up) and report the memory they"
        + " allocated, garbage-collection time and peak heap.")
final class BenchCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (default: scenarios/london-2017.yaml).")
  Path file = Path.of("scenarios/london-2017.yaml");

  @Option(names = "--warmup", description = "Replications run first and not timed (default: ${DEFAULT-VALUE}).")
  int warmup = 2;

  @Option(names = "--replications", description = "Replications timed (default: ${DEFAULT-VALUE}).")
  int replications = 5;

  @Option(names = "--leave-out", split = ",", paramLabel = "PART",
      description = "Give the events to every handler but these (${COMPLETION-CANDIDATES}), to measure what they cost"
          + " by what their absence saves; the replications' results are then incomplete and are not kept.")
  List<Benchmark.Part> leaveOut = List.of();

  BenchCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    if (warmup < 0 || replications < 1 || replications > 1000) {
      throw new UserInputException("--warmup must be >= 0 and --replications between 1 and 1000");
    }
    Scenario scenario = services.loader().load(ScenarioFiles.existing(services, file), List.of());
    Set<Benchmark.Part> leftOut = leaveOut.isEmpty() ? Set.of() : EnumSet.copyOf(leaveOut);
    Benchmark.Result r = Benchmark.run(scenario, warmup, replications, leftOut);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("scenario            %s (%d days)%n", r.scenario(), r.days());
    if (!leftOut.isEmpty()) out.printf("left out            %s (results incomplete)%n", leftOut);
    out.printf("replications        %d timed after %d warm-up, one thread%n", r.secondsPerReplication().size(), r.warmup());
    out.printf("seconds/replication mean %.3f, min %.3f, max %.3f%n", r.meanSeconds(), r.minSeconds(), r.maxSeconds());
    out.printf("cpu s/replication   mean %.3f (this thread only)%n", r.meanCpuSeconds());
    out.printf("seconds/sim-year    %.3f (mean)%n", r.secondsPerYear());
    out.printf("allocated MB/rep    mean %.1f (this thread; the same for a build however busy the machine)%n",
        r.meanAllocatedMb());
    out.printf("gc s/replication    mean %.3f (%d collections in the timed replications)%n",
        r.gcSecondsPerReplication(), r.collections());
    out.printf("peak heap           %.0f MB%n", r.peakHeapMb());
    out.flush();
    return ExitCodes.OK;
  }
}
