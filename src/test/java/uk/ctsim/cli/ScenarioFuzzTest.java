package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import picocli.CommandLine;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.output.Manifests;
import uk.ctsim.output.ReportOutputs;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunInfo;
import uk.ctsim.output.RunOutputs;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ScenarioWriter;

/**
 * Property-based fuzz test of scenario input: the shipped scenarios, mutated as a new user might get them wrong
 * ({@link ScenarioMutator}), must never make {@code ctsim validate} throw, report an internal error or hang, nor quote
 * more than 80 characters of a value; and every file it accepts must run one replication, for the case's seed, without
 * an error, into a run folder that verifies.
 *
 * <p>The seed is fixed, so CI runs the same cases every time. The number of cases is jqwik's default number of tries,
 * {@code jqwik.tries.default} in {@code src/test/resources/junit-platform.properties} (200); for thousands, run
 * {@code mvn -B test -Dtest=ScenarioFuzzTest -Djqwik.tries.default=3000}. To keep a case quick, before mutation the
 * quickstart is cut to the eight days from the London Bridge attack (with a concert), the London year to eight days
 * from 30 June (four calendar events) and its establishment to a tenth, as the quickstart's is; a mutated period is
 * kept to at most eight days.
 */
@net.jqwik.api.Tag("slow")
class ScenarioFuzzTest {
  private static final int MAX_DAYS = 8;
  private static final AtomicInteger CASES = new AtomicInteger();
  private static final AtomicInteger ACCEPTED = new AtomicInteger();
  private static final AtomicInteger WARNED = new AtomicInteger();
  private static Path work;
  private static List<ObjectNode> bases;
  private static ExecutorService executor;

  @BeforeContainer
  static void setUp() throws IOException {
    work = Files.createTempDirectory("ctsim-fuzz-");
    ObjectNode quickstart = ScenarioMutator.read(Files.readString(Path.of("scenarios/quickstart.yaml").toAbsolutePath()));
    ((ObjectNode) quickstart.get("period")).put("start", "2017-06-03").put("end", "2017-06-10"); // London Bridge, a concert
    ObjectNode london = ScenarioMutator.read(Files.readString(Path.of("scenarios/london-2017.yaml").toAbsolutePath()));
    ((ObjectNode) london.get("period")).put("start", "2017-06-30").put("end", "2017-07-07"); // four calendar events
    for (var force : london.get("forces")) {
      for (var role : force.get("establishment")) {
        ((ObjectNode) role).put("officers", Math.max(1, role.get("officers").asInt() / 10));
      }
    }
    bases = List.of(quickstart, london);
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fuzz-case");
      t.setDaemon(true); // a hung case must not keep the test JVM alive
      return t;
    });
  }

  @AfterContainer
  static void tearDown() throws IOException {
    executor.shutdownNow();
    try (var all = Files.walk(work)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
    System.out.printf("ScenarioFuzzTest: %d mutated scenarios validated, %d accepted (%d with warnings) and run, %d refused%n",
        CASES.get(), ACCEPTED.get(), WARNED.get(), CASES.get() - ACCEPTED.get());
  }

  @Property(seed = "20170603", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void validateNeverBreaksAndEveryAcceptedFileRuns(@ForAll @IntRange(min = 0, max = 1) int base,
      @ForAll long mutationSeed, @ForAll long runSeed) throws Exception {
    int n = CASES.incrementAndGet();
    String text = new ScenarioMutator(mutationSeed).mutate(bases.get(base), MAX_DAYS);
    Path file = work.resolve("case-" + n + (n % 7 == 0 ? ".json" : ".yaml"));
    Files.writeString(file, n % 7 == 0 ? asJson(text) : text);
    String[] validate = within(30, () -> validate(file), file);
    int exit = Integer.parseInt(validate[0]);
    String err = validate[1];
    assertThat(exit).as("exit code of validate on %s:%n%s", file, err).isIn(0, 2);
    assertThat(err).as(file.toString()).doesNotContain("internal error").doesNotContain("Exception");
    assertThat(err).as("a message quotes more than 80 characters of a value").doesNotContain(ScenarioMutator.LONG.substring(0, 81));
    if (exit == 0) {
      ACCEPTED.incrementAndGet();
      if (err.contains("warning:")) WARNED.incrementAndGet();
      within(120, () -> runOnce(file, runSeed, n), file);
    }
    Files.delete(file);
  }

  private static String[] validate(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliServices real = new CliServices(ScenarioLoader::load, Experiment::run, ScenarioWriter::toJson,
        Clock.fixed(Instant.parse("2017-07-20T09:00:00Z"), ZoneOffset.UTC), work, () -> false, ReportOutputs::write);
    CommandLine cli = Main.commandLine(real);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute("validate", file.toString());
    return new String[] {String.valueOf(exit), err.toString()};
  }

  /** One replication of an accepted file with the case's seed, written to a run folder that must verify. */
  private static Void runOnce(Path file, long seed, int n) {
    Scenario scenario = ScenarioLoader.load(file);
    ExperimentResult result = Experiment.run(scenario, 1, seed, 1, done -> { });
    RunFolder folder = RunFolder.createAt(work.resolve("run-" + n));
    OffsetDateTime t = OffsetDateTime.parse("2017-07-20T09:00:00Z");
    RunOutputs.writeAll(folder, result, new RunInfo("fuzz", null, "17", file, List.of(), ScenarioWriter.toJson(scenario), 1, t, t));
    assertThat(Manifests.verify(folder.target())).isEmpty();
    deleteTree(folder.target());
    return null;
  }

  private static <T> T within(int seconds, Callable<T> task, Path file) throws Exception {
    Future<T> future = executor.submit(task);
    try {
      return future.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return fail("hung for over " + seconds + " s on " + file + ":\n" + Files.readString(file));
    } catch (ExecutionException e) {
      throw new AssertionError("failed on " + file + ": " + e.getCause() + "\n" + Files.readString(file), e.getCause());
    }
  }

  /** The same scenario as JSON (a seventh of the cases are JSON files); text that is not YAML any more stays as it is. */
  private static String asJson(String yaml) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(yaml));
    } catch (IOException | RuntimeException e) {
      return yaml;
    }
  }

  private static void deleteTree(Path root) {
    try (var all = Files.walk(root)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
