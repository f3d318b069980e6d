package uk.ctsim.scenario;

/**
 * Unit costs besides pay.
 *
 * @param cateringPerOfficerShiftGbp refreshments for each officer shift on an event or incident (assumption)
 * @param grantThresholdShare share of a force's annual budget that an incident's additional cost must pass to be
 *     eligible for a special grant (1%)
 */
public record CostRates(Double cateringPerOfficerShiftGbp, Double grantThresholdShare) {
  public CostRates {
    cateringPerOfficerShiftGbp = Require.money(Require.orDefault(cateringPerOfficerShiftGbp, 9.0), "cateringPerOfficerShiftGbp", 1_000);
    grantThresholdShare = Require.share(Require.orDefault(grantThresholdShare, 0.01), "grantThresholdShare");
  }

  public static CostRates defaults() {
    return new CostRates(null, null);
  }
}
