package uk.ctsim.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.output.CostsCsv.CostColumn;
import uk.ctsim.output.DailyCsv.DailyColumn;
import uk.ctsim.output.EventsCsv.EventColumn;
import uk.ctsim.output.IncidentsCsv.IncidentColumn;
import uk.ctsim.output.IncidentDaysCsv.DayColumn;
import uk.ctsim.output.MutualAidCsv.AidColumn;
import uk.ctsim.output.OvertimeHistogramCsv.BinColumn;
import uk.ctsim.output.EventsCsv.EventTotal;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLine;
import uk.ctsim.cost.FinancialYears;
import uk.ctsim.experiment.DailyRow;
import uk.ctsim.experiment.EventRow;
import uk.ctsim.experiment.HistogramBin;
import uk.ctsim.experiment.MutualAidDay;
import uk.ctsim.experiment.IncidentDay;
import uk.ctsim.experiment.IncidentRow;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.PhaseSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Parses the rows of the run folder's CSV files (as the writers wrote them) back into result rows, naming each column
 * by the writer's own column constant.
 */
final class RowParsers {
  private RowParsers() {}

  /**
   * A costs.csv row. Folders written before funders and financial years were added have no {@code funder},
   * {@code month} or {@code financial_year}: their lines are read as the core budget's (the organiser's for
   * recovery), dated on the Monday of their ISO week.
   */
  static CostLine costLine(Map<String, String> r) {
    CostCategory category = CostCategory.valueOf(column(r, CostColumn.CATEGORY));
    String week = column(r, CostColumn.WEEK);
    String funder = r.get(CostColumn.FUNDER.header());
    String month = r.get(CostColumn.MONTH.header());
    String year = r.get(CostColumn.FINANCIAL_YEAR.header());
    LocalDate monday = month != null && year != null ? null
        : LocalDate.parse(week + "-1", DateTimeFormatter.ISO_WEEK_DATE);
    return new CostLine(ForceId.of(column(r, CostColumn.FORCE)),
        funder != null ? Funder.valueOf(funder)
            : category == CostCategory.RECOVERY ? Funder.EVENT_ORGANISER : Funder.FORCE_CORE_BUDGET,
        category, Strand.valueOf(column(r, CostColumn.STRAND)), CostKind.valueOf(column(r, CostColumn.KIND)),
        DemandKind.valueOf(column(r, CostColumn.DEMAND)), column(r, CostColumn.REFERENCE), week,
        monday == null ? month : FinancialYears.month(monday), monday == null ? year : FinancialYears.of(monday),
        pence(column(r, CostColumn.GBP)));
  }

  static DailyRow daily(Map<String, String> r) {
    return new DailyRow(LocalDate.parse(column(r, DailyColumn.DATE)),
        ThreatLevel.valueOf(column(r, DailyColumn.THREAT_LEVEL)), num(r, DailyColumn.POSTURE_MULTIPLIER),
        count(r, DailyColumn.OFFICERS_ON_DUTY), count(r, DailyColumn.OFFICERS_ORDINARY),
        count(r, DailyColumn.OFFICERS_EVENT), count(r, DailyColumn.OFFICERS_POSTURE),
        count(r, DailyColumn.OFFICERS_INCIDENT), count(r, DailyColumn.OFFICERS_INVESTIGATION),
        count(r, DailyColumn.MUTUAL_AID_OFFICERS), count(r, DailyColumn.MILITARY_PERSONNEL),
        num(r, DailyColumn.OVERTIME_HOURS), byRole(r, DailyCsv.ABSTRACTION_HOURS_), num(r, DailyColumn.UNMET_HOURS),
        count(r, DailyColumn.REST_DAYS_CANCELLED), count(r, DailyColumn.LEAVE_DAYS_CANCELLED),
        num(r, DailyColumn.PURSUE_CAPACITY_SHARE), everyday(r), ct(r), owed(r));
  }

  /** A day's Pursue and Prevent work; a folder written before it existed has none. */
  private static DailyRow.CtWork ct(Map<String, String> r) {
    if (!r.containsKey(DailyColumn.PLOTS.header())) return DailyRow.CtWork.NONE;
    return new DailyRow.CtWork(count(r, DailyColumn.PLOTS), count(r, DailyColumn.PLOTS_DISRUPTED),
        count(r, DailyColumn.ARRESTS), num(r, DailyColumn.ARREST_HOURS), num(r, DailyColumn.CASELOAD),
        count(r, DailyColumn.PREVENT_REFERRALS), count(r, DailyColumn.CHANNEL_CASES), num(r, DailyColumn.PREVENT_HOURS));
  }

  /** A day's owed time; a folder written before it existed has none. */
  private static DailyRow.Aftermath owed(Map<String, String> r) {
    if (!r.containsKey(DailyColumn.OWED_HOURS_REPAID.header())) return DailyRow.Aftermath.NONE;
    return new DailyRow.Aftermath(num(r, DailyColumn.OWED_HOURS_REPAID), num(r, DailyColumn.OWED_HOURS_OUTSTANDING),
        num(r, DailyColumn.FATIGUE_SICK_HOURS));
  }

  /** A day's everyday demand; a folder written before it existed has none. */
  private static DailyRow.Everyday everyday(Map<String, String> r) {
    if (!r.containsKey(DailyColumn.EVERYDAY_DEMAND_HOURS.header())) return DailyRow.Everyday.NONE;
    return new DailyRow.Everyday(num(r, DailyColumn.EVERYDAY_DEMAND_HOURS), num(r, DailyColumn.EVERYDAY_ORDINARY_HOURS),
        num(r, DailyColumn.EVERYDAY_EXTRA_HOURS), num(r, DailyColumn.EVERYDAY_UNMET_HOURS),
        num(r, DailyColumn.EVERYDAY_BACKLOG_HOURS), num(r, DailyColumn.EVERYDAY_DEFERRED_HOURS));
  }

