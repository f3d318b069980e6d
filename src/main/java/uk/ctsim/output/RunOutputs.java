package uk.ctsim.output;

import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.ExperimentResult;

/** Writes every file of a run into its folder, the manifest last, then marks the folder complete. */
public final class RunOutputs {
  /** The data files, in the order they are written (the manifest follows them). */
  public static final List<String> DATA_FILES =
      List.of(CostsCsv.FILE, DailyCsv.FILE, EventsCsv.FILE, IncidentsCsv.FILE, SummaryJson.FILE);

  private RunOutputs() {}

  public static void writeAll(RunFolder folder, ExperimentResult result, RunInfo info) {
    List<String> files = new ArrayList<>();
    folder.write(CostsCsv.FILE, out -> CostsCsv.write(result, out));
    files.add(CostsCsv.FILE);
    folder.write(DailyCsv.FILE, out -> DailyCsv.write(result, out));
    files.add(DailyCsv.FILE);
    folder.write(EventsCsv.FILE, out -> EventsCsv.write(result, out));
    files.add(EventsCsv.FILE);
    folder.write(IncidentsCsv.FILE, out -> IncidentsCsv.write(result, out));
    files.add(IncidentsCsv.FILE);
    folder.write(SummaryJson.FILE, out -> SummaryJson.write(result, out));
    files.add(SummaryJson.FILE);
    folder.write(ManifestJson.FILE, out -> ManifestJson.write(result, info, files, out));
    folder.complete();
  }
}
