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
    folder.write(CostsCsv.FILE, out -> CostsCsv.write(result, out));
    files.add(CostsCsv.FILE);
    folder.write(DailyCsv.FILE, out -> DailyCsv.write(result, out));
    files.add(DailyCsv.FILE);
    folder.write(EventsCsv.FILE, out -> EventsCsv.write(result, out));
    files.add(EventsCsv.FILE);
    folder.write(IncidentsCsv.FILE, out -> IncidentsCsv.write(result, out));
    files.add(IncidentsCsv.FILE);
    folder.write(IncidentDaysCsv.FILE, out -> IncidentDaysCsv.write(result, out));
    files.add(IncidentDaysCsv.FILE);
    folder.write(OvertimeHistogramCsv.FILE, out -> OvertimeHistogramCsv.write(result, out));
    files.add(OvertimeHistogramCsv.FILE);
    folder.write(MetricsCsv.FILE, out -> MetricsCsv.write(table, numbers, out));
    files.add(MetricsCsv.FILE);
    folder.write(SummaryCsv.FILE, out -> SummaryCsv.write(table, out));
    files.add(SummaryCsv.FILE);
    folder.write(SummaryJson.FILE, out -> SummaryJson.write(result, table, out));
    files.add(SummaryJson.FILE);
    folder.write(ManifestJson.FILE, out -> ManifestJson.write(result, info, files, out));
    folder.complete();
  }
}
