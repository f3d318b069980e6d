package uk.ctsim.scenario;

import java.util.Set;

/**
 * Military backfill of static guarding (Operation Temperer, May 2017: 984 troops deployed nationally). The soldiers
 * are people: a national pool of {@code personnel}, each on at most one guard shift at a time, with at least {@code
 * minRestHours} between shifts, so a post guarded round the clock takes about three of them.
 *
 * @param allowed whether the scenario allows it
 * @param personnel soldiers in the national pool released to forces' static-guard demands
 * @param leadTimeHours hours from CRITICAL posture to deployment (when no {@code periods} are given)
 * @param roles the roles whose static-guard demand the military may take
 * @param costToPolicePerPersonDayGbp cost charged to policing for each person-day (default 0: borne by defence)
 * @param costPerPersonDayGbp the full cost of a person-day of military aid; what policing is not charged of it is
 *     booked to the Ministry of Defence (default 0: no figure found, so no line)
 * @param minRestHours least rest of a soldier between two guard shifts (default 11)
 * @param periods dated deployments: when given (with a threat TIMELINE), soldiers guard only in them, whatever the
 *     threat level; when empty, from {@code leadTimeHours} after posture becomes CRITICAL while it stays CRITICAL
 */
public record MilitarySpec(Boolean allowed, Integer personnel, Double leadTimeHours, Set<Role> roles,
    Double costToPolicePerPersonDayGbp, Double costPerPersonDayGbp, Double minRestHours,
    java.util.List<MilitaryPeriod> periods) {
  public MilitarySpec {
    allowed = Require.orDefault(allowed, Boolean.TRUE);
    personnel = Require.count(Require.orDefault(personnel, 1000), "personnel", 100_000);
    leadTimeHours = Require.range(Require.orDefault(leadTimeHours, 24.0), "leadTimeHours", 0, 24 * 30);
    roles = Set.copyOf(Require.orDefault(roles, Set.of(Role.ARMED, Role.PROTECTION)));
    costToPolicePerPersonDayGbp = Require.money(Require.orDefault(costToPolicePerPersonDayGbp, 0.0), "costToPolicePerPersonDayGbp", 10_000);
    costPerPersonDayGbp = Require.money(Require.orDefault(costPerPersonDayGbp, 0.0), "costPerPersonDayGbp", 10_000);
    minRestHours = Require.range(Require.orDefault(minRestHours, 11.0), "minRestHours", 0, 24);
    periods = java.util.List.copyOf(Require.orDefault(periods, java.util.List.of()));
    for (int i = 1; i < periods.size(); i++) {
      Require.isTrue(!periods.get(i).from().isBefore(periods.get(i - 1).until()),
          "periods[" + i + "]: begins at " + periods.get(i).from() + ", before the period before it ends ("
              + periods.get(i - 1).until() + "); periods must be in order and must not overlap");
    }
  }

  /** Military aid with its costs, deployed at CRITICAL posture after its lead time. */
  public MilitarySpec(Boolean allowed, Integer personnel, Double leadTimeHours, Set<Role> roles,
      Double costToPolicePerPersonDayGbp, Double costPerPersonDayGbp) {
    this(allowed, personnel, leadTimeHours, roles, costToPolicePerPersonDayGbp, costPerPersonDayGbp, null, null);
  }

  /** Military aid without its full cost: only the charge to policing is known. */
  public MilitarySpec(Boolean allowed, Integer personnel, Double leadTimeHours, Set<Role> roles,
      Double costToPolicePerPersonDayGbp) {
    this(allowed, personnel, leadTimeHours, roles, costToPolicePerPersonDayGbp, null);
  }

  public static MilitarySpec defaults() {
    return new MilitarySpec(null, null, null, null, null, null, null, null);
  }

  /** The part of a person-day's cost that defence bears: the full cost less the charge to policing, never below 0. */
  public double borneByDefencePerPersonDayGbp() {
    return Math.max(0, costPerPersonDayGbp - costToPolicePerPersonDayGbp);
  }
}
