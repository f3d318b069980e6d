package uk.ctsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import uk.ctsim.experiment.ExperimentResult;

/**
 * Runs the CLI in-process, as {@code ctsim ARGS} would, with captured output, a fixed clock, a temporary working
 * directory and hand-built scenario and result in place of the loader and the engine.
 */
final class CtsimCommandContext {
  /** What one invocation printed and returned. */
  record Outcome(int exitCode, String out, String err) {}

  final Path workingDir;
  final List<String> runnerCalls = new ArrayList<>();
  CliServices.Loader loader;
  CliServices.Runner runner;
  /** The scenario as run for the manifest; a stub by default, the real writer where a test reads the folder back. */
  CliServices.Exporter exporter = s -> "{\"name\": \"" + s.name() + "\"}";
  /** Writes the report files; a test replaces it with one that fails. */
  CliServices.ReportWriter reports = uk.ctsim.output.ReportOutputs::write;
  /** Whether the CLI is told its error stream is a terminal (a progress bar is drawn only then). */
  boolean terminal;

  CtsimCommandContext(Path workingDir, ExperimentResult result) {
    this.workingDir = workingDir;
    this.loader = (file, overrides) -> result.scenario();
    this.runner = (scenario, replications, seed, threads, onDone) -> {
      runnerCalls.add(replications + " replications, seed " + seed + ", " + threads + " threads");
      for (int i = 1; i <= replications; i++) onDone.accept(i);
      return result;
    };
  }

  Outcome run(String... args) {
    Clock clock = Clock.fixed(Instant.parse("2017-07-20T09:00:00Z"), ZoneOffset.UTC);
    CliServices.Runner current = new CliServices.Runner() { // the runner set now, streaming as it streams
      @Override
      public ExperimentResult run(uk.ctsim.scenario.Scenario s, int n, long seed, int t, java.util.function.IntConsumer done) {
        return runner.run(s, n, seed, t, done);
      }

      @Override
      public <T> void stream(uk.ctsim.scenario.Scenario s, int from, int to, long seed, int t,
          java.util.function.IntConsumer done, java.util.function.Function<uk.ctsim.experiment.ReplicationResult, T> map,
          java.util.function.Consumer<T> sink) {
        runner.stream(s, from, to, seed, t, done, map, sink);
      }
    };
    CliServices services = new CliServices((f, o) -> loader.load(f, o), current, s -> exporter.toJson(s), clock,
        workingDir, () -> terminal, (f, r, levels, i) -> reports.write(f, r, levels, i));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine(services);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }
}
