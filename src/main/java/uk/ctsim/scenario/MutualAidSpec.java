package uk.ctsim.scenario;

/**
 * The national mutual-aid pool: officers of other forces, who arrive after a lead time and are charged for.
 *
 * @param leadTimeHours hours from request to arrival
 * @param maxOfficers most mutual-aid officers deployed at any one time
 * @param chargePerOfficerHourGbp charge for each officer hour on duty (assumption: 2017 NPCC rates not published)
 * @param travelHoursPerDeployment travel hours charged for each officer deployment (paid travel)
 * @param allowancePerNightGbp away-from-home allowance for each officer night (Police Federation, £50)
 */
public record MutualAidSpec(Double leadTimeHours, Integer maxOfficers, Double chargePerOfficerHourGbp,
    Double travelHoursPerDeployment, Double allowancePerNightGbp) {
  public MutualAidSpec {
    leadTimeHours = Require.range(Require.orDefault(leadTimeHours, 24.0), "leadTimeHours", 0, 24 * 30);
    maxOfficers = Require.count(Require.orDefault(maxOfficers, 2000), "maxOfficers", 100_000);
    chargePerOfficerHourGbp = Require.money(Require.orDefault(chargePerOfficerHourGbp, 55.0), "chargePerOfficerHourGbp", 1_000);
    travelHoursPerDeployment = Require.range(Require.orDefault(travelHoursPerDeployment, 4.0), "travelHoursPerDeployment", 0, 48);
    allowancePerNightGbp = Require.money(Require.orDefault(allowancePerNightGbp, 50.0), "allowancePerNightGbp", 1_000);
  }

  public static MutualAidSpec defaults() {
    return new MutualAidSpec(null, null, null, null, null);
  }
}
