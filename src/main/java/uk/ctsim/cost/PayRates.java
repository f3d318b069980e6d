package uk.ctsim.cost;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import uk.ctsim.scenario.PayAward;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;

/**
 * Hourly rates by rank, from the scenario's pay as it stands on a day (pay awards take effect on their date).
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

  /**
   * Annual pay, H and O by rank ordinal: read for every deployment costed, where a map of boxed numbers cost a chain of
   * dependent reads.
   */
  private final double[] regulated = new double[RANKS.length];
  private final double[] opportunity = new double[RANKS.length];
  private final double[] annual = new double[RANKS.length];
  private static final Rank[] RANKS = Rank.values();
  private final PaySpec pay;
  private final double londonGbp;

  private PayRates(PaySpec pay, Map<Rank, Double> annualPay, double londonWeightingGbp, double londonAllowanceGbp) {
    this.pay = pay;
    this.londonGbp = londonWeightingGbp + londonAllowanceGbp;
    for (Rank rank : RANKS) {
      double annualPayGbp = annualPay.get(rank);
      int r = rank.ordinal();
      annual[r] = annualPayGbp;
      regulated[r] = annualPayGbp * 7.0 / 365.0 / 40.0;
      opportunity[r] = (annualPayGbp + londonGbp) * (1.0 + pay.employerOnCostShare()) / HOURS_PER_YEAR;
    }
  }

  /** The rates of the pay the period starts with, before any award. */
  public static PayRates of(PaySpec pay) {
    return new PayRates(pay, factored(pay, 1.0), pay.londonWeightingGbp(), pay.londonAllowanceGbp());
  }

  /** The rates of officers paid {@code annualPay} by rank, with the London weighting and allowance in force. */
  static PayRates of(PaySpec pay, Map<Rank, Double> annualPay, double londonWeightingGbp, double londonAllowanceGbp) {
    return new PayRates(pay, annualPay, londonWeightingGbp, londonAllowanceGbp);
  }

  /** The London weighting in force on {@code day}: the scenario's, or the latest award's that gives one. */
  static double londonWeightingOn(PaySpec pay, LocalDate day) {
    double londonWeighting = pay.londonWeightingGbp();
    for (PayAward award : pay.awards()) {
      if (award.from().isAfter(day)) break;
      if (award.londonWeightingGbp() != null) londonWeighting = award.londonWeightingGbp();
    }
    return londonWeighting;
  }

  /** The scenario's pay factor in force on {@code day}: that of the latest award taken effect, 1 before any. */
  static double payFactorOn(PaySpec pay, LocalDate day) {
    double factor = 1.0;
    for (PayAward award : pay.awards()) {
      if (award.from().isAfter(day)) break;
      factor = award.payFactor();
    }
    return factor;
  }

  static Map<Rank, Double> factored(PaySpec pay, double factor) {
    Map<Rank, Double> out = new EnumMap<>(Rank.class);
    for (Rank rank : Rank.values()) out.put(rank, pay.annualPayGbp().get(rank) * factor);
    return out;
  }

  /** The rates in force on {@code day}: the scenario's pay with every award that has taken effect by then. */
  public static PayRates on(PaySpec pay, LocalDate day) {
    return new PayRates(pay, factored(pay, payFactorOn(pay, day)), londonWeightingOn(pay, day),
        pay.londonAllowanceGbp());
  }

  /** Basic annual pay of the rank in force, in pounds. */
  public double annualPayGbp(Rank rank) {
    return annual[rank.ordinal()];
  }

  /** H, in pounds an hour. */
  public double regulatedHourlyGbp(Rank rank) {
    return regulated[rank.ordinal()];
  }

  /**
   * The full-cost charge rate F of an officer hour, as charging for police services builds it: the annual employment
   * cost (pay, with London weighting and allowance for a London force, and employer on-costs) plus overheads, over
   * the productive hours of a year.
   */
  public double fullCostHourlyGbp(Rank rank, boolean london, double overheadShare, double productiveHoursPerYear) {
    double employed = annual[rank.ordinal()] + (london ? londonGbp : 0);
    return employed * (1.0 + pay.employerOnCostShare()) * (1.0 + overheadShare) / productiveHoursPerYear;
  }

  /** O, in pounds an hour. */
  public double opportunityHourlyGbp(Rank rank) {
    return opportunity[rank.ordinal()];
  }
}
