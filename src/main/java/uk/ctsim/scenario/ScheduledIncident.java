package uk.ctsim.scenario;

import java.time.LocalDateTime;

/**
 * An incident that happens at a given time (to replay history, such as London Bridge on 3 June 2017).
 *
 * @param id short unique identifier
 * @param name human name
 * @param type attack type, which selects the response profile
 * @param at local date and time
 * @param force lead force (default MET)
 * @param scale multiplies every staffing row of the type's response profile for this incident (default 1: Finsbury
 *     Park is not London Bridge)
 * @param nonPayGbp this incident's non-pay cost (default: the type's)
 */
public record ScheduledIncident(String id, String name, AttackType type, LocalDateTime at, ForceId force, Double scale,
    Double nonPayGbp) {
  public ScheduledIncident {
    scale = Require.range(Require.orDefault(scale, 1.0), "scale", 0, 20);
    if (nonPayGbp != null) Require.money(nonPayGbp, "nonPayGbp", 1e9);
    Require.id(id, "id");
    name = Require.orDefault(name, id);
    Require.present(type, "type");
    Require.present(at, "at");
    force = Require.orDefault(force, ForceId.MET);
    Require.isTrue(force != ForceId.NATIONAL, "force: an incident is led by one of the scenario's forces; NATIONAL is the mutual-aid pool");
  }

  /** An incident at the type's full response and non-pay. */
  public ScheduledIncident(String id, String name, AttackType type, LocalDateTime at, ForceId force) {
    this(id, name, type, at, force, null, null);
  }
}
