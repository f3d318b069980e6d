package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.IncomparableRunsException;
import uk.ctsim.experiment.MetricAlignment;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.experiment.Metrics;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.output.ComparisonCsv;
import uk.ctsim.output.ComparisonJson;
import uk.ctsim.output.ComparisonTable;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.ManifestJson;
import uk.ctsim.output.OutputFolderException;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunMetricsReader;
import uk.ctsim.output.report.CompareHtml;
import uk.ctsim.output.report.CostsWorkbook;
import uk.ctsim.output.report.LevelTables;
import uk.ctsim.output.RunMetricsReader.RunData;
import uk.ctsim.scenario.Scenario;

/**
 * {@code ctsim compare}: metrics of several runs side by side with differences from the first. Each argument is a run
 * folder or a scenario file; scenario files are run (all with the same seed, so they share random numbers) into
 * subfolders of the comparison folder. Paired intervals when every run has the same replication seeds, Welch
 * intervals otherwise.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare runs (run folders or scenario files to run) metric by metric, with differences from the first.")
final class CompareCommand implements Callable<Integer> {
  /** The workbook of a comparison: each run's mean and difference from the first, for the main metrics. */
  static final String COMPARISON_WORKBOOK = "comparison.xlsx";

  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "RUN", description = "Run folders or scenario files; the first is the reference.")
  List<Path> runs;

  @Mixin
  RunOptions options;

  CompareCommand(CliServices services) {
    this.services = services;
  }

  /** A run folder already read, or a scenario file loaded and waiting to run. */
  private record Source(Path given, RunData data, Path file, Scenario scenario) {}

  @Override
  public Integer call() {
    List<String> sets = options.sets();
    options.check();
    List<Source> sources = new ArrayList<>();
    for (Path given : runs) sources.add(source(given, sets));
    Scenario firstScenario = sources.stream().map(Source::scenario).filter(s -> s != null).findFirst().orElse(null);
    if (sources.stream().allMatch(s -> s.data() != null)) comparison(data(sources)); // refuse before writing anything
    OffsetDateTime started = OffsetDateTime.now(services.clock());
    RunFolder top = FolderRun.open(services, options.output, "comparison", started);
    List<Path> failed = new ArrayList<>();
    Throwable failure = null;
    try {
      for (int i = 0; i < sources.size(); i++) {
        Source s = sources.get(i);
        if (s.data() != null) continue;
        Scenario asRun = s.scenario().withRun(options.asRun(firstScenario).run());
        ScenarioFiles.warn(asRun, spec.commandLine().getErr());
        RunFolder folder = top.child((i + 1) + "-" + RunFolder.slug(asRun.name()));
        FolderRun.Done done = FolderRun.run(services, spec.commandLine().getErr(),
            !options.quiet && services.terminal().getAsBoolean(), asRun.name(), folder, s.file(), sets, asRun,
            options.threadCount(), OffsetDateTime.now(services.clock()));
        if (done.reportFailure() != null) {
          failed.add(done.folder());
          failure = done.reportFailure();
        }
        // The result it already holds, named where its folder will be once the comparison folder is committed.
        List<Long> seeds = done.result().replications().stream().map(ReplicationResult::seed).toList();
        sources.set(i, new Source(s.given(), new RunData(folder.target(), asRun.name(), done.result().masterSeed(), seeds,
            done.table()), s.file(), s.scenario()));
      }
      List<RunData> data = data(sources);
      Comparison c = comparison(data);
      Map<String, Object> facts = facts(data, c);
      top.write(ComparisonCsv.COMPARISON_FILE, out -> ComparisonCsv.write(c, "run", out));
      top.write(ComparisonJson.COMPARISON_FILE, out -> ComparisonJson.write(c, facts, out));
      top.write(CompareHtml.FILE, out -> out.write(CompareHtml.render(c, String.join(" vs ", c.labels()))));
      top.writeBytes(COMPARISON_WORKBOOK, out -> CostsWorkbook.write(
          List.of(LevelTables.differences(c, "Differences from " + c.labels().get(0), "Run")), out));
      Path where = top.commit(ManifestJson.ofFolder("comparison", BuildInfo.version()));
      PrintWriter out = spec.commandLine().getOut();
      out.print(options.quiet ? where + "\n" : ComparisonTable.render(c, Metrics.MAIN) + "\nOutput: " + where + "\n");
      out.flush();
      if (failure != null) throw new ReportsFailedException(failed, failure);
      return ExitCodes.OK;
    } catch (RuntimeException | Error e) {
      top.discard(e);
      throw e;
    }
  }

  private Source source(Path given, List<String> sets) {
    Path path = services.resolve(given);
    if (Files.isDirectory(path)) return new Source(given, read(path), null, null);
    Path file = ScenarioFiles.existing(services, given);
    return new Source(given, null, file, services.loader().load(file, sets));
  }

  private static RunData read(Path dir) {
    try {
      return RunMetricsReader.read(dir);
    } catch (OutputFolderException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  private static List<RunData> data(List<Source> sources) {
    return sources.stream().map(Source::data).toList();
  }

  /** Paired when every run has the first run's seeds; refuses runs that cannot be compared. */
  static Comparison comparison(List<RunData> data) {
    List<String> labels = labels(data);
    List<MetricTable> tables = data.stream().map(RunData::table).toList();
    RunData first = data.get(0);
    boolean paired = data.stream().allMatch(d -> d.seeds().equals(first.seeds()));
    for (RunData d : data) {
      if (!paired && d.masterSeed() == first.masterSeed() && d.seeds().size() != first.seeds().size()) {
        throw new UserInputException("cannot compare " + first.folder() + " (" + first.seeds().size()
            + " replications) with " + d.folder() + " (" + d.seeds().size() + " replications): they share the master "
            + "seed, so a paired comparison needs the same number of replications; rerun one with --replications "
            + first.seeds().size());
      }
    }
    try {
      return new Comparison(labels, tables, 0, paired, MetricAlignment.common(labels, tables));
    } catch (IncomparableRunsException e) {
      throw new UserInputException("cannot compare these runs: " + e.getMessage(), e);
    }
  }

  /** Folder names, made unique with a suffix where two runs have the same name. */
  private static List<String> labels(List<RunData> data) {
    List<String> labels = new ArrayList<>();
    for (RunData d : data) {
      String base = d.folder().getFileName().toString();
      String label = base;
      for (int n = 2; labels.contains(label); n++) label = base + "#" + n;
      labels.add(label);
    }
    return labels;
  }

  private static Map<String, Object> facts(List<RunData> data, Comparison c) {
    Map<String, Object> facts = new LinkedHashMap<>();
    List<Map<String, Object>> sources = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("label", c.labels().get(i));
      s.put("folder", data.get(i).folder().toString());
      s.put("scenario", data.get(i).scenario());
      s.put("master_seed", data.get(i).masterSeed());
      s.put("replication_count", data.get(i).seeds().size());
      sources.add(s);
    }
    facts.put("sources", sources);
    return facts;
  }
}
