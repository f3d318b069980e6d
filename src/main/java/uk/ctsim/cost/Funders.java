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

  Funder officer(ForceId force, Role role) {
    Funder[] funders = byRole.get(force);
    return funders == null ? Funder.FORCE_CORE_BUDGET : funders[role.ordinal()];
  }
}
