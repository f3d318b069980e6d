package uk.ctsim.scenario;

/**
 * Annual leave and sickness.
 *
 * @param annualLeaveDays working days of annual leave a year (police.uk: 22 rising to 30)
 * @param leaveBlockDays leave is taken in blocks of this many rostered days
 * @param sickDaysPerYear average days of sickness absence an officer a year (assumption)
 */
public record LeaveSpec(Integer annualLeaveDays, Integer leaveBlockDays, Double sickDaysPerYear) {
  public LeaveSpec {
    annualLeaveDays = Require.count(Require.orDefault(annualLeaveDays, 26), "annualLeaveDays", 60);
    leaveBlockDays = Require.count(Require.orDefault(leaveBlockDays, 5), "leaveBlockDays", 30);
    Require.isTrue(leaveBlockDays >= 1, "leaveBlockDays: must be at least 1");
    sickDaysPerYear = Require.range(Require.orDefault(sickDaysPerYear, 8.0), "sickDaysPerYear", 0, 100);
  }

  public static LeaveSpec defaults() {
    return new LeaveSpec(null, null, null);
  }
}
