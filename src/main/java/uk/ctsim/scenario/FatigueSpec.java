package uk.ctsim.scenario;

/**
 * Fatigue: an officer whose hours in an ISO week (rostered week plus extra hours) pass {@code weeklyHours} has a
 * {@code sickDayProbability} chance of a day's sickness absence on a rostered day of the following week.
 *
 * @param enabled whether long weeks lead to sickness (default false)
 * @param weeklyHours hours in a week above which the officer is at risk (default 48: the Working Time Regulations'
 *     average weekly limit)
 * @param sickDayProbability chance of one sick day in the following week after a week over the limit (default 0.15)
 */
public record FatigueSpec(Boolean enabled, Double weeklyHours, Double sickDayProbability) {
  public FatigueSpec {
    enabled = Require.orDefault(enabled, Boolean.FALSE);
    weeklyHours = Require.range(Require.orDefault(weeklyHours, 48.0), "weeklyHours", 0, 168);
    sickDayProbability = Require.share(Require.orDefault(sickDayProbability, 0.15), "sickDayProbability");
  }

  public static FatigueSpec defaults() {
    return new FatigueSpec(null, null, null);
  }
}
