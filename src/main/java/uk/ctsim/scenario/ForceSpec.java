package uk.ctsim.scenario;

import java.util.Map;

/**
 * One force: its annual budget (for the special-grant threshold) and its establishment by role.
 *
 * @param id MET, CITY or BTP (NATIONAL is the mutual-aid pool, configured under deployment.mutualAid)
 * @param annualBudgetGbp net revenue budget; an incident whose additional cost passes the grant threshold share of it
 *     is eligible for a special grant
 * @param establishment officers by primary role
 */
public record ForceSpec(ForceId id, Double annualBudgetGbp, Map<Role, Establishment> establishment) {
  public ForceSpec {
    Require.present(id, "id");
    Require.isTrue(id != ForceId.NATIONAL, "id: NATIONAL is the mutual-aid pool; configure it under deployment.mutualAid");
    annualBudgetGbp = Require.money(Require.orDefault(annualBudgetGbp, 0.0), "annualBudgetGbp", 1e12);
    establishment = Require.copy(Require.present(establishment, "establishment"));
    Require.isTrue(!establishment.isEmpty(), "establishment: a force needs at least one role");
  }

  public int officers() {
    return establishment.values().stream().mapToInt(Establishment::officers).sum();
  }
}
