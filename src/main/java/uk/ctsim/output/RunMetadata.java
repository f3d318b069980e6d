package uk.ctsim.output;

import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.output.report.Table;
import uk.ctsim.output.report.Table.Type;

/**
 * The run's metadata as a two-column table for the report and workbook, from the typed values the run holds (or that
 * {@link RunFolderReader} read back), never from field names of {@code manifest.json}.
 */
final class RunMetadata {
  private RunMetadata() {}

  static Table of(RunInfo info, ExperimentResult result) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("ctsim version", info.ctsimVersion()));
    rows.add(List.of("Git commit", info.gitCommit() == null ? "unknown" : info.gitCommit()));
    rows.add(List.of("Java version", info.javaVersion()));
    rows.add(List.of("Scenario file", info.scenarioFile().toString()));
    List<String> overrides = info.overrides();
    rows.add(List.of("Overrides (--set)", overrides.isEmpty() ? "none" : String.join("; ", overrides)));
    rows.add(List.of("Master seed", String.valueOf(result.masterSeed())));
    List<String> seeds = new ArrayList<>();
    for (ReplicationResult r : result.replications()) seeds.add(r.replication() + ": " + r.seed());
    rows.add(List.of("Replications", seeds.size() + (seeds.isEmpty() ? "" : " (seeds " + String.join(", ", seeds) + ")")));
    rows.add(List.of("Worker threads", String.valueOf(info.threads())));
    rows.add(List.of("Started", info.started().toString()));
    rows.add(List.of("Ended", info.ended().toString()));
    return new Table("Run", Table.columns("Item", Type.TEXT, "Value", Type.TEXT), rows);
  }
}
