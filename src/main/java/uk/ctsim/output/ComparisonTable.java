package uk.ctsim.output;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.Difference;
import uk.ctsim.experiment.Summary;

/**
 * The plain-text table of a comparison: for each metric, one line per run with mean, 95% interval and P90, and the
 * difference from the reference with its 95% interval. Pounds are whole pounds; other metrics have 2 decimals.
 */
public final class ComparisonTable {
  private static final String ROW = "  %-14s %15s %33s %15s %15s %33s%n";

  private ComparisonTable() {}

  public static String render(Comparison c, List<String> metrics) {
    StringBuilder out = new StringBuilder();
    String ref = c.labels().get(c.reference());
    out.append(String.format(Locale.ROOT, "Differences from %s with %s 95%% intervals (%s)%n", ref, c.method().label(),
        c.paired() ? "runs share replication seeds: common random numbers"
            : "runs do not share seeds: independent samples"));
    for (String m : metrics) {
      if (!c.metrics().contains(m)) continue;
      out.append('\n').append(m).append(m.startsWith("cost.") ? " (£)" : "").append('\n');
      out.append(String.format(Locale.ROOT, ROW, "", "mean", "95% CI", "P90", "diff", "95% CI of diff"));
      for (int i = 0; i < c.labels().size(); i++) {
        Comparison.Row row = c.row(i, m);
        Summary s = row.summary();
        Difference d = row.difference();
        out.append(String.format(Locale.ROOT, ROW, row.label(), number(m, s.mean()), range(m, s.ciLow(), s.ciHigh()),
            number(m, s.p90()), d == null ? "(reference)" : number(m, d.mean()),
            d == null ? "" : range(m, d.ciLow(), d.ciHigh())));
      }
    }
    return out.toString();
  }

  private static String range(String metric, double low, double high) {
    if (!Double.isFinite(low) || !Double.isFinite(high)) return "-";
    return number(metric, low) + " to " + number(metric, high);
  }

  static String number(String metric, double value) {
    if (!Double.isFinite(value)) return "-";
    DecimalFormat f = new DecimalFormat(metric.startsWith("cost.") ? "#,##0" : "#,##0.00",
        DecimalFormatSymbols.getInstance(Locale.UK));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(value);
  }
}
