package uk.ctsim.cost;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.CostRates;
import uk.ctsim.scenario.DeploymentPolicy;
import uk.ctsim.scenario.Establishment;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.IncidentSpec;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.MilitarySpec;
import uk.ctsim.scenario.MutualAidSpec;
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

/**
 * Small scenarios for cost tests. Pay is the Sep 2017 scale (constable top point £38,382, sergeant top £43,134,
 * London inspector £51,330; chief inspector and superintendent are round test figures) with the PaySpec defaults
 * (London weighting £2,349, allowance £4,338, on-costs 33.3% and 13.8% on premiums).
 */
final class TestScenarios {
  static final double MET_BUDGET_GBP = 2_500_000_000.0;
  static final double VEHICLE_KNIFE_NON_PAY_GBP = 250_000.0;
  static final double MILITARY_GBP_PER_PERSON_DAY = 150.0;

  private TestScenarios() {}

  /** Period from 1 June 2017 to 31 December 2017, default pay, costs and deployment policy. */
  static Scenario minimal() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  static Map<Rank, Double> payScale2017() {
    Map<Rank, Double> pay = new EnumMap<>(Rank.class);
    pay.put(Rank.CONSTABLE, 38_382.0);
    pay.put(Rank.SERGEANT, 43_134.0);
    pay.put(Rank.INSPECTOR, 51_330.0);
    pay.put(Rank.CHIEF_INSPECTOR, 57_000.0);
    pay.put(Rank.SUPERINTENDENT, 70_000.0);
    return pay;
  }

  /** Changes a few parts of the minimal scenario; everything else stays fixed. */
  static final class Builder {
    private LocalDate start = LocalDate.of(2017, 6, 1);
    private PaySpec pay = new PaySpec(payScale2017(), null, null, null, null, null);
    private double militaryGbpPerPersonDay = 0.0;
    private MilitarySpec military;
    private final Map<Role, Funder> roleFunders = new EnumMap<>(Role.class);
    private MutualAidSpec mutualAid;
    private CostRates costs = CostRates.defaults();

    private ForceId outsideLondon;

    /** Adds a second force, {@code id}, in the pay region ELSEWHERE (no London weighting or allowance). */
    Builder forceOutsideLondon(ForceId id) {
      outsideLondon = id;
      return this;
    }

    Builder roleFunder(Role role, Funder funder) {
      roleFunders.put(role, funder);
      return this;
    }

    Builder start(LocalDate newStart) {
      start = newStart;
      return this;
    }

    Builder pay(PaySpec newPay) {
      pay = newPay;
      return this;
    }

    Builder militaryCostToPolice(double gbpPerPersonDay) {
      militaryGbpPerPersonDay = gbpPerPersonDay;
      return this;
    }

    Builder mutualAid(MutualAidSpec spec) {
      mutualAid = spec;
      return this;
    }

    Builder military(MilitarySpec spec) {
      military = spec;
      return this;
    }

    Builder costs(CostRates rates) {
      costs = rates;
      return this;
    }

    Scenario build() {
      DeploymentPolicy deployment = new DeploymentPolicy(null, null, null, null, null, null, mutualAid,
          military != null ? military : new MilitarySpec(null, null, null, null, militaryGbpPerPersonDay));
      return new Scenario("cost-test", null, new Period(start, start.plusDays(213)), null, forces(roleFunders, outsideLondon), rosters(), null,
          pay, costs, List.of(), List.of(), new ThreatSpec(null, ThreatLevel.SEVERE, null, null, null),
          posture(), incidents(), pursue(), deployment);
    }

    private static List<ForceSpec> forces(Map<Role, Funder> roleFunders, ForceId outsideLondon) {
      ForceSpec met = new ForceSpec(ForceId.MET, MET_BUDGET_GBP, Map.of(Role.RESPONSE, new Establishment(100, null, null)),
          roleFunders);
      if (outsideLondon == null) return List.of(met);
      return List.of(met, new ForceSpec(outsideLondon, MET_BUDGET_GBP / 10, Map.of(Role.RESPONSE,
          new Establishment(100, null, null)), null, null, null, null, uk.ctsim.scenario.PayRegion.ELSEWHERE, null, null,
          null, null, null));
    }

    private static RosterSpec rosters() {
      Map<Role, String> cycles = new EnumMap<>(Role.class);
      for (Role role : Role.values()) cycles.put(role, "EEEEERR");
      return new RosterSpec(Map.of("E", new ShiftType(LocalTime.of(7, 0), 8.0)), cycles);
    }

    private static PostureSpec posture() {
      Map<ThreatLevel, Double> ones = new EnumMap<>(ThreatLevel.class);
      Map<ThreatLevel, Integer> zeros = new EnumMap<>(ThreatLevel.class);
      for (ThreatLevel level : ThreatLevel.values()) {
        ones.put(level, 1.0);
        zeros.put(level, 0);
      }
      return new PostureSpec(ones, ones, null, null, null, null, zeros, zeros, null, null, null);
    }

    private static IncidentSpec incidents() {
      PhaseSpec immediate = new PhaseSpec(PhaseSpec.Kind.IMMEDIATE, null, 0.5, null, null, null,
          List.of(new StaffingRow(Role.ARMED, 8, null)));
      IncidentTypeSpec vehicleKnife = new IncidentTypeSpec(null, null, null, List.of(immediate), VEHICLE_KNIFE_NON_PAY_GBP);
      IncidentTypeSpec hoax = new IncidentTypeSpec(null, null, null, List.of(immediate), null);
      return new IncidentSpec(Map.of(AttackType.VEHICLE_KNIFE, vehicleKnife, AttackType.HOAX, hoax), null, null);
    }

    private static PursueSpec pursue() {
      return new PursueSpec(null, Map.of(), null, null, null, null, Map.of(AttackType.VEHICLE_KNIFE, 1.0));
    }
  }
}
