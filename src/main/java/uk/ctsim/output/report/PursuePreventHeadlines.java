package uk.ctsim.output.report;

import java.util.Locale;
import uk.ctsim.cost.CostLine;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.experiment.Summary;
import uk.ctsim.model.events.Strand;
import uk.ctsim.output.chart.Money;
import uk.ctsim.scenario.Scenario;

/**
 * The report's section on Pursue and Prevent work: plots, disruptions, arrests and the caseload; Prevent referrals,
 * Channel panels and cases, the officer-hours both took and their cost in the PURSUE and PREVENT strands. Means over
 * replications with a 95% interval.
 */
final class PursuePreventHeadlines {
  private PursuePreventHeadlines() {}

  static void write(StringBuilder out, ExperimentResult result) {
    Scenario s = result.scenario();
    boolean plots = !s.pursue().plotsPerYearByLevel().isEmpty();
    boolean prevent = !s.prevent().none();
    if (!plots && !prevent) return;
    out.append("<h2>Pursue and Prevent</h2>\n<p>Plots arrive at the rate of the day's threat level times the tempo ")
        .append("of the day; each is disrupted or becomes an attack. Disruptions and attacks lead to arrests, whose ")
        .append("custody and search take officers (strand PURSUE). Prevent referrals, Channel panels and cases take ")
        .append("officers' hours (strand PREVENT). Means per replication over the period.</p>\n<div class=\"cards\">\n");
    if (plots) {
      card(out, "Plots", count(kpi(result, "plots")));
      card(out, "Plots disrupted", count(kpi(result, "plots_disrupted")));
      card(out, "Arrests", count(kpi(result, "arrests")));
      card(out, "Officer-hours of custody and search", count(kpi(result, "officer_hours_arrest")));
      card(out, "Live investigations at the end", count(kpi(result, "caseload_end")));
    }
    if (prevent) {
      card(out, "Prevent referrals", count(kpi(result, "prevent_referrals")));
      card(out, "Discussed at a Channel panel", count(kpi(result, "channel_panels")));
      card(out, "Adopted as Channel cases", count(kpi(result, "channel_cases")));
      card(out, "Officer-hours of Prevent work", count(kpi(result, "officer_hours_prevent")));
    }
    card(out, "Cost in the PURSUE strand", money(strand(result, Strand.PURSUE)));
    card(out, "Cost in the PREVENT strand", money(strand(result, Strand.PREVENT)));
    out.append("</div>\n");
  }

  private static Summary kpi(ExperimentResult result, String kpi) {
    return FinanceTables.across(result, r -> r.kpis().getOrDefault(kpi, 0.0));
  }

  private static Summary strand(ExperimentResult result, Strand strand) {
    return FinanceTables.across(result, (ReplicationResult r) -> r.ledger().lines().stream()
        .filter(l -> l.strand() == strand).mapToLong(CostLine::pence).sum() / 100.0);
  }

  private static String[] count(Summary s) {
    return new String[] {String.format(Locale.UK, "%,.0f", s.mean()), interval(s, "%,.0f")};
  }

  private static String[] money(Summary s) {
    return new String[] {Money.pounds(s.mean()), Double.isFinite(s.ciLow())
        ? "95% CI " + Money.shortPounds(s.ciLow()) + " to " + Money.shortPounds(s.ciHigh()) + " (" + s.method() + ")"
        : "one replication: no interval"};
  }

  private static String interval(Summary s, String format) {
    return Double.isFinite(s.ciLow())
        ? String.format(Locale.UK, "95%% CI " + format + " to " + format + " (%s)", s.ciLow(), s.ciHigh(), s.method())
        : "one replication: no interval";
  }

  private static void card(StringBuilder out, String label, String[] valueAndNote) {
    out.append("<div class=\"card\"><div>").append(Html.escape(label)).append("</div><div class=\"v\">")
        .append(Html.escape(valueAndNote[0])).append("</div><div class=\"s\">").append(Html.escape(valueAndNote[1]))
        .append("</div></div>\n");
  }
}
