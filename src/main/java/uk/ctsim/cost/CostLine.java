package uk.ctsim.cost;

import java.time.LocalDate;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;

/**
 * One line of the ledger.
 *
 * @param force the force whose officers or budget the line concerns (for mutual aid, the receiving force, which pays the charge)
 * @param funder the budget or payer the line is booked to (docs/COSTS.md, "Who pays")
 * @param reference the event id, incident id, or "posture"
 * @param isoWeek ISO-8601 week of the cost, such as {@code 2017-W23}
 * @param month calendar month of the cost, such as {@code 2017-06}
 * @param financialYear April-to-March financial year of the cost, such as {@code 2017-18}
 * @param pence amount in whole pence
 */
public record CostLine(ForceId force, Funder funder, CostCategory category, Strand strand, CostKind kind,
    DemandKind demand, String reference, String isoWeek, String month, String financialYear, long pence) {

  /** A line dated {@code day}: its week, month and financial year are those of the day. */
  public CostLine(ForceId force, Funder funder, CostCategory category, Strand strand, CostKind kind, DemandKind demand,
      String reference, LocalDate day, long pence) {
    this(force, funder, category, strand, kind, demand, reference, CostDates.of(day), pence);
  }

  CostLine(ForceId force, Funder funder, CostCategory category, Strand strand, CostKind kind, DemandKind demand,
      String reference, CostDates dates, long pence) {
    this(force, funder, category, strand, kind, demand, reference, dates.isoWeek(), dates.month(),
        dates.financialYear(), pence);
  }

  public double gbp() {
    return pence / 100.0;
  }

  /** The same line with another amount. */
  public CostLine withPence(long newPence) {
    return new CostLine(force, funder, category, strand, kind, demand, reference, isoWeek, month, financialYear,
        newPence);
  }
}
