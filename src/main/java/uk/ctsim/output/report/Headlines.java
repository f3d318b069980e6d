package uk.ctsim.output.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.ctsim.cost.CostKind;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.Summary;
import uk.ctsim.output.chart.ChartSet;
import uk.ctsim.output.chart.Labels;
import uk.ctsim.output.chart.Money;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.ThreatLevel;

/**
 * The first page of the report, in the order finance decides: cash (additional cost) by financial year with its P90
 * and the special-grant position, then opportunity cost and unmet demand priced at overtime, then, for a threat-level
 * comparison, each level's paired difference from the scenario's own level.
 */
final class Headlines {
  private Headlines() {}

  static void write(StringBuilder out, ExperimentResult result, Map<ThreatLevel, ExperimentResult> levels) {
    ThreatLevel reference = ChartSet.reference(result, levels);
    if (reference != null) {
      out.append("<p>The figures below are for the period at threat level ").append(Html.escape(Labels.of(reference)))
          .append(" (the reference level: the scenario's own); the threat-level section compares every level.</p>\n");
    }
    out.append("<h2>Cash: what the forces pay</h2>\n<div class=\"cards\">\n");
    card(out, "Additional (cash) cost", FinanceTables.across(result, r -> r.ledger().totalPence(CostKind.ADDITIONAL) / 100.0));
    out.append("</div>\n");
    Html.table(out, FinanceTables.cashByYear(result), "data");
    out.append("<h3>Special grant</h3>\n<p>An incident whose additional cost passes 1% of its force's budget may be ")
        .append("claimed from the Home Office above that threshold (at the Home Office's discretion). Claimable is the ")
        .append("sum, over the period's passing incidents, of each one's additional cost above the threshold; the share of replications with a claim is the chance that a period like this one brings one.</p>\n");
    Html.table(out, FinanceTables.grantPosition(result), "data");
    out.append("<h2>Opportunity cost and unmet demand</h2>\n<div class=\"cards\">\n");
    card(out, "Opportunity cost", FinanceTables.across(result, r -> r.ledger().totalPence(CostKind.OPPORTUNITY) / 100.0));
    double price = FinanceTables.unmetPricePerHourGbp(result.scenario().pay());
    card(out, "Unmet demand, priced at overtime", FinanceTables.across(result, r -> FinanceTables.unmetHours(r) * price));
    card(out, "Total (cash + opportunity)", FinanceTables.across(result, r -> r.ledger().totalPence() / 100.0));
    out.append("</div>\n<p>").append(Html.escape(unmetText(result, price))).append("</p>\n");
    Html.table(out, FinanceTables.unmetDemand(result), "data");
    EverydayHeadlines.write(out, result);
    PursuePreventHeadlines.write(out, result);
    if (reference != null && levels.size() > 1) {
      out.append("<h2>Threat levels: differences from ").append(Html.escape(Labels.of(reference)))
          .append("</h2>\n<p>The same period at each level on the same random numbers. Differences are ")
          .append("from ").append(Html.escape(Labels.of(reference)))
          .append(", replication by replication, with a 95% paired interval; an interval that does not include zero ")
          .append("is a difference the replications can tell apart.</p>\n");
      Html.table(out, LevelTables.differences(levels, reference), "data");
    }
  }

  /** How unmet demand is priced, and when it fell. */
  static String unmetText(ExperimentResult result, double price) {
    PaySpec pay = result.scenario().pay();
    double hours = FinanceTables.across(result, FinanceTables::unmetHours).mean();
    double critical = FinanceTables.unmetShareOnCriticalDays(result);
    String when = Double.isNaN(critical) ? "" : String.format(Locale.UK, " %.0f%% of it fell on CRITICAL days.", 100 * critical);
    return String.format(Locale.UK, "Unmet demand: %,.0f officer-hours over the period (mean) that no officer could be found for. "
        + "It is not in the costs above; priced as if bought by casual overtime of constables it would cost £%.2f an "
        + "officer-hour (a constable's regulated hourly rate £%.2f × overtime multiplier %.4f × (1 + %.1f%% employer "
        + "on-cost on overtime)).%s", hours, price, uk.ctsim.cost.PayRates.of(pay).regulatedHourlyGbp(Rank.CONSTABLE),
        pay.premiums().overtimeMultiplier(), 100 * pay.overtimeOnCostShare(), when);
  }

  private static void card(StringBuilder out, String label, Summary s) {
    out.append("<div class=\"card\"><div>").append(Html.escape(label)).append("</div><div class=\"v\">")
        .append(Html.escape(Money.pounds(s.mean()))).append("</div><div class=\"s\">");
    if (Double.isFinite(s.ciLow())) {
      out.append(Html.escape("95% CI " + Money.shortPounds(s.ciLow()) + " to " + Money.shortPounds(s.ciHigh())
          + " (" + s.method() + "); P90 " + Money.shortPounds(s.p90())));
    } else {
      out.append("one replication: no interval");
    }
    out.append("</div></div>\n");
  }

  static List<String> cardLabels() {
    return List.of("Additional (cash) cost", "Opportunity cost", "Unmet demand, priced at overtime",
        "Total (cash + opportunity)");
  }
}
