package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ctsim.experiment.ComparedRun;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.Comparisons;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.ComparisonCsv;
import uk.ctsim.output.ComparisonJson;
import uk.ctsim.output.ManifestJson;
import uk.ctsim.output.OutputFolderException;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunMetricsReader;
import uk.ctsim.output.report.CompareHtml;
import uk.ctsim.output.report.CostsWorkbook;
import uk.ctsim.output.report.LevelTables;
import uk.ctsim.scenario.Scenario;

/**
 * {@code ctsim compare}: reads the run folders, runs the scenario files (all with the first scenario's seed, so they
 * share random numbers) into subfolders of a new comparison folder, and writes the comparison there. The runs are
 * compared from the results held, whether read from a folder or just run (see {@link Comparisons#ofRuns}).
 */
final class CompareService {
  /** The workbook of a comparison: each run's mean and difference from the first, for the main metrics. */
  static final String COMPARISON_WORKBOOK = "comparison.xlsx";

  /** A run folder already read, or a scenario file loaded and waiting to run. */
  private record Source(ComparedRun read, Path file, Scenario scenario) {}

  private final CliServices services;
  private final PrintWriter err;
  private final RunRequest request;
  private final ReportFailures failures = new ReportFailures();

  private CompareService(CliServices services, PrintWriter err, RunRequest request) {
    this.services = services;
    this.err = err;
    this.request = request;
  }

  static Compared compare(CliServices services, PrintWriter err, CompareRequest request) {
    return new CompareService(services, err, request.run()).compare(request.runs());
  }

  private Compared compare(List<Path> given) {
    List<Source> sources = new ArrayList<>();
    for (Path g : given) sources.add(source(g));
    if (sources.stream().allMatch(s -> s.read() != null)) Comparisons.ofRuns(runs(sources)); // refuse before writing
    RunFolder top = FolderRun.open(services, request.output(), "comparison", OffsetDateTime.now(services.clock()));
    try {
      Scenario first = sources.stream().map(Source::scenario).filter(Objects::nonNull).findFirst().orElse(null);
      for (int i = 0; i < sources.size(); i++) {
        if (sources.get(i).read() == null) sources.set(i, runScenario(top, i, sources.get(i), first));
      }
      Comparison c = Comparisons.ofRuns(runs(sources));
      write(top, c, runs(sources));
      Path where = top.commit(ManifestJson.ofFolder("comparison", BuildInfo.version()));
      return failures.outcome(c, where);
    } catch (RuntimeException | Error e) {
      top.discard(e);
      throw e;
    }
  }

  /** Runs a scenario file into subfolder {@code i + 1}; the result it holds is what is compared. */
  private Source runScenario(RunFolder top, int i, Source s, Scenario first) {
    Scenario asRun = s.scenario().withRun(request.asRun(first).run());
    ScenarioFiles.warn(asRun, err);
    RunFolder folder = top.child((i + 1) + "-" + RunFolder.slug(asRun.name()));
    FolderRun.Done done = FolderRun.run(services, err, new FolderRun.Job(asRun.name(), asRun, s.file(),
        request.overrides(), request.threads(), request.showProgress()), folder, OffsetDateTime.now(services.clock()));
    failures.note(done);
    // Named where its folder will be once the comparison folder is committed.
    return new Source(ComparedRun.of(folder.target(), done.result(), done.table()), s.file(), s.scenario());
  }

  private static void write(RunFolder top, Comparison c, List<ComparedRun> runs) {
    top.write(ComparisonCsv.COMPARISON_FILE, out -> ComparisonCsv.write(c, "run", out));
    top.write(ComparisonJson.COMPARISON_FILE, out -> ComparisonJson.writeRuns(c, runs, out));
    top.write(CompareHtml.FILE, out -> out.write(CompareHtml.render(c, String.join(" vs ", c.labels()))));
    top.writeBytes(COMPARISON_WORKBOOK, out -> CostsWorkbook.write(
        List.of(LevelTables.differences(c, "Differences from " + c.labels().get(0), "Run")), out));
  }

  private Source source(Path given) {
    Path path = services.resolve(given);
    if (Files.isDirectory(path)) return new Source(read(path), null, null);
    Path file = ScenarioFiles.existing(services, given);
    return new Source(null, file, services.loader().load(file, request.overrides()));
  }

  private static ComparedRun read(Path dir) {
    try {
      return RunMetricsReader.read(dir);
    } catch (OutputFolderException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  private static List<ComparedRun> runs(List<Source> sources) {
    return sources.stream().map(Source::read).toList();
  }
}
