package uk.ctsim.scenario;

import java.util.Map;

/**
 * One force: its annual budget (for the special-grant threshold) and its establishment by role.
 *
 * @param id MET, CITY or BTP (NATIONAL is the mutual-aid pool, configured under deployment.mutualAid)
 * @param annualBudgetGbp net revenue budget; an incident whose additional cost passes the grant threshold share of it
 *     is eligible for a special grant
 * @param establishment officers by primary role
 * @param roleFunders the funder of each role's officers where it is not the force's core budget (for example SO15
 *     investigators on the counter-terrorism policing grant); roles not named are on the core budget
 */
public record ForceSpec(ForceId id, Double annualBudgetGbp, Map<Role, Establishment> establishment,
    Map<Role, Funder> roleFunders) {
  public ForceSpec {
    Require.present(id, "id");
    Require.isTrue(id != ForceId.NATIONAL, "id: NATIONAL is the mutual-aid pool; configure it under deployment.mutualAid");
    annualBudgetGbp = Require.money(Require.orDefault(annualBudgetGbp, 0.0), "annualBudgetGbp", 1e12);
    establishment = Require.copy(Require.present(establishment, "establishment"));
    Require.isTrue(!establishment.isEmpty(), "establishment: a force needs at least one role");
    roleFunders = Require.copy(roleFunders);
    roleFunders.forEach((role, funder) -> Require.isTrue(funder.fundsRoles(), "roleFunders." + role
        + ": a role is funded by FORCE_CORE_BUDGET, CT_POLICING_GRANT or CAPITAL_CITY_GRANT, not " + funder));
  }

  /** The same force without role funders (all on the core budget). */
  public ForceSpec(ForceId id, Double annualBudgetGbp, Map<Role, Establishment> establishment) {
    this(id, annualBudgetGbp, establishment, null);
  }

  /** The funder of the pay of this force's officers of {@code role}. */
  public Funder funderOf(Role role) {
    return roleFunders.getOrDefault(role, Funder.FORCE_CORE_BUDGET);
  }

  public int officers() {
    return establishment.values().stream().mapToInt(Establishment::officers).sum();
  }
}
