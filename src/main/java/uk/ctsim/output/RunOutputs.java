package uk.ctsim.output;

import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.experiment.ReplicationResult;

/** Writes every file of a run into its folder, the manifest last, then marks the folder complete. */
public final class RunOutputs {
  /** The data files, in the order they are written (the manifest follows them). */
  public static final List<String> DATA_FILES =
      List.of(CostsCsv.FILE, DailyCsv.FILE, EventsCsv.FILE, IncidentsCsv.FILE, IncidentDaysCsv.FILE,
          OvertimeHistogramCsv.FILE, MetricsCsv.FILE, SummaryCsv.FILE, SummaryJson.FILE);

  private RunOutputs() {}

  public static void writeAll(RunFolder folder, ExperimentResult result, RunInfo info) {
    writeAll(folder, result, MetricTable.of(result), info);
  }

  /** As {@link #writeAll(RunFolder, ExperimentResult, RunInfo)}, with the metrics already tabled. */
  public static void writeAll(RunFolder folder, ExperimentResult result, MetricTable table, RunInfo info) {
    List<Integer> numbers = result.replications().stream().map(ReplicationResult::replication).toList();
    List<String> files = new ArrayList<>();
    write(folder, files, CostsCsv.FILE, out -> CostsCsv.write(result, out));
    write(folder, files, DailyCsv.FILE, out -> DailyCsv.write(result, out));
    write(folder, files, EventsCsv.FILE, out -> EventsCsv.write(result, out));
    write(folder, files, IncidentsCsv.FILE, out -> IncidentsCsv.write(result, out));
    write(folder, files, IncidentDaysCsv.FILE, out -> IncidentDaysCsv.write(result, out));
    write(folder, files, OvertimeHistogramCsv.FILE, out -> OvertimeHistogramCsv.write(result, out));
    write(folder, files, MetricsCsv.FILE, out -> MetricsCsv.write(table, numbers, out));
    write(folder, files, SummaryCsv.FILE, out -> SummaryCsv.write(table, out));
    write(folder, files, SummaryJson.FILE, out -> SummaryJson.write(result, table, out));
    folder.write(ManifestJson.FILE, out -> ManifestJson.write(result, info, files, out));
    folder.complete();
  }

  /** Writes one data file and notes it for the manifest's list of files. */
  private static void write(RunFolder folder, List<String> files, String name, RunFolder.Body body) {
    folder.write(name, body);
    files.add(name);
  }
}
