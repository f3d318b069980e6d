package uk.ctsim.experiment;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.cost.CostLine;
import uk.ctsim.cost.FinancialYears;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.Role;

/**
 * The named metrics of one replication, as a flat ordered map, so that every number can be summarised across
 * replications, compared between runs and written as tidy rows. Money is in pounds (exact from whole pence), hours
 * in officer-hours, KPIs in their own units.
 *
 * <p>Names, in this order: {@code cost.total}, {@code cost.additional}, {@code cost.opportunity}; {@code cost.surge}
 * and {@code cost.surge_additional} (lines of demand kinds INCIDENT_IMMEDIATE, INCIDENT_SCENE, INVESTIGATION);
 * {@code cost.by_category.<CAT>}, {@code cost.by_strand.<S>}, {@code cost.by_force.<F>}, {@code cost.by_kind.<K>}
 * (every enum constant, 0 where none); {@code cost.by_incident_type.<T>} (every attack type);
 * {@code cost.by_event.<id>} for calendar events (generated events differ between replications, so they are only
 * counted in {@code cost.events_generated}); {@code cost.by_week.<yyyy-Www>} (every ISO week of the period, plus any
 * later week with cost, in order); {@code cost.by_funder.<F>} and {@code cost.additional_by_funder.<F>} (every funder);
 * {@code cost.by_financial_year.<yyyy-yy>} and {@code cost.additional_by_financial_year.<yyyy-yy>} (April to March:
 * every financial year the period touches, plus any later one with cost); {@code cost.by_month.<yyyy-MM>} (likewise);
 * {@code grant.incidents_passing}; {@code hours.abstraction.<ROLE>};
 * {@code kpi.<name>} for every KPI, by name.
 */
public final class Metrics {
  /** Demand kinds whose cost is surge (incident) cost, the budget exposure behind the special grant. */
  public static final Set<DemandKind> SURGE =
      EnumSet.of(DemandKind.INCIDENT_IMMEDIATE, DemandKind.INCIDENT_SCENE, DemandKind.INVESTIGATION);

  public static final String TOTAL = "cost.total";
  public static final String ADDITIONAL = "cost.additional";
  public static final String OPPORTUNITY = "cost.opportunity";
  public static final String SURGE_COST = "cost.surge";
  public static final String INCIDENTS_PASSING = "grant.incidents_passing";

  /** The metrics that comparisons print: cost totals, surge exposure and the main KPIs. */
  public static final List<String> MAIN = List.of(TOTAL, ADDITIONAL, OPPORTUNITY, SURGE_COST, INCIDENTS_PASSING,
      Kpi.ATTACKS.metric(), Kpi.PLOTS_DISRUPTED.metric(), Kpi.ABSTRACTION_HOURS.metric(),
      Kpi.OVERTIME_HOURS_PER_OFFICER.metric(), Kpi.REST_DAYS_CANCELLED.metric(), Kpi.UNMET_HOURS.metric(),
      Kpi.ARMED_RESPONSE_MINUTES_MEAN.metric());

  private Metrics() {}

  public static Map<String, Double> of(ReplicationResult r) {
    Map<String, Double> m = new LinkedHashMap<>();
    CostLedger ledger = r.ledger();
    m.put(TOTAL, gbp(ledger.totalPence()));
    m.put(ADDITIONAL, gbp(ledger.totalPence(CostKind.ADDITIONAL)));
    m.put(OPPORTUNITY, gbp(ledger.totalPence(CostKind.OPPORTUNITY)));
    m.put(SURGE_COST, gbp(surge(ledger, null)));
    m.put("cost.surge_additional", gbp(surge(ledger, CostKind.ADDITIONAL)));
    byEnum(m, "cost.by_category.", CostCategory.values(), ledger, CostLine::category);
    byEnum(m, "cost.by_strand.", Strand.values(), ledger, CostLine::strand);
    byForce(m, ledger);
    byEnum(m, "cost.by_kind.", CostKind.values(), ledger, CostLine::kind);
    incidents(m, r);
    events(m, r);
    weeks(m, r);
    byEnum(m, "cost.by_funder.", Funder.values(), ledger, CostLine::funder);
    byEnum(m, "cost.additional_by_funder.", Funder.values(), ledger.additional(), CostLine::funder);
    periods(m, "cost.by_financial_year.", r, ledger, FinancialYears::of, CostLine::financialYear);
    periods(m, "cost.additional_by_financial_year.", r, ledger.additional(), FinancialYears::of,
        CostLine::financialYear);
    periods(m, "cost.by_month.", r, ledger, FinancialYears::month, CostLine::month);
    m.put(INCIDENTS_PASSING, (double) r.incidents().stream().filter(IncidentRow::passesGrantThreshold).count());
    abstraction(m, r);
    new TreeMap<>(r.kpis()).forEach((name, value) -> m.put(Kpi.METRIC_PREFIX + name, value));
    return m;
  }

