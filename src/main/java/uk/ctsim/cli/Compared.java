package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.Metrics;
import uk.ctsim.output.ComparisonTable;

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

  /**
   * Prints the comparison's main metrics and where its folder is (only the folder when {@code quiet}), then throws
   * {@link ReportsFailedException} when some report files could not be made: how {@code compare} and {@code levels}
   * end.
   */
  int print(PrintWriter out, boolean quiet) {
    out.print(quiet ? folder + "\n" : ComparisonTable.render(comparison, Metrics.MAIN) + "\nOutput: " + folder + "\n");
    out.flush();
    requireReports();
    return ExitCodes.OK;
  }

  /** Throws {@link ReportsFailedException} when some report files could not be made. */
  void requireReports() {
    if (reportFailure != null) throw new ReportsFailedException(failedReports, reportFailure);
  }
}
