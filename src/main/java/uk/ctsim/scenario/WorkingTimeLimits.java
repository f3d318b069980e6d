package uk.ctsim.scenario;

/**
 * Working-time limits (Police Regulations reg 22, Working Time Regulations 1998). They hold for every deployment
 * unless the incident emergency policy suspends them; each suspension is recorded.
 *
 * @param maxShiftHours longest shift an officer may work, including any extension
 * @param minRestHours least rest between two shifts
 * @param maxWeeklyHours most hours worked in one ISO week
 */
public record WorkingTimeLimits(Double maxShiftHours, Double minRestHours, Double maxWeeklyHours) {
  public WorkingTimeLimits {
    maxShiftHours = Require.range(Require.orDefault(maxShiftHours, 12.0), "maxShiftHours", 4, 24);
    minRestHours = Require.range(Require.orDefault(minRestHours, 11.0), "minRestHours", 0, 24);
    maxWeeklyHours = Require.range(Require.orDefault(maxWeeklyHours, 60.0), "maxWeeklyHours", 20, 168);
  }

  public static WorkingTimeLimits defaults() {
    return new WorkingTimeLimits(null, null, null);
  }
}
