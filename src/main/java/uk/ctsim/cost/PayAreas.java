package uk.ctsim.cost;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.PayRegion;

/**
 * Which forces pay London weighting and the London allowance (Police Regulations 2003, Annex U): the one place the
 * officer pay, the special-police-services charge and the lent-officer charge all ask. A force the scenario declares
 * is in London when its pay region is LONDON; a force it does not declare (a lender named only in the dataset) is
 * in London only if it is one of the London forces (MET, CITY, BTP).
 */
final class PayAreas {
  private final Map<ForceId, Boolean> declared = new HashMap<>();

  PayAreas(List<ForceSpec> forces) {
    for (ForceSpec f : forces) declared.put(f.id(), f.payRegion() == PayRegion.LONDON);
  }

  /** Whether the officers of {@code force} are paid London weighting and allowance. */
  boolean london(ForceId force) {
    // asked two or three times for every officer deployment, mostly of the force asked about last
    if (force != lastForce) {
      Boolean inLondon = declared.get(force);
      lastLondon = inLondon != null ? inLondon : force == ForceId.MET || force == ForceId.CITY || force == ForceId.BTP;
      lastForce = force;
    }
    return lastLondon;
  }

  /** The force last asked about and its answer (for none yet, as for a null force: not in London). */
  private ForceId lastForce;
  private boolean lastLondon;

  /** Whether any declared force is outside London (national rates are then needed). */
  boolean anyOutsideLondon() {
    return declared.containsValue(false);
  }
}
