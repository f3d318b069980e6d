package uk.ctsim.scenario;

/**
 * Unit costs besides pay, and the charging and grant rules.
 *
 * @param cateringPerOfficerShiftGbp refreshments for each officer shift on an event or incident (assumption)
 * @param grantThresholdShare share of a force's net revenue budget that its own additional cost for an incident must
 *     pass to be eligible for a special grant (1%)
 * @param productiveHoursPerYear hours an officer is available for duty in a year, after leave, public holidays,
 *     training and sickness: the divisor of full-cost charge rates (assumption 1,700)
 * @param chargeOverheadShare overheads added to the employment cost in full-cost charge rates (assumption 0: the NPCC
 *     build-up was not found)
 * @param specialGrantShare share of the additional cost above the threshold that the Home Office pays (assumption
 *     0.85: commonly cited, not confirmed in the guidance)
 * @param priceBaseYear the financial year (such as {@code 2017-18}) whose prices constant-price totals are given in,
 *     by the GDP deflator ({@link GdpDeflator}); absent: nominal (cash) prices only
 */
public record CostRates(Double cateringPerOfficerShiftGbp, Double grantThresholdShare, Double productiveHoursPerYear,
    Double chargeOverheadShare, Double specialGrantShare, String priceBaseYear) {
  public CostRates {
    cateringPerOfficerShiftGbp = Require.money(Require.orDefault(cateringPerOfficerShiftGbp, 9.0), "cateringPerOfficerShiftGbp", 1_000);
    grantThresholdShare = Require.share(Require.orDefault(grantThresholdShare, 0.01), "grantThresholdShare");
    productiveHoursPerYear = Require.range(Require.orDefault(productiveHoursPerYear, 1700.0), "productiveHoursPerYear", 100, 8760);
    chargeOverheadShare = Require.range(Require.orDefault(chargeOverheadShare, 0.0), "chargeOverheadShare", 0, 5);
    specialGrantShare = Require.share(Require.orDefault(specialGrantShare, 0.85), "specialGrantShare");
    if (priceBaseYear != null) {
      Require.isTrue(GdpDeflator.shipped().has(priceBaseYear), "priceBaseYear: the GDP deflator has no index for '"
          + priceBaseYear + "'; give a financial year such as 2017-18, from " + GdpDeflator.shipped().range());
    }
  }

  /** The rules without a price base year (nominal prices). */
  public CostRates(Double cateringPerOfficerShiftGbp, Double grantThresholdShare, Double productiveHoursPerYear,
      Double chargeOverheadShare, Double specialGrantShare) {
    this(cateringPerOfficerShiftGbp, grantThresholdShare, productiveHoursPerYear, chargeOverheadShare,
        specialGrantShare, null);
  }

  /** Catering and the grant threshold, with the other rules at their defaults. */
  public CostRates(Double cateringPerOfficerShiftGbp, Double grantThresholdShare) {
    this(cateringPerOfficerShiftGbp, grantThresholdShare, null, null, null);
  }

  public static CostRates defaults() {
    return new CostRates(null, null, null, null, null);
  }
}
