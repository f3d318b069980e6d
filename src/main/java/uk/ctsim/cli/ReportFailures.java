package uk.ctsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.Comparison;

/** The folders of a comparison whose data are complete but whose report files could not be made. */
final class ReportFailures {
  private final List<Path> folders = new ArrayList<>();
  private Throwable last;

  /** Notes a run whose report files failed; a run whose reports were made is ignored. */
  void note(FolderRun.Done done) {
    if (done.reportFailure() == null) return;
    folders.add(done.folder());
    last = done.reportFailure();
  }

  /** Notes the comparison folder's own report failure; it is named first. */
  void noteTop(Path folder, Throwable failure) {
    folders.add(0, folder);
    last = failure;
  }

  Compared outcome(Comparison comparison, Path where) {
    return new Compared(comparison, where, folders, last);
  }
}
