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
 */
public record MilitarySpec(Boolean allowed, Integer personnel, Double leadTimeHours, Set<Role> roles,
    Double costToPolicePerPersonDayGbp) {
  public MilitarySpec {
    allowed = Require.orDefault(allowed, Boolean.TRUE);
    personnel = Require.count(Require.orDefault(personnel, 1000), "personnel", 100_000);
    leadTimeHours = Require.range(Require.orDefault(leadTimeHours, 24.0), "leadTimeHours", 0, 24 * 30);
    roles = Set.copyOf(Require.orDefault(roles, Set.of(Role.ARMED, Role.PROTECTION)));
    costToPolicePerPersonDayGbp = Require.money(Require.orDefault(costToPolicePerPersonDayGbp, 0.0), "costToPolicePerPersonDayGbp", 10_000);
  }

  public static MilitarySpec defaults() {
    return new MilitarySpec(null, null, null, null, null);
  }
}
