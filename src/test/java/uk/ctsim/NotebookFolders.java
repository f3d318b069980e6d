package uk.ctsim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.MetricAlignment;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.experiment.design.ExperimentFile;
import uk.ctsim.experiment.design.ExperimentPlan;
import uk.ctsim.experiment.sweep.ScenarioPointModel;
import uk.ctsim.experiment.sweep.Sweep;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.ComparisonCsv;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunInfo;
import uk.ctsim.output.RunOutputs;
import uk.ctsim.output.SweepFolder;
import uk.ctsim.output.SweepOutputs;
import uk.ctsim.output.SweepTables;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioWriter;
import uk.ctsim.scenario.ThreatLevel;

/** Small real folders for the notebooks to read: a levels comparison and a one-at-a-time sweep of quickstart. */
final class NotebookFolders {
  private NotebookFolders() {}

  /** Quickstart at SUBSTANTIAL and CRITICAL, 2 replications each on common random numbers, as {@code ctsim levels} writes it. */
  static Path levels(Path dir, Scenario scenario) throws IOException {
    List<String> labels = List.of("SUBSTANTIAL", "CRITICAL");
    List<MetricTable> tables = new ArrayList<>();
    for (String label : labels) {
      Scenario at = scenario.withThreat(scenario.threat().fixedAt(ThreatLevel.valueOf(label)));
      ExperimentResult result = Experiment.run(at, 2, 5L, 2, r -> { });
      RunFolder folder = RunFolder.createAt(dir.resolve(label));
      RunOutputs.writeAll(folder, result, new RunInfo(BuildInfo.version(), null, BuildInfo.javaVersion(),
          Path.of("scenarios/quickstart.yaml").toAbsolutePath(), List.of(), ScenarioWriter.toJson(at), 2,
          OffsetDateTime.parse("2017-07-20T09:00:00Z"), OffsetDateTime.parse("2017-07-20T09:00:05Z")));
      tables.add(MetricTable.of(result));
    }
    Comparison c = new Comparison(labels, tables, 0, uk.ctsim.experiment.ComparisonMethod.PAIRED, MetricAlignment.common(labels, tables));
    try (var out = Files.newBufferedWriter(dir.resolve(ComparisonCsv.LEVELS_FILE))) {
      ComparisonCsv.write(c, "level", out);
    }
    return dir;
  }

  /** A one-at-a-time sweep of two parameters of a shortened quickstart, 2 replications a point. */
  static Path sweep(Path dir, Path experimentFile) throws IOException {
    Files.writeString(experimentFile, String.join("\n",
        "scenario: " + Path.of("scenarios/quickstart.yaml").toAbsolutePath(),
        "set: [period.end=2017-06-06]", "replications: 2", "seed: 3", "design: {type: ONE_AT_A_TIME}",
        "parameters:", "  - {path: posture.attackUplift, range: {min: 0.1, max: 0.9}}",
        "  - {path: 'posture.visiblePatrols.CRITICAL', range: {min: 50, max: 300}, integer: true}",
        "outputs: [cost.total, cost.additional, kpi.unmet_hours]", ""));
    ExperimentPlan plan = ExperimentFile.load(experimentFile);
    SweepFolder folder = SweepFolder.open(dir, SweepTables.experimentJson(plan, ScenarioWriter.toJson(plan.base())));
    var results = Sweep.run(plan.design().points(), new ScenarioPointModel(plan),
        new Sweep.Settings(plan.outputs(), plan.replications(), plan.masterSeed(), 2), folder, r -> { });
    SweepOutputs.write(folder, plan, results);
    return dir;
  }
}
