package uk.ctsim.cost;

import java.util.EnumMap;
import java.util.Map;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;

/**
 * Hourly rates by rank, from the scenario's pay.
 *
 * <ul>
 *   <li>Regulated hourly rate H = annual pay × 7/365 ÷ 40 (Police Regulations 2003, Annex G): the base that overtime
 *       and premium multipliers apply to.</li>
 *   <li>Opportunity hourly rate O = (annual pay + London weighting + London allowance) × (1 + employer on-costs)
 *       ÷ (40 × 365/7): the full employment cost of an hour already paid for, used to value diverted time.</li>
 * </ul>
 */
public final class PayRates {
  /** Regulated hours in a year: 40 a week over 365/7 weeks. */
  static final double HOURS_PER_YEAR = 40.0 * 365.0 / 7.0;

  private final Map<Rank, Double> regulated = new EnumMap<>(Rank.class);
  private final Map<Rank, Double> opportunity = new EnumMap<>(Rank.class);

  private PayRates(PaySpec pay) {
    double londonGbp = pay.londonWeightingGbp() + pay.londonAllowanceGbp();
    for (Rank rank : Rank.values()) {
      double annualPayGbp = pay.annualPayGbp().get(rank);
      regulated.put(rank, annualPayGbp * 7.0 / 365.0 / 40.0);
      opportunity.put(rank, (annualPayGbp + londonGbp) * (1.0 + pay.employerOnCostShare()) / HOURS_PER_YEAR);
    }
  }

  public static PayRates of(PaySpec pay) {
    return new PayRates(pay);
  }

  /** H, in pounds an hour. */
  public double regulatedHourlyGbp(Rank rank) {
    return regulated.get(rank);
  }

  /** O, in pounds an hour. */
  public double opportunityHourlyGbp(Rank rank) {
    return opportunity.get(rank);
  }
}
