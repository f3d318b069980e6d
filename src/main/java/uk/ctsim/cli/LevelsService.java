package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.Comparisons;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.LevelsPlan;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.ComparisonCsv;
import uk.ctsim.output.ComparisonJson;
import uk.ctsim.output.ManifestJson;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunInfo;
import uk.ctsim.output.report.CompareHtml;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ThreatLevel;

/**
 * {@code ctsim levels}: the scenario at each threat level on common random numbers, each level's run folder a
 * subfolder named after the level, and the top folder's report the reference level's run with cost by threat level.
 */
final class LevelsService {
  private LevelsService() {}

  static Compared run(CliServices services, PrintWriter err, LevelsRequest request) {
    Path file = ScenarioFiles.existing(services, request.scenarioFile());
    RunRequest run = request.run();
    Scenario asRun = run.asRun(services.loader().load(file, run.overrides()));
    LevelsPlan plan = plan(request, asRun);
    ScenarioFiles.warn(asRun, err);
    RunFolder top = FolderRun.open(services, run.output(), asRun.name() + "-levels", OffsetDateTime.now(services.clock()));
    try {
      ReportFailures failures = new ReportFailures();
      Map<ThreatLevel, FolderRun.Done> done = new EnumMap<>(ThreatLevel.class);
      for (ThreatLevel level : plan.levels()) {
        Scenario atLevel = asRun.withThreat(asRun.threat().fixedAt(level));
        FolderRun.Job job = new FolderRun.Job(level.name(), atLevel, file, run.overrides(), run.threads(),
            run.showProgress());
        done.put(level, FolderRun.run(services, err, job, top.child(level.name()), OffsetDateTime.now(services.clock())));
        failures.note(done.get(level));
      }
      Comparison c = Comparisons.ofLevels(tables(done), plan.reference());
      top.write(ComparisonCsv.LEVELS_FILE, out -> ComparisonCsv.write(c, "level", out));
      top.write(ComparisonJson.LEVELS_FILE, out -> ComparisonJson.writeLevels(c, plan, out));
      top.write(CompareHtml.FILE, out -> out.write(CompareHtml.render(c, asRun.name() + ": threat levels")));
      var manifest = ManifestJson.ofFolder("levels", BuildInfo.version());
      FolderRun.Done reference = done.get(plan.reference());
      RunInfo info = reference.info();
      Throwable topFailure = FolderRun.reports(services, top, reference.result(), results(done), info);
      if (topFailure != null) {
        ManifestJson.reportsFailed(manifest, String.valueOf(topFailure));
        failures.noteTop(top.target(), topFailure);
      }
      return failures.outcome(c, top.commit(manifest));
    } catch (RuntimeException | Error e) {
      top.discard(e);
      throw e;
    }
  }

  /** The levels to run and the reference, which must be one of them. */
  static LevelsPlan plan(LevelsRequest request, Scenario asRun) {
    List<ThreatLevel> chosen = request.levels().stream().distinct().sorted().toList();
    ThreatLevel given = request.reference();
    ThreatLevel reference = given != null ? given : asRun.threat().level();
    if (!chosen.contains(reference)) {
      throw new UserInputException((given != null ? "--reference " + reference
          : "the scenario's own level " + reference + " (the default reference)") + " is not one of --levels " + chosen
          + (given != null ? "" : "; add it or choose one with --reference"));
    }
    return new LevelsPlan(asRun.name(), asRun.run().seed(), asRun.run().replications(), chosen, reference);
  }

  private static Map<ThreatLevel, MetricTable> tables(Map<ThreatLevel, FolderRun.Done> done) {
    Map<ThreatLevel, MetricTable> tables = new EnumMap<>(ThreatLevel.class);
    done.forEach((level, d) -> tables.put(level, d.table()));
    return tables;
  }

  private static Map<ThreatLevel, ExperimentResult> results(Map<ThreatLevel, FolderRun.Done> done) {
    Map<ThreatLevel, ExperimentResult> results = new EnumMap<>(ThreatLevel.class);
    done.forEach((level, d) -> results.put(level, d.result()));
    return results;
  }
}
