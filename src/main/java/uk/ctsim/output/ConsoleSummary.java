package uk.ctsim.output;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import uk.ctsim.output.chart.Labels;
import uk.ctsim.cost.ConstantPrices;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.cost.CostLine;
import uk.ctsim.experiment.EventRow;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.IncidentRow;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.experiment.Metrics;
import uk.ctsim.experiment.Summary;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.experiment.Counterfactual;
import uk.ctsim.scenario.Scenario;

/**
 * The short plain-text summary printed after a run. Money is the mean over replications in whole pounds; the
 * breakdowns list every category, strand and force that has cost, in enum order.
 */
public final class ConsoleSummary {
  private static final int TOP_EVENTS = 5;

  private ConsoleSummary() {}

  public static String render(ExperimentResult result, Path runFolder) {
    return render(result, MetricTable.of(result), runFolder);
  }

  /** The summary; {@code table} holds the metrics of {@code result}'s replications. */
  public static String render(ExperimentResult result, MetricTable table, Path runFolder) {
    List<ReplicationResult> reps = result.replications();
    if (reps.isEmpty()) throw new IllegalArgumentException("a run has at least one replication");
    Scenario s = result.scenario();
    StringBuilder out = new StringBuilder();
    line(out, "Scenario", s.name());
    line(out, "Period", s.period().start() + " to " + s.period().end() + " (" + s.period().days() + " days)");
    line(out, "Replications", reps.size() + " (master seed " + result.masterSeed() + ")");
    out.append('\n').append("Cost, mean over replications\n");
    money(out, "  additional", mean(reps, r -> (double) r.ledger().totalPence(CostKind.ADDITIONAL)));
    money(out, "  opportunity", mean(reps, r -> (double) r.ledger().totalPence(CostKind.OPPORTUNITY)));
    money(out, "  total", mean(reps, r -> (double) r.ledger().totalPence()));
    constantPrices(out, s, reps);
    if (reps.size() > 1) uncertainty(out, table);
    breakdown(out, "By category", reps, CostCategory.values(), CostLine::category);
    breakdown(out, "By strand", reps, Strand.values(), CostLine::strand);
    byForce(out, reps);
    additionalByFinancialYear(out, reps);
    breakdown(out, "Additional cost by funder", reps, r -> r.ledger().additional(), Funder.values(), CostLine::funder);
    topEvents(out, reps);
    incidents(out, reps);
    out.append('\n');
    line(out, "Unmet demand", hours(mean(reps, r -> r.daily().stream().mapToDouble(d -> d.unmetHours()).sum()))
        + " officer-hours (mean)");
    everyday(out, s, reps);
    pursuePrevent(out, s, reps);
    line(out, "Run folder", runFolder.toString());
    return out.toString();
  }

  /** Counter-terrorism's share (with a counterfactual) and everyday work (when modelled), means. */
  private static void everyday(StringBuilder out, Scenario s, List<ReplicationResult> reps) {
    if (s.run().counterfactual()) {
      money(out, "Attributable to CT, additional", 100 * mean(reps, r -> r.kpis().getOrDefault(Counterfactual.ADDITIONAL, 0.0)));
      money(out, "Attributable to CT, total", 100 * mean(reps, r -> r.kpis().getOrDefault(Counterfactual.TOTAL, 0.0)));
    }
    if (s.everyday().functions().isEmpty()) return;
    line(out, "Everyday work unmet", hours(mean(reps, r -> r.kpis().getOrDefault("everyday_unmet_hours", 0.0))) + " officer-hours (mean)");
    line(out, "Everyday work deferred", hours(mean(reps, r -> r.kpis().getOrDefault("everyday_deferred_hours", 0.0)))
        + " officer-hours (mean); backlog at the end " + hours(mean(reps, r -> r.kpis().getOrDefault("everyday_backlog_hours_end", 0.0))));
  }

  /** Plots, disruptions and arrests (with plots), Prevent referrals and hours (with Prevent work), means. */
  private static void pursuePrevent(StringBuilder out, Scenario s, List<ReplicationResult> reps) {
    if (!s.pursue().plotsPerYearByLevel().isEmpty()) {
      line(out, "Plots, disrupted, arrests", String.format(Locale.ROOT, "%.1f, %.1f, %.1f (mean)",
          mean(reps, r -> r.kpis().getOrDefault("plots", 0.0)), mean(reps, r -> r.kpis().getOrDefault("plots_disrupted", 0.0)),
          mean(reps, r -> r.kpis().getOrDefault("arrests", 0.0))));
    }
    if (s.prevent().none()) return;
    line(out, "Prevent referrals, Channel cases", String.format(Locale.ROOT, "%.1f, %.1f (mean); ",
        mean(reps, r -> r.kpis().getOrDefault("prevent_referrals", 0.0)),
        mean(reps, r -> r.kpis().getOrDefault("channel_cases", 0.0)))
        + hours(mean(reps, r -> r.kpis().getOrDefault("officer_hours_prevent", 0.0))) + " officer-hours");
  }

  /** The three totals at the prices of the scenario's base year, when it names one. */
  private static void constantPrices(StringBuilder out, Scenario s, List<ReplicationResult> reps) {
    if (s.costs().priceBaseYear() == null) return;
    ConstantPrices prices = ConstantPrices.of(s.costs().priceBaseYear());
    out.append('\n').append("Cost at ").append(prices.baseYear()).append(" prices (GDP deflator), mean\n");
    money(out, "  additional", mean(reps, r -> (double) prices.totalPence(r.ledger(), CostKind.ADDITIONAL)));
    money(out, "  opportunity", mean(reps, r -> (double) prices.totalPence(r.ledger(), CostKind.OPPORTUNITY)));
    money(out, "  total", mean(reps, r -> (double) prices.totalPence(r.ledger())));
  }

