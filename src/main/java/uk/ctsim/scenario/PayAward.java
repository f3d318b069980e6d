package uk.ctsim.scenario;

import java.time.LocalDate;

/**
 * A pay award from a date: from {@code from}, basic pay of every rank is the scenario's {@code annualPayGbp} times
 * {@code payFactor} (awards are cumulative factors on the pay the period starts with, not on each other), and London
 * weighting is {@code londonWeightingGbp} where given.
 *
 * @param from the day the award takes effect (police awards: 1 September)
 * @param payFactor basic pay from that day as a multiple of the scenario's annual pay
 * @param londonWeightingGbp London weighting from that day; null keeps the earlier figure
 */
public record PayAward(LocalDate from, Double payFactor, Double londonWeightingGbp) {
  public PayAward {
    Require.present(from, "from");
    payFactor = Require.range(Require.present(payFactor, "payFactor"), "payFactor", 0.5, 3);
    if (londonWeightingGbp != null) Require.money(londonWeightingGbp, "londonWeightingGbp", 100_000);
  }
}
