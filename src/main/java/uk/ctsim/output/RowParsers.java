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
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLine;
import uk.ctsim.cost.FinancialYears;
import uk.ctsim.experiment.DailyRow;
import uk.ctsim.experiment.EventRow;
import uk.ctsim.experiment.HistogramBin;
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

/** Parses the rows of the run folder's CSV files (as the writers wrote them) back into result rows. */
final class RowParsers {
  private RowParsers() {}

  /**
   * A costs.csv row. Folders written before funders and financial years were added have no {@code funder},
   * {@code month} or {@code financial_year}: their lines are read as the core budget's (the organiser's for
   * recovery), dated on the Monday of their ISO week.
   */
  static CostLine costLine(Map<String, String> r) {
    CostCategory category = CostCategory.valueOf(column(r, "category"));
    String week = column(r, "week");
    String funder = r.get("funder");
    LocalDate monday = r.containsKey("month") && r.containsKey("financial_year") ? null
        : LocalDate.parse(week + "-1", DateTimeFormatter.ISO_WEEK_DATE);
    return new CostLine(ForceId.of(column(r, "force")),
        funder != null ? Funder.valueOf(funder)
            : category == CostCategory.RECOVERY ? Funder.EVENT_ORGANISER : Funder.FORCE_CORE_BUDGET,
        category, Strand.valueOf(column(r, "strand")), CostKind.valueOf(column(r, "kind")),
        DemandKind.valueOf(column(r, "demand")), column(r, "reference"), week,
        monday == null ? r.get("month") : FinancialYears.month(monday),
        monday == null ? r.get("financial_year") : FinancialYears.of(monday), pence(column(r, "gbp")));
  }

  static DailyRow daily(Map<String, String> r) {
    return new DailyRow(LocalDate.parse(r.get("date")), ThreatLevel.valueOf(r.get("threat_level")),
        num(r, "posture_multiplier"), count(r, "officers_on_duty"), count(r, "officers_ordinary"),
        count(r, "officers_event"), count(r, "officers_posture"), count(r, "officers_incident"),
        count(r, "officers_investigation"), count(r, "mutual_aid_officers"), count(r, "military_personnel"),
        num(r, "overtime_hours"), byRole(r, "abstraction_hours_"), num(r, "unmet_hours"),
        count(r, "rest_days_cancelled"), count(r, "leave_days_cancelled"), num(r, "pursue_capacity_share"));
  }

  static EventRow event(Map<String, String> r) {
    return new EventRow(r.get("event_id"), r.get("name"), EventType.valueOf(r.get("type")),
        ForceId.of(r.get("force")), LocalDate.parse(r.get("start")), count(r, "days"), count(r, "priority"),
        Boolean.parseBoolean(r.get("generated")), count(r, "planned_officers_per_day"),
        count(r, "final_officers_per_day"), byRole(r, "officer_hours_"), num(r, "unmet_hours"),
        pence(r.get("initial_plan_gbp")), pence(r.get("additional_gbp")), pence(r.get("opportunity_gbp")),
        pence(r.get("recovered_gbp")));
  }

  static IncidentRow incident(Map<String, String> r) {
    Map<PhaseSpec.Kind, Double> phases = new EnumMap<>(PhaseSpec.Kind.class);
    for (PhaseSpec.Kind kind : PhaseSpec.Kind.values()) {
      double hours = num(r, "officer_hours_" + Cells.suffix(kind));
      if (hours != 0) phases.put(kind, hours);
    }
    return new IncidentRow(r.get("incident_id"), r.get("name"), AttackType.valueOf(r.get("type")),
        ForceId.of(r.get("force")), LocalDateTime.parse(r.get("time")), Boolean.parseBoolean(r.get("from_plot")),
        num(r, "armed_response_minutes"), count(r, "peak_concurrent_officers"), phases, num(r, "ct_hours_first_week"),
        num(r, "non_ct_hours_first_week"), count(r, "investigation_officers_first_week"),
        pence(r.get("additional_gbp")), pence(r.get("opportunity_gbp")), pence(r.get("grant_threshold_gbp")),
        List.of(), pence(r.getOrDefault("force_additional_gbp", r.get("additional_gbp"))),
        pence(r.getOrDefault("claimable_gbp", "0")));
  }

  static IncidentDay incidentDay(Map<String, String> r) {
    return new IncidentDay(count(r, "day"), count(r, "ct_officers"), count(r, "non_ct_officers"), num(r, "ct_hours"),
        num(r, "non_ct_hours"));
  }

  static HistogramBin bin(Map<String, String> r) {
    return new HistogramBin(num(r, "from_hours"), num(r, "to_hours"), count(r, "officers"));
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

  private static double num(Map<String, String> r, String column) {
    String cell = column(r, column);
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }

  private static int count(Map<String, String> r, String column) {
    return Integer.parseInt(column(r, column));
  }

  private static String column(Map<String, String> r, String column) {
    String cell = r.get(column);
    if (cell == null) throw new IllegalArgumentException("column " + column + " is missing");
    return cell;
  }
}
