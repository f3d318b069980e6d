package uk.ctsim.output;

import java.nio.file.Path;
import java.util.Locale;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.experiment.Metrics;
import uk.ctsim.experiment.Summary;
import uk.ctsim.scenario.Scenario;

/**
 * The summary printed after a run that kept only its replications' metrics ({@code --outputs data}): the three cost
 * totals with their spread, the breakdowns by category, strand and force, and the folder. The full summary
 * ({@link ConsoleSummary}) needs every replication's rows, which such a run does not hold.
 */
public final class MetricsConsoleSummary {
  private static final String[][] TOTALS = {{"additional", Metrics.ADDITIONAL}, {"opportunity", Metrics.OPPORTUNITY},
      {"total", Metrics.TOTAL}};

  private MetricsConsoleSummary() {}

  public static String render(Scenario s, long masterSeed, MetricTable table, Path runFolder) {
    StringBuilder out = new StringBuilder();
    line(out, "Scenario", s.name());
    line(out, "Period", s.period().start() + " to " + s.period().end() + " (" + s.period().days() + " days)");
    line(out, "Replications", table.replications() + " (master seed " + masterSeed + ")");
    out.append('\n').append(String.format(Locale.ROOT, "%-14s %16s %16s %16s%n", "Cost", "mean", "P5", "P95"));
    for (String[] total : TOTALS) {
      Summary sum = table.summary(total[1]);
      out.append(String.format(Locale.ROOT, "  %-12s %16s %16s %16s%n", total[0], pounds(sum.mean()), pounds(sum.p5()),
          pounds(sum.p95())));
    }
    breakdown(out, "By category", "cost.by_category.", table);
    breakdown(out, "By strand", "cost.by_strand.", table);
    breakdown(out, "By force", "cost.by_force.", table);
    out.append('\n');
    line(out, "Run folder", runFolder.toString());
    return out.toString();
  }

  private static void breakdown(StringBuilder out, String title, String prefix, MetricTable table) {
    out.append('\n').append(title).append(", mean\n");
    for (String name : table.names()) {
      if (!name.startsWith(prefix)) continue;
      double mean = table.summary(name).mean();
      if (mean != 0) out.append(String.format(Locale.ROOT, "  %-34s %16s%n", name.substring(prefix.length()), pounds(mean)));
    }
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, "%-14s %s%n", label + ":", value));
  }

  /** Whole pounds from a metric in pounds. */
  private static String pounds(double gbp) {
    return ConsoleSummary.pounds(gbp * 100);
  }
}
