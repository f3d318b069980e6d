package uk.ctsim.output;

import java.util.List;
import java.util.Locale;
import uk.ctsim.experiment.Summary;
import uk.ctsim.experiment.calibration.CalibrationPlan;
import uk.ctsim.experiment.calibration.Calibrator;
import uk.ctsim.experiment.calibration.Target;

/**
 * {@code docs/CALIBRATION.md}: the shipped scenario against public figures, as {@code ctsim check-calibration} found
 * it. One row per target (figure, source, acceptable range, model mean and 95% CI, pass or fail), then for each target
 * the mechanism in the model that produces it, which is where to look when it fails. Nothing is tuned to pass.
 */
public final class CalibrationReport {
  private CalibrationReport() {}

  public static String markdown(CalibrationPlan plan, List<Calibrator.TargetFit> fits, String command) {
    StringBuilder md = new StringBuilder();
    long failed = fits.stream().filter(f -> !f.accepted()).count();
    md.append("# Calibration check: ").append(plan.base().name()).append("\n\n");
    md.append("Written by `").append(command).append("` from `").append(plan.file().getFileName())
        .append("`: the scenario as shipped, ").append(plan.replications()).append(" replications (master seed ")
        .append(plan.masterSeed()).append("), each target's model mean with its 95% confidence interval. A target passes ")
        .append("when the mean lies in its acceptable range. No parameter is tuned to pass: a failing target is reported ")
        .append("with the mechanism behind it.\n\n");
    md.append(String.format(Locale.ROOT, "**%d of %d targets pass.**%n%n", fits.size() - failed, fits.size()));
    md.append("| target | figure | source | acceptable | model mean (95% CI) | result |\n|---|---|---|---|---|---|\n");
    for (Calibrator.TargetFit f : fits) {
      Target t = f.target();
      Summary s = f.summary();
      md.append("| ").append(t.id()).append(" (`").append(t.metric()).append("`) | ").append(t.figure()).append(" | ")
          .append(t.source()).append(" | ").append(range(t)).append(" | ").append(num(s.mean()));
      if (Double.isFinite(s.ciLow())) md.append(" (").append(num(s.ciLow())).append(" to ").append(num(s.ciHigh())).append(")");
      md.append(" | ").append(f.accepted() ? "pass" : "**FAIL**").append(" |\n");
    }
    md.append("\n## Mechanisms\n\n");
    for (Calibrator.TargetFit f : fits) {
      md.append("- **").append(f.target().id()).append("**").append(f.accepted() ? "" : " (fails)").append(": ")
          .append(f.target().mechanism()).append('\n');
    }
    return md.toString();
  }

  static String range(Target t) {
    if (Double.isInfinite(t.max())) return "at least " + num(t.min());
    if (Double.isInfinite(t.min())) return "at most " + num(t.max());
    return num(t.min()) + " to " + num(t.max());
  }

  static String num(double x) {
    if (!Double.isFinite(x)) return "n/a";
    if (Math.abs(x) >= 100) return String.format(Locale.ROOT, "%,.0f", x);
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