  /**
   * Every metric name a replication of {@code scenario} can have: those of a replication with nothing in it, each
   * calendar event's cost and each ISO week of the period. Used to check the outputs an experiment asks for.
   */
  public static Set<String> names(uk.ctsim.scenario.Scenario scenario) {
    ReplicationResult empty = new ReplicationResult(0, 0, CostLedger.of(List.of()), List.of(), List.of(), List.of(),
        new KpiCollector(0).result());
    Set<String> names = new java.util.LinkedHashSet<>(of(empty).keySet());
    scenario.events().forEach(e -> names.add("cost.by_event." + e.id()));
    for (LocalDate d = scenario.period().start(); !d.isAfter(scenario.period().end()); d = d.plusDays(1)) {
      names.add("cost.by_week." + isoWeek(d));
    }
    return names;
  }

  private static double gbp(long pence) {
    return pence / 100.0;
  }

  private static long surge(CostLedger ledger, CostKind kind) {
    return ledger.lines().stream().filter(l -> SURGE.contains(l.demand()) && (kind == null || l.kind() == kind))
        .mapToLong(CostLine::pence).sum();
  }

  private static <E extends Enum<E>> void byEnum(Map<String, Double> m, String prefix, E[] constants,
      CostLedger ledger, Function<CostLine, E> key) {
    Map<E, Long> sums = ledger.sumBy(key);
    for (E c : constants) m.put(prefix + c.name(), gbp(sums.getOrDefault(c, 0L)));
  }

  /** The standard forces always (so London runs keep their metric names), then every other force with cost. */
  private static void byForce(Map<String, Double> m, CostLedger ledger) {
    Map<ForceId, Long> sums = ledger.sumBy(CostLine::force);
    for (ForceId f : ForceId.listed(sums.keySet())) m.put("cost.by_force." + f.name(), gbp(sums.getOrDefault(f, 0L)));
  }

  private static void incidents(Map<String, Double> m, ReplicationResult r) {
    long[] byType = new long[AttackType.values().length];
    for (IncidentRow i : r.incidents()) byType[i.type().ordinal()] += i.additionalPence() + i.opportunityPence();
    for (AttackType t : AttackType.values()) m.put("cost.by_incident_type." + t.name(), gbp(byType[t.ordinal()]));
  }

  private static void events(Map<String, Double> m, ReplicationResult r) {
    long generated = 0;
    for (EventRow e : r.events()) {
      if (e.generated()) generated += e.totalPence();
      else m.merge("cost.by_event." + e.eventId(), gbp(e.totalPence()), Double::sum);
    }
    m.put("cost.events_generated", gbp(generated));
  }

  /** Every week of the period, so that weeks without cost count as 0 and line up across replications. */
  private static void weeks(Map<String, Double> m, ReplicationResult r) {
    Map<String, Long> byWeek = new TreeMap<>();
    for (DailyRow d : r.daily()) byWeek.put(isoWeek(d.date()), 0L);
    r.ledger().sumBy(CostLine::isoWeek).forEach((week, pence) -> byWeek.merge(week, pence, Long::sum));
    byWeek.forEach((week, pence) -> m.put("cost.by_week." + week, gbp(pence)));
  }

  /** Every period (financial year or month) of the days simulated, 0 where none, plus any other period with cost. */
  private static void periods(Map<String, Double> m, String prefix, ReplicationResult r, CostLedger ledger,
      Function<LocalDate, String> periodOfDay, Function<CostLine, String> periodOfLine) {
    Map<String, Long> sums = new TreeMap<>();
    for (DailyRow d : r.daily()) sums.put(periodOfDay.apply(d.date()), 0L);
    ledger.sumBy(periodOfLine).forEach((period, pence) -> sums.merge(period, pence, Long::sum));
    sums.forEach((period, pence) -> m.put(prefix + period, gbp(pence)));
  }

  static String isoWeek(LocalDate date) {
    return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static void abstraction(Map<String, Double> m, ReplicationResult r) {
    double[] hours = new double[Role.values().length];
    for (DailyRow d : r.daily()) d.abstractionHours().forEach((role, h) -> hours[role.ordinal()] += h);
    for (Role role : Role.values()) m.put("hours.abstraction." + role.name(), hours[role.ordinal()]);
  }
}