  static EventRow event(Map<String, String> r) {
    return new EventRow(column(r, EventColumn.EVENT_ID), column(r, EventColumn.NAME),
        EventType.valueOf(column(r, EventColumn.TYPE)), ForceId.of(column(r, EventColumn.FORCE)),
        LocalDate.parse(column(r, EventColumn.START)), count(r, EventColumn.DAYS), count(r, EventColumn.PRIORITY),
        Boolean.parseBoolean(column(r, EventColumn.GENERATED)), count(r, EventColumn.PLANNED_OFFICERS_PER_DAY),
        count(r, EventColumn.FINAL_OFFICERS_PER_DAY), byRole(r, EventsCsv.OFFICER_HOURS_),
        num(r, EventTotal.UNMET_HOURS), pence(column(r, EventTotal.INITIAL_PLAN_GBP)),
        pence(column(r, EventTotal.ADDITIONAL_GBP)), pence(column(r, EventTotal.OPPORTUNITY_GBP)),
        pence(column(r, EventTotal.RECOVERED_GBP)));
  }

  static IncidentRow incident(Map<String, String> r) {
    Map<PhaseSpec.Kind, Double> phases = new EnumMap<>(PhaseSpec.Kind.class);
    for (PhaseSpec.Kind kind : PhaseSpec.Kind.values()) {
      double hours = num(r, IncidentsCsv.hoursColumn(kind));
      if (hours != 0) phases.put(kind, hours);
    }
    String additional = column(r, IncidentColumn.ADDITIONAL_GBP);
    return new IncidentRow(column(r, IncidentColumn.INCIDENT_ID), column(r, IncidentColumn.NAME),
        AttackType.valueOf(column(r, IncidentColumn.TYPE)), ForceId.of(column(r, IncidentColumn.FORCE)),
        LocalDateTime.parse(column(r, IncidentColumn.TIME)), Boolean.parseBoolean(column(r, IncidentColumn.FROM_PLOT)),
        num(r, IncidentColumn.ARMED_RESPONSE_MINUTES), count(r, IncidentColumn.PEAK_CONCURRENT_OFFICERS), phases,
        num(r, IncidentColumn.CT_HOURS_FIRST_WEEK), num(r, IncidentColumn.NON_CT_HOURS_FIRST_WEEK),
        count(r, IncidentColumn.INVESTIGATION_OFFICERS_FIRST_WEEK), pence(additional),
        pence(column(r, IncidentColumn.OPPORTUNITY_GBP)), pence(column(r, IncidentColumn.GRANT_THRESHOLD_GBP)),
        List.of(), pence(r.getOrDefault(IncidentColumn.FORCE_ADDITIONAL_GBP.header(), additional)),
        pence(r.getOrDefault(IncidentColumn.CLAIMABLE_GBP.header(), "0")));
  }

  static IncidentDay incidentDay(Map<String, String> r) {
    return new IncidentDay(count(r, DayColumn.DAY), count(r, DayColumn.CT_OFFICERS),
        count(r, DayColumn.NON_CT_OFFICERS), num(r, DayColumn.CT_HOURS), num(r, DayColumn.NON_CT_HOURS));
  }

  static MutualAidDay mutualAid(Map<String, String> r) {
    return new MutualAidDay(LocalDate.parse(column(r, AidColumn.DATE)), ForceId.of(column(r, AidColumn.LENDING_FORCE)),
        ForceId.of(column(r, AidColumn.RECEIVING_FORCE)), count(r, AidColumn.OFFICERS_AWAY),
        count(r, AidColumn.SHIFTS_WORKED), count(r, AidColumn.OFFICERS_TRAVELLING));
  }

  static HistogramBin bin(Map<String, String> r) {
    return new HistogramBin(num(r, BinColumn.FROM_HOURS), num(r, BinColumn.TO_HOURS), count(r, BinColumn.OFFICERS));
  }

  /** Each replication's indicators from summary.json; null (not a number) comes back as NaN. */
  static Map<Integer, Map<String, Double>> kpis(JsonNode summary) {
    Map<Integer, Map<String, Double>> kpis = new HashMap<>();
    for (JsonNode rep : summary.path("replications")) {
      Map<String, Double> values = new HashMap<>();
      rep.path("kpis").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().isNull() ? Double.NaN : e.getValue().asDouble()));
      kpis.put(rep.path("replication").asInt(), values);
    }
    return kpis;
  }

  /** Role columns with a prefix; roles with zero hours are left out, as the collectors leave them out. */
  private static Map<Role, Double> byRole(Map<String, String> r, String prefix) {
    Map<Role, Double> hours = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      double value = num(r, prefix + Cells.suffix(role));
      if (value != 0) hours.put(role, value);
    }
    return hours;
  }

  static long pence(String gbp) {
    return new BigDecimal(gbp).movePointRight(2).longValueExact();
  }

  private static double num(Map<String, String> r, CsvColumn column) {
    return num(r, column.header());
  }

  private static int count(Map<String, String> r, CsvColumn column) {
    return Integer.parseInt(column(r, column));
  }

  private static String column(Map<String, String> r, CsvColumn column) {
    return column(r, column.header());
  }

  private static double num(Map<String, String> r, String column) {
    String cell = column(r, column);
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }

  private static String column(Map<String, String> r, String column) {
    String cell = r.get(column);
    if (cell == null) throw new IllegalArgumentException("column " + column + " is missing");
    return cell;
  }
}
