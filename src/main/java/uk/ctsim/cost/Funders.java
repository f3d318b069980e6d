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
  private final Map<ForceId, ForceSpec> forces = new HashMap<>();

  Funders(List<ForceSpec> forces) {
    for (ForceSpec f : forces) this.forces.put(f.id(), f);
  }

  Funder officer(ForceId force, Role role) {
    ForceSpec spec = forces.get(force);
    return spec == null ? Funder.FORCE_CORE_BUDGET : spec.funderOf(role);
  }
}
