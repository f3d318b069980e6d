package uk.ctsim.cli;

import java.nio.file.Path;
import java.util.List;
import uk.ctsim.experiment.Comparison;

/**
 * What a comparison (of run folders, scenario files or threat levels) produced.
 *
 * @param folder where the comparison folder is, committed
 * @param failedReports folders whose data are complete but whose report files could not be made
 * @param reportFailure why the last of them failed; null when every report was made
 */
record Compared(Comparison comparison, Path folder, List<Path> failedReports, Throwable reportFailure) {
  Compared {
    failedReports = List.copyOf(failedReports);
  }

  /** Throws {@link ReportsFailedException} when some report files could not be made. */
  void requireReports() {
    if (reportFailure != null) throw new ReportsFailedException(failedReports, reportFailure);
  }
}
