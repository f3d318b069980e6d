package uk.ctsim.scenario;

import java.time.LocalDateTime;

/** An incident that happens at a given time (to replay history, such as London Bridge on 3 June 2017). */
public record ScheduledIncident(String id, String name, AttackType type, LocalDateTime at, ForceId force) {
  public ScheduledIncident {
    Require.id(id, "id");
    name = Require.orDefault(name, id);
    Require.present(type, "type");
    Require.present(at, "at");
    force = Require.orDefault(force, ForceId.MET);
    Require.isTrue(force != ForceId.NATIONAL, "force: an incident is led by one of the scenario's forces; NATIONAL is the mutual-aid pool");
  }
}
