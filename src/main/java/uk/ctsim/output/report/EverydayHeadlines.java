package uk.ctsim.output.report;

import java.util.Locale;
import java.util.function.ToDoubleFunction;
import uk.ctsim.experiment.Counterfactual;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.experiment.Summary;
import uk.ctsim.output.chart.Money;

/**
 * The report's section on counter-terrorism's share of the cost (when the run was paired with its counterfactual)
 * and the everyday work it displaced (when the scenario models everyday demand), beside the cash.
 */
final class EverydayHeadlines {
  private EverydayHeadlines() {}

  static void write(StringBuilder out, ExperimentResult result) {
    boolean counterfactual = result.scenario().run().counterfactual();
    boolean everyday = !result.scenario().everyday().functions().isEmpty();
    if (!counterfactual && !everyday) return;
    if (counterfactual) {
      out.append("<h2>Cost attributable to counter-terrorism</h2>\n<p>Each replication was run again on the same ")
          .append("random numbers without counter-terrorism demand (threat held at the posture's reference level, no ")
          .append("attack uplift, no incidents, no plots or arrests, no Prevent work); the difference is what ")
          .append("counter-terrorism costs, with a 95% ")
          .append("paired interval. The figures above are all-cause: they include everyday work.</p>\n")
          .append("<div class=\"cards\">\n");
      card(out, "Attributable additional (cash) cost", money(kpi(result, Counterfactual.ADDITIONAL)));
      card(out, "Attributable opportunity cost", money(kpi(result, Counterfactual.OPPORTUNITY)));
      card(out, "Attributable total", money(kpi(result, Counterfactual.TOTAL)));
      card(out, "Everyday work left undone because of it (officer-hours unmet or dropped)",
          hours(kpi(result, Counterfactual.EVERYDAY_UNMET)));
      card(out, "Everyday work it made officers cover on rest days or leave (officer-hours)",
          hours(kpi(result, Counterfactual.EVERYDAY_EXTRA)));
      out.append("</div>\n");
    }
    if (everyday) {
      out.append("<h2>Everyday work</h2>\n<p>Ordinary (non-counter-terrorism) demand met by ordinary duty, by officers ")
          .append("called in from rest days or leave, or not met: work that cannot wait goes unmet, work that can ")
          .append("waits in a backlog and is dropped after its maximum wait. In officer-hours over the period.</p>\n")
          .append("<div class=\"cards\">\n");
      card(out, "Everyday demand", hours(kpi(result, "everyday_demand_hours")));
      card(out, "Overtime and officers called in from rest days or leave", hours(kpi(result, "everyday_extra_hours")));
      card(out, "Unmet (or dropped after waiting)", hours(kpi(result, "everyday_unmet_hours")));
      card(out, "Deferred (waited)", hours(kpi(result, "everyday_deferred_hours")));
      card(out, "Backlog at the end", hours(kpi(result, "everyday_backlog_hours_end")));
      out.append("</div>\n");
    }
  }

  private static double value(ReplicationResult r, String kpi) {
    return r.kpis().getOrDefault(kpi, 0.0);
  }

  private static Summary kpi(ExperimentResult result, String kpi) {
    return across(result, r -> value(r, kpi));
  }

  private static Summary across(ExperimentResult result, ToDoubleFunction<ReplicationResult> f) {
    return FinanceTables.across(result, f);
  }


  private static String[] money(Summary s) {
    return new String[] {Money.pounds(s.mean()), Double.isFinite(s.ciLow())
        ? "95% CI " + Money.shortPounds(s.ciLow()) + " to " + Money.shortPounds(s.ciHigh()) + " (" + s.method() + ")"
        : "one replication: no interval"};
  }

  private static String[] hours(Summary s) {
    return new String[] {String.format(Locale.UK, "%,.0f h", s.mean()), Double.isFinite(s.ciLow())
        ? String.format(Locale.UK, "95%% CI %,.0f to %,.0f (%s)", s.ciLow(), s.ciHigh(), s.method())
        : "one replication: no interval"};
  }

  private static void card(StringBuilder out, String label, String[] valueAndNote) {
    out.append("<div class=\"card\"><div>").append(Html.escape(label)).append("</div><div class=\"v\">")
        .append(Html.escape(valueAndNote[0])).append("</div><div class=\"s\">").append(Html.escape(valueAndNote[1]))
        .append("</div></div>\n");
  }
}
