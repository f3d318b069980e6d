package uk.ctsim.cli;

import java.io.PrintWriter;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.MetricAlignment;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.experiment.Metrics;
import uk.ctsim.experiment.Seeds;
import uk.ctsim.output.ComparisonCsv;
import uk.ctsim.output.ComparisonJson;
import uk.ctsim.output.ComparisonTable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.ManifestJson;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.report.CompareHtml;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ThreatLevel;

/**
 * {@code ctsim levels}: the scenario with the threat level held fixed at each level, on common random numbers
 * (replication r has the same seed at every level), and each level's difference from a reference level with a paired
 * interval. Each level's run folder is a subfolder named after the level.
 */
@Command(name = "levels", mixinStandardHelpOptions = true,
    description = "Run a scenario at each threat level on common random numbers and compare the costs.")
final class LevelsCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
  Path scenarioFile;

  @Option(names = "--levels", split = ",", paramLabel = "LEVEL",
      description = "Threat levels to run, comma-separated (default: all five).")
  List<ThreatLevel> levels = List.of(ThreatLevel.values());

  @Option(names = "--reference", paramLabel = "LEVEL",
      description = "Level that differences are taken from (default: the scenario's own starting level).")
  ThreatLevel reference;

  @Mixin
  RunOptions options;

  LevelsCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    Path file = ScenarioFiles.existing(services, scenarioFile);
    List<String> sets = options.sets();
    options.check();
    List<ThreatLevel> chosen = levels.stream().distinct().sorted().toList();
    Scenario asRun = options.asRun(services.loader().load(file, sets));
    ThreatLevel reference = this.reference != null ? this.reference : asRun.threat().level();
    if (!chosen.contains(reference)) {
      throw new UserInputException((this.reference != null ? "--reference " + reference
          : "the scenario's own level " + reference + " (the default reference)") + " is not one of --levels " + chosen
          + (this.reference != null ? "" : "; add it or choose one with --reference"));
    }
    OffsetDateTime started = OffsetDateTime.now(services.clock());
    ScenarioFiles.warn(asRun, spec.commandLine().getErr());
    RunFolder top = FolderRun.open(services, options.output, asRun.name() + "-levels", started);
    List<Path> failed = new ArrayList<>();
    Throwable failure = null;
    try {
      List<MetricTable> tables = new ArrayList<>();
      Map<ThreatLevel, ExperimentResult> results = new java.util.EnumMap<>(ThreatLevel.class);
      Map<ThreatLevel, uk.ctsim.output.RunInfo> infos = new java.util.EnumMap<>(ThreatLevel.class);
      for (ThreatLevel level : chosen) {
        RunFolder folder = top.child(level.name());
        Scenario atLevel = asRun.withThreat(asRun.threat().fixedAt(level));
        FolderRun.Done done = FolderRun.run(services, spec.commandLine().getErr(), showProgress(), level.name(), folder,
            file, sets, atLevel, options.threadCount(), OffsetDateTime.now(services.clock()));
        if (done.reportFailure() != null) {
          failed.add(done.folder());
          failure = done.reportFailure();
        }
        tables.add(done.table());
        results.put(level, done.result());
        infos.put(level, done.info());
      }
      List<String> labels = chosen.stream().map(Enum::name).toList();
      Comparison c = new Comparison(labels, tables, chosen.indexOf(reference), true,
          MetricAlignment.common(labels, tables));
      top.write(ComparisonCsv.LEVELS_FILE, out -> ComparisonCsv.write(c, "level", out));
      top.write(ComparisonJson.LEVELS_FILE, out -> ComparisonJson.write(c, facts(asRun, chosen), out));
      top.write(CompareHtml.FILE, out -> out.write(CompareHtml.render(c, asRun.name() + ": threat levels")));
      // The top folder's report: the reference level's run, with cost by threat level across all of them.
      ObjectNode manifest = ManifestJson.ofFolder("levels", BuildInfo.version());
      Throwable topFailure = FolderRun.reports(services, top, results.get(reference), results,
          infos.get(reference));
      if (topFailure != null) {
        ManifestJson.reportsFailed(manifest, String.valueOf(topFailure));
        failed.add(0, top.target());
        failure = topFailure;
      }
      Path where = top.commit(manifest);
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

  private boolean showProgress() {
    return !options.quiet && services.terminal().getAsBoolean();
  }

  private static Map<String, Object> facts(Scenario asRun, List<ThreatLevel> levels) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("scenario", asRun.name());
    facts.put("master_seed", asRun.run().seed());
    facts.put("replication_count", asRun.run().replications());
    List<Long> seeds = new ArrayList<>();
    for (int r = 0; r < asRun.run().replications(); r++) seeds.add(Seeds.replicationSeed(asRun.run().seed(), r));
    facts.put("replication_seeds", seeds);
    facts.put("levels", levels.stream().map(Enum::name).toList());
    facts.put("folders", levels.stream().map(l -> l.name() + "/").toList());
    return facts;
  }
}
