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
 * @param latitude where it happened, degrees (with {@code longitude}, or neither): first response is by the forces
 *     whose headquarters lie within {@code firstResponseKm} of it, nearest first
 * @param longitude where it happened, degrees
 */
public record ScheduledIncident(String id, String name, AttackType type, LocalDateTime at, ForceId force, Double scale,
    Double nonPayGbp, Double latitude, Double longitude) {
  public ScheduledIncident {
    scale = Require.range(Require.orDefault(scale, 1.0), "scale", 0, 20);
    if (nonPayGbp != null) Require.money(nonPayGbp, "nonPayGbp", 1e9);
    Require.id(id, "id");
    name = Require.orDefault(name, id);
    Require.present(type, "type");
    Require.present(at, "at");
    force = Require.orDefault(force, ForceId.MET);
    Require.isTrue(force != ForceId.NATIONAL, "force: an incident is led by one of the scenario's forces; NATIONAL is the mutual-aid pool");
    Require.isTrue((latitude == null) == (longitude == null), (latitude == null ? "latitude" : "longitude")
        + ": give both latitude and longitude of the incident, or neither");
    if (latitude != null) {
      Require.range(latitude, "latitude", -90, 90);
      Require.range(longitude, "longitude", -180, 180);
    }
  }

  /** An incident without a location: its lead force's usual first responders. */
  public ScheduledIncident(String id, String name, AttackType type, LocalDateTime at, ForceId force, Double scale,
      Double nonPayGbp) {
    this(id, name, type, at, force, scale, nonPayGbp, null, null);
  }

  /** Whether the incident has a location. */
  public boolean located() {
    return latitude != null;
  }

  /** An incident at the type's full response and non-pay. */
  public ScheduledIncident(String id, String name, AttackType type, LocalDateTime at, ForceId force) {
    this(id, name, type, at, force, null, null, null, null);
  }
}
