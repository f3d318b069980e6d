package uk.ctsim.scenario;

/**
 * Pre-emption: when an attack's immediate or scene phase is still short after the normal fill, officers of the needed
 * role already booked on a later planned event shift or posture shift (a guard or patrol) that starts within
 * {@code horizonHours} of the attack may be taken for it; the later duty's lost places are re-filled at once, at the
 * notice then left.
 *
 * @param enabled whether attacks may take officers booked for later duties (default false)
 * @param horizonHours how far ahead of the attack a booked duty may start and still be pre-empted (default 24:
 *     assumption, the duties of the day and night after an attack)
 */
public record PreemptionSpec(Boolean enabled, Double horizonHours) {
  public PreemptionSpec {
    enabled = Require.orDefault(enabled, Boolean.FALSE);
    horizonHours = Require.range(Require.orDefault(horizonHours, 24.0), "horizonHours", 0, 24 * 14);
  }

  public static PreemptionSpec defaults() {
    return new PreemptionSpec(null, null);
  }
}
