package uk.ctsim.model.events;

import uk.ctsim.scenario.ForceId;

/**
 * What a deployment was for.
 *
 * @param kind the kind of demand
 * @param reference event id, incident id, or "posture" for citywide posture (the incident id of an attack for the
 *     posture its uplift adds)
 * @param leadForce the force that owns the demand (and pays mutual-aid charges)
 * @param revision 0 for the plan made on the planning date, 1 and up for short-notice re-plans
 */
public record DemandRef(DemandKind kind, String reference, ForceId leadForce, int revision) {
  public Strand strand() {
    return kind.strand();
  }
}
