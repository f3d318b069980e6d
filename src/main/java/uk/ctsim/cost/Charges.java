package uk.ctsim.cost;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.scenario.CostRates;
import uk.ctsim.scenario.DatedAllowances;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.MutualAidSpec;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;

/**
 * Charging for police services at full-cost rates: special police services to event organisers (s25 Police Act
 * 1996) and mutual aid between forces (s24), and the special-grant claim.
 */
final class Charges {
  private final DatedPayRates rates;
  private final DatedPayRates otherForces;
  private final CostRates costs;
  private final MutualAidSpec mutualAid;
  /**
   * F by day, then by rank ordinal, London at [0] and other forces at [1]: each worked out once (NaN until then), since
   * the accountant asks for one per event deployment and the average over pay points is not cheap.
   */
  private final Map<LocalDate, double[][]> fullCostByDay = new HashMap<>();
  /** The day last asked for (compared by identity: the accountant's days are cached) and its rates. */
  private LocalDate lastDay;
  private double[][] lastDayRates;

  /** Charges at the scenario's pay from {@code periodStart}; other forces' officers on the national (non-London) scales. */
  Charges(PaySpec pay, LocalDate periodStart, CostRates costs, MutualAidSpec mutualAid) {
    PayTables tables = PayTables.of(pay, periodStart);
    this.rates = tables.london;
    this.otherForces = tables.national;
    this.costs = costs;
    this.mutualAid = mutualAid;
  }

  /**
   * F of a rank on a day: full-cost charge rate of an officer hour (London forces with London pay), averaged over the
   * rank's pay points as officers are spread on them (the charge is one rate a rank; the officers charged for are on
   * every point of the scale, not all on the top).
   */
  double fullCostHourlyGbp(Rank rank, boolean london, LocalDate day) {
    if (day != lastDay) {
      // a shift's deployments come one after another, on one day: look its rates up once
      lastDayRates = fullCostByDay.computeIfAbsent(day, d -> newRates());
      lastDay = day;
    }
    double[] byRank = lastDayRates[london ? 0 : 1];
    if (Double.isNaN(byRank[rank.ordinal()])) byRank[rank.ordinal()] = averageFullCostHourlyGbp(rank, london, day);
    return byRank[rank.ordinal()];
  }

  private static double[][] newRates() {
    double[][] rates = new double[2][Rank.values().length];
    for (double[] r : rates) Arrays.fill(r, Double.NaN);
    return rates;
  }

  private double averageFullCostHourlyGbp(Rank rank, boolean london, LocalDate day) {
    return (london ? rates : otherForces).meanOverPoints(rank, day,
        r -> r.fullCostHourlyGbp(rank, london, costs.chargeOverheadShare(), costs.productiveHoursPerYear()));
  }

  /**
   * Full-cost rate of a mutual-aid officer hour: the rank mix of the pool at other forces' rates (national scales,
   * no London pay), each rank averaged over its pay points.
   */
  double mutualAidHourlyGbp(LocalDate day) {
    double rate = 0;
    for (Map.Entry<Rank, Double> e : mutualAid.rankMix().entrySet()) {
      rate += e.getValue() * fullCostHourlyGbp(e.getKey(), false, day);
    }
    return rate;
  }

  /** Events are planned mutual aid, charged in full; incidents, investigations and posture are spontaneous. */
  double chargedShare(DemandKind demand) {
    return demand == DemandKind.EVENT ? 1.0 : mutualAid.spontaneousChargeShare();
  }

  /** Expenses of a mutual-aid deployment: accommodation a night and subsistence a day, per officer. */
  double mutualAidExpensesGbp(int officers, int nights, double days) {
    return officers * (nights * mutualAid.accommodationPerNightGbp() + days * mutualAid.subsistencePerDayGbp());
  }

  /**
   * Annex U allowances of a mutual-aid deployment starting on {@code day}: away from home each night, hardship for the
   * share without a room; at the scenario's rates, or where it gives none, the dated table's on that day.
   */
  double mutualAidAllowancesGbp(int officers, int nights, LocalDate day) {
    double away = perNight(mutualAid.allowancePerNightGbp(), DatedAllowances.AWAY_FROM_HOME, day);
    double hardship = perNight(mutualAid.hardshipPerNightGbp(), DatedAllowances.HARDSHIP, day);
    return (double) officers * nights * (away + mutualAid.hardshipShare() * hardship);
  }

  private static double perNight(Double given, String item, LocalDate day) {
    return given != null ? given : DatedAllowances.shipped().on(item, day).orElse(0);
  }

  /**
   * The special grant a force can claim for an incident: its own additional cost above the threshold, at the Home
   * Office's share; 0 at or below the threshold, and for a force that is not eligible.
   */
  long claimablePence(ForceId force, long forceAdditionalPence, GrantThreshold threshold) {
    if (!eligible(force) || !threshold.isPassedBy(forceAdditionalPence)) return 0;
    return Pence.share(costs.specialGrantShare(), forceAdditionalPence - threshold.thresholdPence());
  }

  /**
   * Special grant is for local policing bodies: the British Transport Police (funded by the rail industry through its
   * authority) and the national mutual-aid pool are not eligible.
   */
  static boolean eligible(ForceId force) {
    return force != ForceId.BTP && force != ForceId.NATIONAL;
  }
}
