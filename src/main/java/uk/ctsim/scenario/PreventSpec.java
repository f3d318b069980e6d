package uk.ctsim.scenario;

/**
 * Prevent: referrals of people thought susceptible to radicalisation, the share discussed at a Channel panel and the
 * share adopted as a Channel case, and the police officer-hours each stage takes. Referrals arrive as a Poisson
 * process at {@code referralsPerYear}; their hours are worked on weekdays by officers of {@code role} in the home
 * force, through the deployment policy, in whole 8-hour shifts (hours left over carry to the next weekday). Costed in
 * the PREVENT strand. No referrals (the default): no Prevent work.
 *
 * @param referralsPerYear referrals a year in the home force's area
 * @param panelShare share of referrals discussed at a Channel panel
 * @param channelShare share of referrals adopted as a Channel case (at most {@code panelShare})
 * @param hoursPerReferral police officer-hours to gather information on and assess a referral
 * @param hoursPerPanel further officer-hours for a referral discussed at a panel (preparation and attendance)
 * @param hoursPerChannelCase further officer-hours for a case adopted (support plan, reviews)
 * @param role the role whose officers do Prevent work
 */
public record PreventSpec(Double referralsPerYear, Double panelShare, Double channelShare, Double hoursPerReferral,
    Double hoursPerPanel, Double hoursPerChannelCase, Role role) {
  public PreventSpec {
    referralsPerYear = Require.range(Require.orDefault(referralsPerYear, 0.0), "referralsPerYear", 0, 1_000_000);
    panelShare = Require.share(Require.orDefault(panelShare, 0.0), "panelShare");
    channelShare = Require.share(Require.orDefault(channelShare, 0.0), "channelShare");
    Require.isTrue(channelShare <= panelShare, "channelShare: a case is adopted only after a panel discussed it, so "
        + "channelShare (" + channelShare + ") must not exceed panelShare (" + panelShare + ")");
    hoursPerReferral = Require.range(Require.orDefault(hoursPerReferral, 0.0), "hoursPerReferral", 0, 10_000);
    hoursPerPanel = Require.range(Require.orDefault(hoursPerPanel, 0.0), "hoursPerPanel", 0, 10_000);
    hoursPerChannelCase = Require.range(Require.orDefault(hoursPerChannelCase, 0.0), "hoursPerChannelCase", 0, 10_000);
    role = Require.orDefault(role, Role.NEIGHBOURHOOD);
  }

  /** No Prevent work: the default. */
  public static PreventSpec defaults() {
    return new PreventSpec(null, null, null, null, null, null, null);
  }

  /** Whether the scenario has Prevent work at all. */
  public boolean none() {
    return referralsPerYear == 0;
  }

  /** Expected officer-hours of one referral over its stages. */
  public double expectedHoursPerReferral() {
    return hoursPerReferral + panelShare * hoursPerPanel + channelShare * hoursPerChannelCase;
  }
}
