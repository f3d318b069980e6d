package uk.ctsim.scenario;

import java.util.Set;

/**
 * Military backfill of static guarding at CRITICAL (Operation Temperer, May 2017: about 1,000 personnel).
 *
 * @param allowed whether the scenario allows it
 * @param personnel most military personnel on guard duty at any one time
 * @param leadTimeHours hours from CRITICAL to deployment
 * @param roles the roles whose static-guard demand the military may take
 * @param costToPolicePerPersonDayGbp cost charged to policing for each person-day (default 0: borne by defence)
 * @param costPerPersonDayGbp the full cost of a person-day of military aid; what policing is not charged of it is
 *     booked to the Ministry of Defence (default 0: no figure found, so no line)
 */
public record MilitarySpec(Boolean allowed, Integer personnel, Double leadTimeHours, Set<Role> roles,
    Double costToPolicePerPersonDayGbp, Double costPerPersonDayGbp) {
  public MilitarySpec {
    allowed = Require.orDefault(allowed, Boolean.TRUE);
    personnel = Require.count(Require.orDefault(personnel, 1000), "personnel", 100_000);
    leadTimeHours = Require.range(Require.orDefault(leadTimeHours, 24.0), "leadTimeHours", 0, 24 * 30);
    roles = Set.copyOf(Require.orDefault(roles, Set.of(Role.ARMED, Role.PROTECTION)));
    costToPolicePerPersonDayGbp = Require.money(Require.orDefault(costToPolicePerPersonDayGbp, 0.0), "costToPolicePerPersonDayGbp", 10_000);
    costPerPersonDayGbp = Require.money(Require.orDefault(costPerPersonDayGbp, 0.0), "costPerPersonDayGbp", 10_000);
  }

  /** Military aid without its full cost: only the charge to policing is known. */
  public MilitarySpec(Boolean allowed, Integer personnel, Double leadTimeHours, Set<Role> roles,
      Double costToPolicePerPersonDayGbp) {
    this(allowed, personnel, leadTimeHours, roles, costToPolicePerPersonDayGbp, null);
  }

  public static MilitarySpec defaults() {
    return new MilitarySpec(null, null, null, null, null, null);
  }

  /** The part of a person-day's cost that defence bears: the full cost less the charge to policing, never below 0. */
  public double borneByDefencePerPersonDayGbp() {
    return Math.max(0, costPerPersonDayGbp - costToPolicePerPersonDayGbp);
  }
}
