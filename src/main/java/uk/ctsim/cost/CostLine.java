package uk.ctsim.cost;

import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;

/**
 * One line of the ledger.
 *
 * @param force the force whose officers or budget the line concerns (NATIONAL for mutual aid)
 * @param reference the event id, incident id, or "posture"
 * @param isoWeek ISO-8601 week of the cost, such as {@code 2017-W23}
 * @param pence amount in whole pence
 */
public record CostLine(ForceId force, CostCategory category, Strand strand, CostKind kind, DemandKind demand,
    String reference, String isoWeek, long pence) {

  public double gbp() {
    return pence / 100.0;
  }

  /** The same line with another amount. */
  public CostLine withPence(long newPence) {
    return new CostLine(force, category, strand, kind, demand, reference, isoWeek, newPence);
  }
}
