package uk.ctsim.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.SimEvent.OfficerDeployed;
import uk.ctsim.scenario.CostRates;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.PaySpec.PremiumRules;
import uk.ctsim.scenario.Rank;

/**
 * The pay rules for one officer deployment: which minutes are opportunity cost at O and which are premiums at H,
 * per Police Regulations 2003 Annex G. Minutes of one deployment that fall to time off in lieu are added together
 * and costed as one line, so each (deployment, category) amount is rounded once.
 */
final class DeploymentCosting {
  /** Demands whose officers are fed by the force (events and incidents), not patrols or site guards. */
  static final Set<DemandKind> CATERED = EnumSet.of(DemandKind.EVENT, DemandKind.INCIDENT_IMMEDIATE,
      DemandKind.INCIDENT_SCENE, DemandKind.INVESTIGATION);

  private final PaySpec pay;
  private final PremiumRules rules;
  private final PayRates rates;
  private final CostRates costs;
  private final CostDates.Cache dates;
  private final Funders funders;

  DeploymentCosting(PaySpec pay, CostRates costs, LocalDate periodStart, Funders funders) {
    this.pay = pay;
    this.rules = pay.premiums();
    this.rates = PayRates.of(pay);
    this.costs = costs;
    this.dates = new CostDates.Cache(periodStart);
    this.funders = funders;
  }

  /** The lines of one deployment, zero amounts left out. */
  List<CostLine> lines(OfficerDeployed d) {
    checkMinutes(d);
    Rank rank = d.rank();
    double h = rates.regulatedHourlyGbp(rank);
    double premiumOnCost = 1.0 + pay.overtimeOnCostShare();
    int lieuMinutes = 0;
    List<CostLine> out = new ArrayList<>(4);
    add(out, d, CostCategory.ABSTRACTION, CostKind.OPPORTUNITY, opportunityGbp(rank, d.rosteredMinutes()));

    if (rules.overtimeRanks().contains(rank)) {
      add(out, d, CostCategory.OVERTIME, CostKind.ADDITIONAL,
          hours(d.overtimeMinutes()) * h * rules.overtimeMultiplier() * premiumOnCost);
    } else {
      lieuMinutes += d.overtimeMinutes();
    }

    if (d.restDayMinutes() > 0 && rules.restDayPremiumRanks().contains(rank) && d.noticeDays() < rules.restDayNoticeDays()) {
      double paidHours = Math.max(hours(d.restDayMinutes()), rules.restDayMinimumPaidHours());
      add(out, d, CostCategory.REST_DAY, CostKind.ADDITIONAL,
          paidHours * h * rules.restDayShortNoticeMultiplier() * premiumOnCost);
    } else {
      lieuMinutes += d.restDayMinutes();
    }

    if (rules.publicHolidayPremiumRanks().contains(rank)) {
      double multiplier = d.noticeDays() < rules.publicHolidayNoticeDays()
          ? rules.publicHolidayShortNoticeMultiplier() : rules.publicHolidayMultiplier();
      add(out, d, CostCategory.PUBLIC_HOLIDAY, CostKind.ADDITIONAL,
          hours(d.publicHolidayMinutes()) * h * multiplier * premiumOnCost);
    } else {
      lieuMinutes += d.publicHolidayMinutes();
    }

    if (rules.restDayPremiumRanks().contains(rank)) {
      add(out, d, CostCategory.LEAVE_CANCELLED, CostKind.ADDITIONAL,
          hours(d.leaveMinutes()) * h * rules.leaveCancelledMultiplier() * premiumOnCost);
    } else {
      lieuMinutes += d.leaveMinutes();
    }

    add(out, d, CostCategory.TIME_OFF_IN_LIEU, CostKind.OPPORTUNITY, opportunityGbp(rank, lieuMinutes));
    if (CATERED.contains(d.demand().kind())) {
      add(out, d, CostCategory.CATERING, CostKind.ADDITIONAL, costs.cateringPerOfficerShiftGbp());
    }
    return out;
  }

  private double opportunityGbp(Rank rank, int minutes) {
    return hours(minutes) * rates.opportunityHourlyGbp(rank);
  }

  private static double hours(int minutes) {
    return minutes / 60.0;
  }

  private void add(List<CostLine> out, OfficerDeployed d, CostCategory category, CostKind kind, double gbp) {
    long pence = Pence.of(gbp);
    if (pence == 0) return;
    out.add(new CostLine(d.force(), funders.officer(d.force(), d.role()), category, d.demand().strand(), kind,
        d.demand().kind(), d.demand().reference(), dates.of(d.minute()), pence));
  }

  private static void checkMinutes(OfficerDeployed d) {
    if (d.rosteredMinutes() < 0 || d.overtimeMinutes() < 0 || d.restDayMinutes() < 0 || d.publicHolidayMinutes() < 0
        || d.leaveMinutes() < 0 || d.noticeDays() < 0) {
      throw new IllegalArgumentException("officer deployment with negative minutes or notice: " + d);
    }
  }
}
