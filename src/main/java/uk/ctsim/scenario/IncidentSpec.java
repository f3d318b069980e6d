package uk.ctsim.scenario;

import java.util.List;
import java.util.Map;

/**
 * Surge incidents: the response profile of each type, incidents at given times, and the emergency policy.
 *
 * @param types response profile (and independent arrival rate) per type
 * @param scheduled incidents at given times
 * @param emergencySuspendsWorkingTime whether immediate-phase deployments may break working-time limits (each break
 *     is recorded)
 */
public record IncidentSpec(Map<AttackType, IncidentTypeSpec> types, List<ScheduledIncident> scheduled,
    Boolean emergencySuspendsWorkingTime) {

  public IncidentSpec {
    types = Require.copy(Require.present(types, "types"));
    scheduled = List.copyOf(Require.orDefault(scheduled, List.of()));
    emergencySuspendsWorkingTime = Require.orDefault(emergencySuspendsWorkingTime, Boolean.TRUE);
    for (ScheduledIncident s : scheduled) {
      Require.isTrue(types.containsKey(s.type()), "scheduled." + s.id() + ".type: no response profile for " + s.type() + " under types");
    }
  }
}
