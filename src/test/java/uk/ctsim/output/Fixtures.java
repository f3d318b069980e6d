package uk.ctsim.output;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.cost.CostLine;
import uk.ctsim.experiment.DailyRow;
import uk.ctsim.experiment.EventRow;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.HistogramBin;
import uk.ctsim.experiment.MutualAidDay;
import uk.ctsim.experiment.IncidentDay;
import uk.ctsim.experiment.IncidentRow;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.Establishment;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.IncidentSpec;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Period;
import uk.ctsim.scenario.PhaseSpec;
import uk.ctsim.scenario.PostureSpec;
import uk.ctsim.scenario.PursueSpec;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.RosterSpec;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ShiftType;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;

/** Hand-built scenarios and results for output and CLI tests; the numbers are chosen to exercise formatting. */
public final class Fixtures {
  private Fixtures() {}

  public static Scenario scenario() {
    return scenario(null);
  }

  /** The tiny scenario with the given cost rules (null: the defaults). */
  public static Scenario scenario(uk.ctsim.scenario.CostRates costs) {
    Map<Role, String> cycles = new EnumMap<>(Role.class);
    for (Role r : Role.values()) cycles.put(r, "EERR");
    Map<Rank, Double> pay = new EnumMap<>(Rank.class);
    for (Rank r : Rank.values()) pay.put(r, 40_000.0 + 10_000 * r.ordinal());
    Map<ThreatLevel, Double> ones = new EnumMap<>(ThreatLevel.class);
    Map<ThreatLevel, Integer> zeros = new EnumMap<>(ThreatLevel.class);
    for (ThreatLevel l : ThreatLevel.values()) {
      ones.put(l, 1.0);
      zeros.put(l, 0);
    }
    var knife = new IncidentTypeSpec(Map.of(), null, null, List.of(new PhaseSpec(PhaseSpec.Kind.IMMEDIATE, null, 1.0, null,
        null, null, List.of(new StaffingRow(Role.RESPONSE, 10, null)))), null);
    return new Scenario("Tiny Test: London 2017", null, new Period(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 2)),
        null, List.of(new ForceSpec(ForceId.MET, 3.2e9, Map.of(Role.RESPONSE, new Establishment(120, null, null)))),
        new RosterSpec(Map.of("E", new ShiftType(LocalTime.of(7, 0), 10.0)), cycles), null,
        new PaySpec(pay, null, null, null, null, null), costs, null, null,
        new ThreatSpec(null, ThreatLevel.SEVERE, null, null, null),
        new PostureSpec(ones, ones, null, null, null, null, zeros, zeros, null, null, null),
        new IncidentSpec(Map.of(AttackType.VEHICLE_KNIFE, knife), null, null),
        new PursueSpec(null, Map.of(ThreatLevel.SEVERE, 4.0), null, null, null, null, Map.of(AttackType.VEHICLE_KNIFE, 1.0)),
        null);
  }

  public static ExperimentResult result() {
    return new ExperimentResult(scenario(), 42L, List.of(replication(1, 1_000L), replication(2, 2_000L)));
  }

  /** Replication {@code r}; amounts differ by replication so that means, minima and maxima differ. */
  static ReplicationResult replication(int r, long seed) {
    CostLedger ledger = CostLedger.of(List.of(
        new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.OVERTIME, Strand.PROTECT, CostKind.ADDITIONAL, DemandKind.EVENT,
            "athletics", "2017-W31", "2017-08", "2017-18", 123_456_789L * r),
        new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.ABSTRACTION, Strand.PROTECT, CostKind.OPPORTUNITY, DemandKind.EVENT,
            "athletics", "2017-W31", "2017-08", "2017-18", 5_000_05L),
        new CostLine(ForceId.NATIONAL, Funder.FORCE_CORE_BUDGET, CostCategory.MUTUAL_AID, Strand.PREPARE, CostKind.ADDITIONAL,
            DemandKind.INCIDENT_SCENE, "lb-1", "2017-W22", "2017-06", "2017-18", 99L),
        new CostLine(ForceId.MET, Funder.EVENT_ORGANISER, CostCategory.RECOVERY, Strand.PROTECT, CostKind.ADDITIONAL, DemandKind.EVENT,
            "concert, \"big\"", "2017-W31", "2017-08", "2017-18", -1_000L)));
    DailyRow day = new DailyRow(LocalDate.of(2017, 6, 1), ThreatLevel.SEVERE, 1.25, 100, 60, 20, 5, 10, 3, 2, 0,
        12.345, Map.of(Role.NEIGHBOURHOOD, 8.0, Role.CT_INVESTIGATION, 1e-7), 0.005, 1, 0, 0.87654);
    EventRow athletics = new EventRow("athletics", "World Athletics Championships", EventType.SPORT, ForceId.MET,
        LocalDate.of(2017, 8, 4), 10, 2, false, 100, 190, Map.of(Role.PUBLIC_ORDER, 1500.5, Role.ARMED, 250.25),
        0, 60_000_000L, 123_455_789L * r, 5_000_05L, 1_000L);
    EventRow concert = new EventRow("concert, \"big\"", "Concert", EventType.CONCERT, ForceId.CITY,
        LocalDate.of(2017, 6, 2), 1, 5, true, 10, 10, Map.of(), 2.5, 0, 100L, 0, 0);
    IncidentRow incident = new IncidentRow("lb-1", "London Bridge", AttackType.VEHICLE_KNIFE, ForceId.MET,
        LocalDateTime.of(2017, 6, 3, 22, 8), false, 8.0, 1000,
        Map.of(PhaseSpec.Kind.IMMEDIATE, 3000.0, PhaseSpec.Kind.INVESTIGATION, 12_000.0), 3000, 6000, 900,
        99L, 0, 3_200_000_000L, firstDays(), 99L, 0L);
    return new ReplicationResult(r, seed, ledger, List.of(day), List.of(athletics, concert), List.of(incident),
        Map.of("attacks", (double) r, "unmet_hours", 0.005, "plots_disrupted", Double.NaN),
        List.of(new HistogramBin(0, 0, 90), new HistogramBin(0, 10, 8), new HistogramBin(10, 20, 2)),
        List.of(new MutualAidDay(LocalDate.of(2017, 5, 23), ForceId.of("CHE"), ForceId.of("GMP"), 40, 38, 40 + r),
            new MutualAidDay(LocalDate.of(2017, 5, 23), ForceId.of("MER"), ForceId.of("GMP"), 25, 25, 0)));
  }

  /** Day 0: 50 CT and 900 other officers; day 1: 40 and 600; nothing after. */
  static List<IncidentDay> firstDays() {
    List<IncidentDay> days = new java.util.ArrayList<>();
    for (int d = 0; d < IncidentRow.FIRST_DAYS; d++) {
      days.add(d == 0 ? new IncidentDay(0, 50, 900, 400.0, 7200.0)
          : d == 1 ? new IncidentDay(1, 40, 600, 320.0, 4800.5) : new IncidentDay(d, 0, 0, 0, 0));
    }
    return days;
  }
}
