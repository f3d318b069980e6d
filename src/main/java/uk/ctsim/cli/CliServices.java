package uk.ctsim.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import uk.ctsim.output.OutputChoice;
import uk.ctsim.output.ReportOutputs;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunInfo;
import uk.ctsim.scenario.ThreatLevel;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.OrderedReplications;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ScenarioWriter;

/**
 * What the commands use from outside the command line, passed in so tests can run the CLI in-process on hand-built
 * results with a fixed clock and a temporary working directory.
 *
 * @param workingDir relative paths (scenario files, {@code --output}, the default {@code output/}) resolve here
 * @param terminal whether the error stream is a terminal, where a progress bar may be drawn
 */
record CliServices(Loader loader, Runner runner, Exporter exporter, Clock clock, Path workingDir,
    BooleanSupplier terminal, ReportWriter reports) {

  /** Loads and validates a scenario file with {@code path=value} overrides. */
  @FunctionalInterface
  interface Loader {
    Scenario load(Path file, List<String> overrides);
  }

  /** Runs the replications of a scenario. */
  @FunctionalInterface
  interface Runner {
    ExperimentResult run(Scenario scenario, int replications, long masterSeed, int threads, IntConsumer onDone);

    /**
     * Runs replications {@code from} to {@code to - 1} and gives each, mapped by {@code inWorker}, to {@code sink} in
     * replication order. This default runs them all with {@link #run} first (a test's hand-built results); the
     * standard runner streams them ({@link uk.ctsim.experiment.OrderedReplications}).
     */
    default <T> void stream(Scenario scenario, int from, int to, long masterSeed, int threads, IntConsumer onDone,
        Function<ReplicationResult, T> inWorker, Consumer<T> sink) {
      List<ReplicationResult> all = run(scenario, to, masterSeed, threads, onDone).replications();
      (from == 0 && to == scenario.run().replications() ? all : all.subList(from, to)).forEach(r -> sink.accept(inWorker.apply(r)));
    }
  }

  /** The standard runner: replications on a pool of threads, streamed in order through a small reorder buffer. */
  static final class LocalRunner implements Runner {
    @Override
    public ExperimentResult run(Scenario scenario, int replications, long masterSeed, int threads, IntConsumer onDone) {
      return Experiment.run(scenario, replications, masterSeed, threads, onDone);
    }

    @Override
    public <T> void stream(Scenario scenario, int from, int to, long masterSeed, int threads, IntConsumer onDone,
        Function<ReplicationResult, T> inWorker, Consumer<T> sink) {
      OrderedReplications.run(scenario, from, to, masterSeed, threads, onDone, inWorker, sink);
    }
  }

  /** The scenario as run, as a JSON object, for the manifest. */
  @FunctionalInterface
  interface Exporter {
    String toJson(Scenario scenario);
  }

  /** Writes the files for readers (charts, report, workbook) into a folder; a test can make it fail. */
  @FunctionalInterface
  interface ReportWriter {
    List<String> write(RunFolder folder, ExperimentResult result, Map<ThreatLevel, ExperimentResult> levels,
        RunInfo info);

    /** As {@link #write}, only the files {@code choice} asks for; everything goes through {@link #write}. */
    default List<String> write(RunFolder folder, ExperimentResult result, Map<ThreatLevel, ExperimentResult> levels,
        RunInfo info, OutputChoice choice) {
      return choice.equals(OutputChoice.EVERYTHING) ? write(folder, result, levels, info)
          : ReportOutputs.write(folder, result, levels, info, choice);
    }
  }

  CliServices {
    Objects.requireNonNull(reports);
    Objects.requireNonNull(loader);
    Objects.requireNonNull(runner);
    Objects.requireNonNull(exporter);
    Objects.requireNonNull(clock);
    Objects.requireNonNull(terminal);
    workingDir = workingDir.toAbsolutePath().normalize();
  }

  static CliServices standard() {
    return new CliServices(ScenarioLoader::load, new LocalRunner(), ScenarioWriter::toJson, Clock.systemDefaultZone(),
        Path.of(""), () -> System.console() != null, ReportOutputs::write);
  }

  Path resolve(Path path) {
    return workingDir.resolve(path).normalize();
  }
}
