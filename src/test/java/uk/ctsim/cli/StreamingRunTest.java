package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.output.Fixtures;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunOutputs;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ScenarioWriter;

/**
 * {@code ctsim run} with the standard runner, which writes each replication as it finishes: its data files are
 * byte-identical to those written from all results in memory, whatever the thread count; {@code --outputs} and
 * {@code --chart-format} choose the other files.
 */
@Tag("slow") // runs quickstart's replications several times
class StreamingRunTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();

  @TempDir
  Path tmp;

  private CtsimCommandContext ctsim;

  @BeforeEach
  void realEngine() {
    ctsim = new CtsimCommandContext(tmp, Fixtures.result());
    ctsim.loader = ScenarioLoader::load;
    ctsim.runner = new CliServices.LocalRunner();
    ctsim.exporter = ScenarioWriter::toJson;
  }

  private Path run(String out, String threads, String... more) {
    String[] args = Stream.concat(Stream.of("run", QUICKSTART.toString(), "--seed", "7", "--replications", "3",
        "--threads", threads, "--quiet", "--output", out), Stream.of(more)).toArray(String[]::new);
    var outcome = ctsim.run(args);
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    return tmp.resolve(out);
  }

  @Test
  void streamedDataFilesAreByteIdenticalToTheInMemoryWritersWhateverTheThreads() throws IOException {
    Scenario asRun = ScenarioLoader.load(QUICKSTART).withRun(new uk.ctsim.scenario.RunSettings(7L, 3, false));
    ExperimentResult all = Experiment.run(asRun, 3, 7, 2, i -> {});
    RunFolder memory = RunFolder.createAt(tmp.resolve("memory"));
    RunOutputs.writeData(memory, all, MetricTable.of(all));
    Path one = run("one", "1", "--outputs", "data");
    Path three = run("three", "3", "--outputs", "data");
    for (String file : RunOutputs.DATA_FILES) {
      byte[] expected = Files.readAllBytes(memory.path().resolve(file));
      assertThat(Files.readAllBytes(one.resolve(file))).as(file + ", 1 thread").isEqualTo(expected);
      assertThat(Files.readAllBytes(three.resolve(file))).as(file + ", 3 threads").isEqualTo(expected);
    }
    assertThat(one.resolve("charts")).doesNotExist();
    assertThat(one.resolve("report.html")).doesNotExist();
    assertThat(one.resolve("costs.xlsx")).doesNotExist();
    assertThat(one.resolve("shard.json")).as("a whole run is not a shard").doesNotExist();
  }

  @Test
  void chartsOnlyInTheFormatAskedAndNoReportOrWorkbook() throws IOException {
    Path svg = run("svg", "2", "--outputs", "charts", "--chart-format", "svg");
    try (Stream<Path> charts = Files.list(svg.resolve("charts"))) {
      assertThat(charts.map(p -> p.getFileName().toString())).isNotEmpty().allMatch(n -> n.endsWith(".svg"));
    }
    assertThat(svg.resolve("report.html")).doesNotExist();
    assertThat(svg.resolve("costs.xlsx")).doesNotExist();
    Path png = run("png", "2", "--chart-format", "png");
    try (Stream<Path> charts = Files.list(png.resolve("charts"))) {
      assertThat(charts.map(p -> p.getFileName().toString())).isNotEmpty().allMatch(n -> n.endsWith(".png"));
    }
    assertThat(png.resolve("report.html")).exists();
    assertThat(png.resolve("costs.xlsx")).exists();
  }

  @Test
  void aDataOnlyRunPrintsTheMetricsSummary() {
    var outcome = ctsim.run("run", QUICKSTART.toString(), "--seed", "7", "--replications", "2", "--outputs", "data",
        "--output", "d");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("Scenario:      quickstart", "Replications:  2 (master seed 7)", "  total",
        "By category, mean", "Run folder:");
  }

  @Test
  void badOutputChoicesAreUserErrors() {
    var outcome = ctsim.run("run", QUICKSTART.toString(), "--outputs", "some", "--output", "x");
    assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(outcome.err()).contains("--outputs some: must be one of data, charts, all");
    outcome = ctsim.run("run", QUICKSTART.toString(), "--chart-format", "gif", "--output", "x");
    assertThat(outcome.err()).contains("--chart-format gif: must be one of png, svg, both");
    assertThat(tmp.resolve("x")).doesNotExist();
  }
}
