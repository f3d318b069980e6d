package uk.ctsim.output;

import java.util.List;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.experiment.ReplicationResult;

/** Writes the data files of a run into its folder; {@link #writeAll} also commits it with its manifest. */
public final class RunOutputs {
  /** The data files, in the order they are written (the manifest follows them). */
  public static final List<String> DATA_FILES =
      List.of(CostsCsv.FILE, DailyCsv.FILE, EventsCsv.FILE, IncidentsCsv.FILE, IncidentDaysCsv.FILE,
          OvertimeHistogramCsv.FILE, MutualAidCsv.FILE, MetricsCsv.FILE, SummaryCsv.FILE, SummaryJson.FILE);

  private RunOutputs() {}

  public static void writeAll(RunFolder folder, ExperimentResult result, RunInfo info) {
    writeAll(folder, result, MetricTable.of(result), info);
  }

  /** As {@link #writeAll(RunFolder, ExperimentResult, RunInfo)}, with the metrics already tabled. */
  public static void writeAll(RunFolder folder, ExperimentResult result, MetricTable table, RunInfo info) {
    writeData(folder, result, table);
    folder.commit(ManifestJson.of(result, info));
  }

  /** Writes the data files, in the order of {@link #DATA_FILES}; the folder is not committed. */
  public static void writeData(RunFolder folder, ExperimentResult result, MetricTable table) {
    List<Integer> numbers = result.replications().stream().map(ReplicationResult::replication).toList();
    folder.write(CostsCsv.FILE, out -> CostsCsv.write(result, out));
    folder.write(DailyCsv.FILE, out -> DailyCsv.write(result, out));
    folder.write(EventsCsv.FILE, out -> EventsCsv.write(result, out));
    folder.write(IncidentsCsv.FILE, out -> IncidentsCsv.write(result, out));
    folder.write(IncidentDaysCsv.FILE, out -> IncidentDaysCsv.write(result, out));
    folder.write(OvertimeHistogramCsv.FILE, out -> OvertimeHistogramCsv.write(result, out));
    folder.write(MutualAidCsv.FILE, out -> MutualAidCsv.write(result, out));
    folder.write(MetricsCsv.FILE, out -> MetricsCsv.write(table, numbers, out));
    folder.write(SummaryCsv.FILE, out -> SummaryCsv.write(table, out));
    folder.write(SummaryJson.FILE, out -> SummaryJson.write(result, table, out));
  }
}
