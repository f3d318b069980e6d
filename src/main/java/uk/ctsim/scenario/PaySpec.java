package uk.ctsim.scenario;

import java.util.Map;
import java.util.Set;

/**
 * Pay by rank and the premium rules of Police Regulations 2003 (Annex G).
 *
 * <p>The regulated hourly rate is {@code annualPayGbp × 7/365 ÷ 40}. Opportunity cost is valued at the full
 * hourly employment cost: (annual pay + London weighting + London allowance) × (1 + employer on-costs)
 * ÷ (40 × 365/7) hours.
 *
 * @param annualPayGbp basic annual pay by rank
 * @param londonWeightingGbp London weighting, a year
 * @param londonAllowanceGbp London allowance, a year
 * @param employerOnCostShare employer pension and national insurance, as a share of pay
 * @param overtimeOnCostShare employer national insurance on overtime and premiums (not pensionable)
 * @param premiums multipliers and notice thresholds
 */
public record PaySpec(Map<Rank, Double> annualPayGbp, Double londonWeightingGbp, Double londonAllowanceGbp,
    Double employerOnCostShare, Double overtimeOnCostShare, PremiumRules premiums) {

  public PaySpec {
    annualPayGbp = Require.copy(Require.present(annualPayGbp, "annualPayGbp"));
    for (Rank rank : Rank.values()) {
      Require.isTrue(annualPayGbp.containsKey(rank), "annualPayGbp: no pay for rank " + rank);
      Require.range(annualPayGbp.get(rank), "annualPayGbp." + rank, 1_000, 1_000_000);
    }
    londonWeightingGbp = Require.money(Require.orDefault(londonWeightingGbp, 2349.0), "londonWeightingGbp", 100_000);
    londonAllowanceGbp = Require.money(Require.orDefault(londonAllowanceGbp, 4338.0), "londonAllowanceGbp", 100_000);
    employerOnCostShare = Require.range(Require.orDefault(employerOnCostShare, 0.333), "employerOnCostShare", 0, 2);
    overtimeOnCostShare = Require.range(Require.orDefault(overtimeOnCostShare, 0.138), "overtimeOnCostShare", 0, 1);
    premiums = Require.orDefault(premiums, PremiumRules.defaults());
  }

  /**
   * Multipliers and thresholds.
   *
   * @param overtimeMultiplier casual overtime (reg 25): time and a third
   * @param restDayShortNoticeMultiplier rest day worked with less than {@code restDayNoticeDays}' notice
   * @param restDayNoticeDays notice at or above which a rest day worked earns no premium (another rest day is given)
   * @param restDayMinimumPaidHours a short-notice rest day worked is paid for at least this many hours
   * @param publicHolidayShortNoticeMultiplier public holiday worked with less than {@code publicHolidayNoticeDays}' notice
   * @param publicHolidayMultiplier public holiday worked with longer notice
   * @param publicHolidayNoticeDays the public-holiday notice threshold
   * @param leaveCancelledMultiplier annual leave cancelled and worked (assumption: as a public holiday at short notice)
   * @param overtimeRanks ranks paid overtime (constables and sergeants)
   * @param restDayPremiumRanks ranks paid the rest-day premium; other ranks take time off in lieu
   * @param publicHolidayPremiumRanks ranks paid the public-holiday premium
   */
  public record PremiumRules(Double overtimeMultiplier, Double restDayShortNoticeMultiplier, Integer restDayNoticeDays,
      Double restDayMinimumPaidHours, Double publicHolidayShortNoticeMultiplier, Double publicHolidayMultiplier,
      Integer publicHolidayNoticeDays, Double leaveCancelledMultiplier, Set<Rank> overtimeRanks,
      Set<Rank> restDayPremiumRanks, Set<Rank> publicHolidayPremiumRanks) {

    public PremiumRules {
      overtimeMultiplier = Require.range(Require.orDefault(overtimeMultiplier, 4.0 / 3.0), "overtimeMultiplier", 1, 5);
      restDayShortNoticeMultiplier = Require.range(Require.orDefault(restDayShortNoticeMultiplier, 1.5), "restDayShortNoticeMultiplier", 1, 5);
      restDayNoticeDays = Require.count(Require.orDefault(restDayNoticeDays, 15), "restDayNoticeDays", 365);
      restDayMinimumPaidHours = Require.range(Require.orDefault(restDayMinimumPaidHours, 4.0), "restDayMinimumPaidHours", 0, 24);
      publicHolidayShortNoticeMultiplier = Require.range(Require.orDefault(publicHolidayShortNoticeMultiplier, 2.0), "publicHolidayShortNoticeMultiplier", 1, 5);
      publicHolidayMultiplier = Require.range(Require.orDefault(publicHolidayMultiplier, 1.5), "publicHolidayMultiplier", 1, 5);
      publicHolidayNoticeDays = Require.count(Require.orDefault(publicHolidayNoticeDays, 8), "publicHolidayNoticeDays", 365);
      leaveCancelledMultiplier = Require.range(Require.orDefault(leaveCancelledMultiplier, 2.0), "leaveCancelledMultiplier", 1, 5);
      overtimeRanks = Set.copyOf(Require.orDefault(overtimeRanks, Set.of(Rank.CONSTABLE, Rank.SERGEANT)));
      restDayPremiumRanks = Set.copyOf(Require.orDefault(restDayPremiumRanks, Set.of(Rank.CONSTABLE, Rank.SERGEANT)));
      publicHolidayPremiumRanks = Set.copyOf(Require.orDefault(publicHolidayPremiumRanks,
          Set.of(Rank.CONSTABLE, Rank.SERGEANT, Rank.INSPECTOR, Rank.CHIEF_INSPECTOR)));
    }

    public static PremiumRules defaults() {
      return new PremiumRules(null, null, null, null, null, null, null, null, null, null, null);
    }
  }
}
