package uk.ctsim.cost;

import uk.ctsim.scenario.CostRates;
import uk.ctsim.scenario.ForceSpec;

/**
 * The special-grant threshold of a force: an incident whose additional cost is above {@code grantThresholdShare} of
 * the force's annual budget (1% by default) is eligible for a special grant from the Home Office.
 *
 * @param thresholdPence the threshold, in whole pence (budget × share, rounded half to even)
 */
public record GrantThreshold(long thresholdPence) {
  public GrantThreshold {
    if (thresholdPence < 0) throw new IllegalArgumentException("thresholdPence: must not be negative, was " + thresholdPence);
  }

  public static GrantThreshold of(double annualBudgetGbp, double grantThresholdShare) {
    if (!(annualBudgetGbp >= 0)) throw new IllegalArgumentException("annualBudgetGbp: must be >= 0, was " + annualBudgetGbp);
    if (!(grantThresholdShare >= 0 && grantThresholdShare <= 1)) {
      throw new IllegalArgumentException("grantThresholdShare: must be between 0 and 1, was " + grantThresholdShare);
    }
    return new GrantThreshold(Pence.ofProduct(annualBudgetGbp, grantThresholdShare));
  }

  public static GrantThreshold of(ForceSpec force, CostRates costs) {
    return of(force.annualBudgetGbp(), costs.grantThresholdShare());
  }

  /** Whether an incident's additional cost is strictly above the threshold ("above 1% of the budget"). */
  public boolean isPassedBy(long additionalPence) {
    return additionalPence > thresholdPence;
  }
}
