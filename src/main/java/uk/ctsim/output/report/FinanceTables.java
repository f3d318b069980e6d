package uk.ctsim.output.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLine;
import uk.ctsim.cost.PayRates;
import uk.ctsim.experiment.DailyRow;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.IncidentRow;
import uk.ctsim.experiment.Kpi;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.experiment.Summary;
import uk.ctsim.output.chart.Labels;
import uk.ctsim.output.report.Table.Type;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ThreatLevel;

/**
 * The tables finance decides on: cash (additional) cost by financial year and funder, the special-grant position of
 * each force, and unmet demand with its price at overtime. Each figure is summarised across replications by
 * {@link Summary#of}, whose interval method the tables name.
 */
public final class FinanceTables {
  static final List<Table.Column> STAT_COLUMNS = Table.columns("Mean", Type.POUNDS, "95% CI low", Type.POUNDS,
      "95% CI high", Type.POUNDS, "Interval method", Type.TEXT, "P90", Type.POUNDS);

  private FinanceTables() {}

  /** Summary across replications of one number per replication. */
  static Summary across(ExperimentResult result, ToDoubleFunction<ReplicationResult> value) {
    return Summary.of(result.replications().stream().mapToDouble(value).toArray());
  }

  static List<Object> stats(Summary s) {
    return List.of(s.mean(), s.ciLow(), s.ciHigh(), s.method(), s.p90());
  }

  private static List<Table.Column> columns(Object... leading) {
    List<Table.Column> columns = new ArrayList<>(Table.columns(leading));
    columns.addAll(STAT_COLUMNS);
    return columns;
  }

  /** Additional (cash) cost by financial year and funder, with each year's total across funders. */
  public static Table cashByYear(ExperimentResult result) {
    Map<String, Map<Funder, Boolean>> seen = new TreeMap<>();
    for (ReplicationResult rep : result.replications()) {
      for (CostLine l : rep.ledger().lines()) {
        if (l.kind() == CostKind.ADDITIONAL) {
          seen.computeIfAbsent(l.financialYear(), y -> new TreeMap<>()).put(l.funder(), true);
        }
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    seen.forEach((year, funders) -> {
      for (Funder funder : funders.keySet()) {
        rows.add(row(year, Labels.of(funder), across(result, r -> cash(r, year, funder))));
      }
      rows.add(row(year, "All funders", across(result, r -> cash(r, year, null))));
    });
    return new Table("Cash by financial year", columns("Financial year", Type.TEXT, "Funder", Type.TEXT), rows);
  }

  private static List<Object> row(String a, String b, Summary s) {
    List<Object> row = new ArrayList<>(List.of(a, b));
    row.addAll(stats(s));
    return row;
  }

  /** Additional pence of one financial year (and one funder, or all when null), in pounds. */
  static double cash(ReplicationResult rep, String year, Funder funder) {
    long pence = 0;
    for (CostLine l : rep.ledger().lines()) {
      if (l.kind() == CostKind.ADDITIONAL && (funder == null || l.funder() == funder) && l.financialYear().equals(year)) {
        pence += l.pence();
      }
    }
    return pence / 100.0;
  }

  /**
   * The special-grant position of each force with incidents: its threshold (1% of budget), how often a year has an
   * incident above it, and the claimable amount (each passing incident's additional cost above the threshold, added
   * up over the year). BTP is funded by the rail industry, not a policing body, so no Home Office grant applies.
   */
  public static Table grantPosition(ExperimentResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (ForceId force : ForceId.listed(result.replications().stream().flatMap(r -> r.incidents().stream()).map(i -> i.force()).toList())) {
      if (force == ForceId.NATIONAL) continue;
      double threshold = result.replications().stream().flatMap(r -> r.incidents().stream())
          .filter(i -> i.force() == force).mapToDouble(i -> i.grantThresholdPence() / 100.0).findFirst().orElse(Double.NaN);
      if (Double.isNaN(threshold)) continue;
      double years = result.replications().stream()
          .filter(r -> r.incidents().stream().anyMatch(i -> i.force() == force && i.passesGrantThreshold())).count();
      Summary claim = across(result, r -> claimable(r, force));
      List<Object> row = new ArrayList<>(List.of(Labels.force(force),
          force == ForceId.BTP ? "not eligible (funded by the rail industry)" : "eligible above threshold",
          threshold, years / result.replications().size()));
      row.addAll(stats(claim));
      rows.add(row);
    }
    return new Table("Special grant position", columns("Force", Type.TEXT, "Home Office special grant", Type.TEXT,
        "Threshold (1% of budget)", Type.POUNDS, "Share of replications with a claim", Type.NUMBER), rows);
  }

  static double claimable(ReplicationResult rep, ForceId force) {
    if (force == ForceId.BTP) return 0;
    long pence = 0;
    for (IncidentRow i : rep.incidents()) {
      if (i.force() == force && i.passesGrantThreshold()) pence += i.additionalPence() - i.grantThresholdPence();
    }
    return pence / 100.0;
  }

  /**
   * The hourly price of unmet demand: what one officer-hour would have cost bought as casual overtime of a constable,
   * the rank that fills most deployments: H × overtime multiplier × (1 + employer on-cost on overtime).
   */
  public static double unmetPricePerHourGbp(PaySpec pay) {
    return PayRates.of(pay).regulatedHourlyGbp(Rank.CONSTABLE) * pay.premiums().overtimeMultiplier()
        * (1 + pay.overtimeOnCostShare());
  }

  /** Unmet officer-hours by the role that was short, each priced at {@link #unmetPricePerHourGbp}, and the total. */
  public static Table unmetDemand(ExperimentResult result) {
    double price = unmetPricePerHourGbp(result.scenario().pay());
    List<List<Object>> rows = new ArrayList<>();
    for (Role role : Role.values()) {
      String key = Kpi.unmetHoursOf(role);
      Summary hours = across(result, r -> r.kpis().getOrDefault(key, 0.0));
      if (hours.max() == 0) continue;
      rows.add(unmetRow(Labels.of(role), hours, across(result, r -> r.kpis().getOrDefault(key, 0.0) * price)));
    }
    rows.add(unmetRow("All roles", across(result, FinanceTables::unmetHours),
        across(result, r -> unmetHours(r) * price)));
    List<Table.Column> columns = new ArrayList<>(Table.columns("Role short", Type.TEXT, "Unmet officer-hours (mean)",
        Type.HOURS));
    columns.addAll(STAT_COLUMNS);
    return new Table("Unmet demand priced at overtime", columns, rows);
  }

  private static List<Object> unmetRow(String label, Summary hours, Summary price) {
    List<Object> row = new ArrayList<>(List.of(label, hours.mean()));
    row.addAll(stats(price));
    return row;
  }

  static double unmetHours(ReplicationResult rep) {
    return rep.daily().stream().mapToDouble(DailyRow::unmetHours).sum();
  }

  /** Share of unmet officer-hours, over all replications, that fell on CRITICAL days (NaN when none was unmet). */
  public static double unmetShareOnCriticalDays(ExperimentResult result) {
    double all = 0;
    double critical = 0;
    for (ReplicationResult rep : result.replications()) {
      for (DailyRow d : rep.daily()) {
        all += d.unmetHours();
        if (d.threatLevel() == ThreatLevel.CRITICAL) critical += d.unmetHours();
      }
    }
    return all == 0 ? Double.NaN : critical / all;
  }
}
