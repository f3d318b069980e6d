package uk.ctsim.output;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import uk.ctsim.experiment.Summary;
import uk.ctsim.experiment.design.ExperimentPlan;
import uk.ctsim.experiment.design.Parameter;
import uk.ctsim.experiment.sensitivity.Morris;
import uk.ctsim.experiment.sensitivity.Sensitivity;
import uk.ctsim.experiment.sensitivity.SobolIndices;
import uk.ctsim.experiment.sensitivity.Tornado;
import uk.ctsim.experiment.sweep.PointResult;

/**
 * {@code report.html} of a sweep: one self-contained page (charts embedded as PNG) with the experiment's facts, its
 * parameters, each output's sensitivity table with intervals and chart, and the mean of each output at each point
 * (the first {@value #MAX_POINT_ROWS} points; all of them are in {@code summary.csv}).
 */
public final class SweepReport {
  static final int MAX_POINT_ROWS = 60;

  private SweepReport() {}

  public static String html(ExperimentPlan plan, List<PointResult> results, List<Sensitivity> analyses,
      Map<String, byte[]> pngByOutput) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(plan.name())).append(" — ctsim experiment</title><style>")
        .append("body{font-family:sans-serif;max-width:1050px;margin:2em auto;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 7px;text-align:right}")
        .append("th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}img{max-width:100%}")
        .append("</style></head><body>\n<h1>Experiment ").append(esc(plan.name())).append("</h1>\n");
    facts(h, plan);
    h.append("<h2>Parameters</h2>\n<table><tr><th>path</th><th>values</th></tr>\n");
    for (Parameter p : plan.design().parameters()) {
      h.append("<tr><td>").append(esc(p.path())).append("</td><td>").append(esc(describe(p))).append("</td></tr>\n");
    }
    h.append("</table>\n");
    for (Sensitivity s : analyses) section(h, s, pngByOutput.get(s.output()));
    points(h, plan, results);
    return h.append("</body></html>\n").toString();
  }

  private static void facts(StringBuilder h, ExperimentPlan plan) {
    h.append("<p>Base scenario <code>").append(esc(plan.spec().scenario())).append("</code> (").append(esc(plan.base().name()))
        .append("); design ").append(plan.design().type()).append(" with ").append(plan.design().size())
        .append(" points; ").append(plan.replications()).append(" replications per point on common random numbers ")
        .append("(master seed ").append(plan.masterSeed()).append(": replication r has the same seed at every point). ")
        .append("Run on the local thread pool. Sensitivity uses each point's mean over its replications; intervals are 95%: ")
        .append("paired t-intervals for one-at-a-time changes, percentile bootstrap intervals (1,000 resamples) for ")
        .append("Morris mu* and Sobol indices.</p>\n");
  }

  private static String describe(Parameter p) {
    if (p.spec().values() != null) return "one of " + String.join(", ", p.spec().values());
    if (p.spec().range() != null) return p.spec().range().min() + " to " + p.spec().range().max();
    return p.spec().distribution().type() + " " + p.spec().distribution();
  }

  private static void section(StringBuilder h, Sensitivity s, byte[] png) {
    String o = s.output();
    h.append("<h2>").append(esc(o)).append("</h2>\n<table>");
    if (!s.tornado().isEmpty()) {
      h.append("<tr><th>parameter</th><th>low</th><th>high</th><th>change at low (95% CI)</th><th>change at high (95% CI)</th></tr>\n");
      for (Tornado.Bar b : s.tornado()) {
        h.append(row(b.parameter(), b.lowValue(), b.highValue(), ci(o, b.low().mean(), b.low().ciLow(), b.low().ciHigh()),
            ci(o, b.high().mean(), b.high().ciLow(), b.high().ciHigh())));
      }
    } else if (!s.morris().isEmpty()) {
      h.append("<tr><th>parameter</th><th>mu* (95% CI)</th><th>mu</th><th>sigma</th></tr>\n");
      for (Morris.Effect e : s.morris()) {
        h.append(row(e.parameter(), ci(o, e.muStar(), e.muStarLow(), e.muStarHigh()), Cells.metric(o, e.mu()),
            Cells.metric(o, e.sigma())));
      }
    } else {
      h.append("<tr><th>parameter</th><th>first-order (95% CI)</th><th>total (95% CI)</th></tr>\n");
      for (SobolIndices.Index i : s.sobol()) {
        h.append(row(i.parameter(), ci("", i.first(), i.firstLow(), i.firstHigh()), ci("", i.total(), i.totalLow(), i.totalHigh())));
      }
    }
    h.append("</table>\n");
    if (png != null) {
      h.append("<img alt=\"").append(esc(o)).append(" sensitivity chart\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
    }
  }

  private static void points(StringBuilder h, ExperimentPlan plan, List<PointResult> results) {
    h.append("<h2>Mean of each output at each point</h2>\n<table><tr><th>point</th>");
    plan.design().parameters().forEach(p -> h.append("<th>").append(esc(p.path())).append("</th>"));
    plan.outputs().forEach(o -> h.append("<th>").append(esc(o)).append(" (mean, 95% CI)</th>"));
    h.append("</tr>\n");
    for (PointResult r : results.subList(0, Math.min(MAX_POINT_ROWS, results.size()))) {
      h.append("<tr><td>").append(r.point()).append("</td>");
      plan.design().points().get(r.point()).texts().forEach(t -> h.append("<td>").append(esc(t)).append("</td>"));
      for (String o : plan.outputs()) {
        Summary s = Summary.of(r.output(o));
        h.append("<td>").append(ci(o, s.mean(), s.ciLow(), s.ciHigh())).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
    if (results.size() > MAX_POINT_ROWS) h.append("<p>First ").append(MAX_POINT_ROWS).append(" of ").append(results.size())
        .append(" points; every point is in <code>summary.csv</code>.</p>\n");
  }

  private static String ci(String output, double mean, double low, double high) {
    String m = output.isEmpty() ? Cells.decimal(mean, 4) : Cells.metric(output, mean);
    if (!Double.isFinite(low)) return m;
    String l = output.isEmpty() ? Cells.decimal(low, 4) : Cells.metric(output, low);
    String u = output.isEmpty() ? Cells.decimal(high, 4) : Cells.metric(output, high);
    return m + " (" + l + " to " + u + ")";
  }

  private static String row(String... cells) {
    StringBuilder r = new StringBuilder("<tr>");
    for (String c : cells) r.append("<td>").append(esc(c)).append("</td>");
    return r.append("</tr>\n").toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
