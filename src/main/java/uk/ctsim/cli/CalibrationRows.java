package uk.ctsim.cli;

import java.util.List;
import java.util.Locale;
import uk.ctsim.experiment.calibration.Calibrator;

/** Prints target fits as a plain table for the terminal. */
final class CalibrationRows {
  private CalibrationRows() {}

  static String render(List<Calibrator.TargetFit> fits) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-34s %14s %14s %14s %24s  %s%n", "target", "min", "max",
        "mean", "95% CI", "result"));
    for (Calibrator.TargetFit f : fits) {
      out.append(String.format(Locale.ROOT, "%-34s %14.3f %14.3f %14.3f %11.3f to %10.3f  %s%n", f.target().id(),
          f.target().min(), f.target().max(), f.summary().mean(), f.summary().ciLow(), f.summary().ciHigh(),
          f.accepted() ? "pass" : "FAIL"));
    }
    return out.toString();
  }
}