  /** Mean, 95% confidence interval of the mean and P90 of the three cost totals, in pounds. */
  private static void uncertainty(StringBuilder out, MetricTable table) {
    out.append('\n').append(String.format(Locale.ROOT, "Uncertainty over %d replications%n", table.replications()));
    out.append(String.format(Locale.ROOT, "%-14s %16s %35s %16s%n", "", "mean", "95% CI of the mean", "P90"));
    for (String[] m : new String[][] {{"total", Metrics.TOTAL}, {"additional", Metrics.ADDITIONAL},
        {"opportunity", Metrics.OPPORTUNITY}}) {
      Summary s = table.summary(m[1]);
      String ci = pounds(s.ciLow() * 100) + " to " + pounds(s.ciHigh() * 100);
      out.append(String.format(Locale.ROOT, "  %-12s %16s %35s %16s%n", m[0], pounds(s.mean() * 100), ci,
          pounds(s.p90() * 100)));
    }
  }

  /** Every force with cost, standard forces first. */
  private static void byForce(StringBuilder out, List<ReplicationResult> reps) {
    java.util.Map<ForceId, Long> sums = new java.util.HashMap<>();
    for (ReplicationResult rep : reps) rep.ledger().sumBy(CostLine::force).forEach((k, pence) -> sums.merge(k, pence, Long::sum));
    out.append('\n').append("By force").append('\n');
    for (ForceId f : ForceId.listed(sums.keySet())) {
      long pence = sums.getOrDefault(f, 0L);
      if (pence != 0) money(out, "  " + Labels.force(f), (double) pence / reps.size());
    }
  }

  private static <E extends Enum<E>> void breakdown(StringBuilder out, String title, List<ReplicationResult> reps,
      E[] constants, Function<CostLine, E> key) {
    breakdown(out, title, reps, ReplicationResult::ledger, constants, key);
  }

  private static <E extends Enum<E>> void breakdown(StringBuilder out, String title, List<ReplicationResult> reps,
      Function<ReplicationResult, CostLedger> ledger, E[] constants, Function<CostLine, E> key) {
    long[] sums = new long[constants.length];
    for (ReplicationResult rep : reps) ledger.apply(rep).sumBy(key).forEach((k, pence) -> sums[k.ordinal()] += pence);
    out.append('\n').append(title).append('\n');
    for (E constant : constants) {
      if (sums[constant.ordinal()] != 0) money(out, "  " + Labels.of(constant), (double) sums[constant.ordinal()] / reps.size());
    }
  }

  /** Additional cost of each April-to-March financial year with cost, in order. */
  private static void additionalByFinancialYear(StringBuilder out, List<ReplicationResult> reps) {
    Map<String, Long> sums = new TreeMap<>();
    for (ReplicationResult rep : reps) {
      rep.ledger().additional().sumBy(CostLine::financialYear).forEach((fy, pence) -> sums.merge(fy, pence, Long::sum));
    }
    out.append('\n').append("Additional cost by financial year (April to March)\n");
    sums.forEach((fy, pence) -> money(out, "  " + fy, (double) pence / reps.size()));
  }

  private static void topEvents(StringBuilder out, List<ReplicationResult> reps) {
    Map<String, EventRow> first = new LinkedHashMap<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    for (ReplicationResult rep : reps) {
      for (EventRow e : rep.events()) {
        first.putIfAbsent(e.eventId(), e);
        totals.merge(e.eventId(), e.totalPence(), Long::sum);
      }
    }
    out.append('\n').append("Top events by cost (mean total)\n");
    if (totals.isEmpty()) out.append("  none\n");
    totals.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP_EVENTS)
        .forEach(e -> money(out, "  " + first.get(e.getKey()).name(), (double) e.getValue() / reps.size()));
  }

  private static void incidents(StringBuilder out, List<ReplicationResult> reps) {
    List<IncidentRow> all = reps.stream().flatMap(r -> r.incidents().stream()).toList();
    double perReplication = (double) all.size() / reps.size();
    String peak = all.isEmpty() ? "-"
        : String.format(Locale.ROOT, "%.0f", all.stream().mapToInt(IncidentRow::peakConcurrentOfficers).average().orElseThrow());
    out.append('\n');
    line(out, "Incidents", String.format(Locale.ROOT, "%.1f a replication, mean peak %s officers", perReplication, peak));
  }

  private static double mean(List<ReplicationResult> reps, ToDoubleFunction<ReplicationResult> f) {
    return reps.stream().mapToDouble(f).sum() / reps.size();
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, "%-14s %s\n", label + ":", value));
  }

  private static void money(StringBuilder out, String label, double pence) {
    String text = label.length() > 34 ? label.substring(0, 33) + "…" : label;
    out.append(String.format(Locale.ROOT, "%-36s %16s\n", text, pounds(pence)));
  }

  /** Whole pounds with thousands separators, such as {@code £1,234,567}. */
  static String pounds(double pence) {
    DecimalFormat format = new DecimalFormat("£#,##0;-£#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(pence / 100.0);
  }

  static String hours(double hours) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    return format.format(hours);
  }
}
