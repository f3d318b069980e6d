package uk.ctsim.cost;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.Role;

/** The funder of officers' pay: the role's funder in the scenario's force, else the force's core budget. */
final class Funders {
  /** Each scenario force's funder by role ordinal, worked out at set-up: asked once per officer deployment. */
  private final Map<ForceId, Funder[]> byRole = new HashMap<>();

  Funders(List<ForceSpec> forces) {
    for (ForceSpec f : forces) {
      Funder[] funders = new Funder[Role.values().length];
      for (Role role : Role.values()) funders[role.ordinal()] = f.funderOf(role);
      byRole.put(f.id(), funders);
    }
  }

  /**
   * The force last asked about and its funders (null for a force the scenario does not declare, and for none yet, as
   * for a null force).
   */
  private ForceId lastForce;
  private Funder[] lastFunders;

  Funder officer(ForceId force, Role role) {
    if (force != lastForce) {
      // asked for every officer deployment, mostly of the force asked about last
      lastFunders = byRole.get(force);
      lastForce = force;
    }
    return lastFunders == null ? Funder.FORCE_CORE_BUDGET : lastFunders[role.ordinal()];
  }
}
