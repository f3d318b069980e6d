package uk.ctsim.cost;

import java.util.ArrayList;
import java.util.List;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent.MutualAidOfficerLent;
import uk.ctsim.model.events.SimEvent.MutualAidShiftWorked;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.Rank;

/**
 * The cost of mutual aid as people (docs/COSTS.md, "Mutual aid as people"): every hour an officer lent by another force
 * works or travels is charged to the receiving force at the full-cost rate of the officer's rank (London rates for a
 * lender in the London pay region), the spontaneous-charge share for incidents and posture, in full for events; the
 * share not charged stays with the lender. The receiving force also pays each night of the tour away from home (Annex U
 * allowances), accommodation and subsistence.
 */
final class LentOfficerCosting {

  private final Charges charges;
  private final PayAreas payAreas;

  LentOfficerCosting(Charges charges, PayAreas payAreas) {
    this.charges = charges;
    this.payAreas = payAreas;
  }

  /** The charge for one shift worked at the receiving force. */
  List<CostLine> shift(MutualAidShiftWorked s, CostDates dates, java.time.LocalDate day) {
    double hours = (s.endMinute() - s.minute()) / (double) Minutes.PER_HOUR;
    return charge(s.lender(), s.rank(), s.demand(), hours, 0, dates, day);
  }

  /** The full-cost value of a shift, for the share an event organiser pays back. */
  double fullCostGbp(MutualAidShiftWorked s, java.time.LocalDate day) {
    return (s.endMinute() - s.minute()) / (double) Minutes.PER_HOUR * rate(s.lender(), s.rank(), day);
  }

  /** The charge for the tour itself: travel both ways, and each night away. */
  List<CostLine> tour(MutualAidOfficerLent l, CostDates dates, java.time.LocalDate day) {
    if (l.endMinute() < l.minute() || l.travelMinutes() < 0 || 2L * l.travelMinutes() > l.endMinute() - l.minute()) {
      throw new IllegalArgumentException("a mutual-aid tour that ends before it starts or is shorter than its travel: " + l);
    }
    double travelHours = 2 * l.travelMinutes() / (double) Minutes.PER_HOUR;
    int nights = nights(l);
    return charge(l.lender(), l.rank(), l.demand(), travelHours, nights, dates, day);
  }

  /** Nights of the tour at the receiving force: its days there, rounded up. */
  static int nights(MutualAidOfficerLent l) {
    long there = l.endMinute() - l.minute() - 2L * l.travelMinutes();
    return (int) ((there + Minutes.PER_DAY - 1) / Minutes.PER_DAY);
  }

  private List<CostLine> charge(ForceId lender, Rank rank, DemandRef demand, double hours, int nights, CostDates dates,
      java.time.LocalDate day) {
    double full = hours * rate(lender, rank, day);
    double charged = charges.chargedShare(demand.kind());
    ForceId receiving = demand.leadForce();
    List<CostLine> lines = new ArrayList<>(3);
    lines.add(line(receiving, Funder.FORCE_CORE_BUDGET, CostCategory.MUTUAL_AID, demand, dates,
        full * charged + charges.mutualAidExpensesGbp(1, nights, nights)));
    lines.add(line(lender, Funder.OTHER_FORCE, CostCategory.MUTUAL_AID, demand, dates, full * (1 - charged)));
    lines.add(line(receiving, Funder.FORCE_CORE_BUDGET, CostCategory.ALLOWANCES, demand, dates,
        charges.mutualAidAllowancesGbp(1, nights, day)));
    lines.removeIf(x -> x.pence() == 0);
    return lines;
  }

  private double rate(ForceId lender, Rank rank, java.time.LocalDate day) {
    return charges.fullCostHourlyGbp(rank, payAreas.london(lender), day);
  }

  private static CostLine line(ForceId force, Funder funder, CostCategory category, DemandRef demand, CostDates dates,
      double gbp) {
    return new CostLine(force, funder, category, demand.strand(), CostKind.ADDITIONAL, demand.kind(),
        demand.reference(), dates, Pence.of(gbp));
  }

  /** Whether a demand is an event's (charged in full and partly recovered from the organiser). */
  static boolean event(DemandRef demand) {
    return demand.kind() == DemandKind.EVENT;
  }
}
