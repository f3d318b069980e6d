package uk.ctsim.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The simulation finished and its data files are committed, verified by their manifest, but making the files for
 * readers (charts, report, workbook) failed. The message says where the data are and how to make the report again;
 * the exit code is 1, because a report that cannot be drawn from valid data is ctsim's fault, not the user's.
 */
final class ReportsFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ReportsFailedException(List<Path> folders, Throwable cause) {
    super(message(folders, cause), cause);
  }

  private static String message(List<Path> folders, Throwable cause) {
    Path first = folders.get(0);
    return "the simulation finished and its data files are complete in " + String.join(", ",
        folders.stream().map(Path::toString).toList()) + " (manifest.json verifies them; " + FolderRun.REPORTS_FAILED
        + " marks the folder), but making the charts, report.html and costs.xlsx failed: " + cause
        + System.lineSeparator() + "Make them again without simulating, once the cause is fixed: ctsim report "
        + first + " (run with --verbose for the stack trace)";
  }
}
