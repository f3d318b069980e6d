package uk.ctsim.scenario;

import java.util.List;
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
 * @param allowances Annex U allowances (unsocial hours)
 * @param awards pay awards taking effect during the period, in date order: the pay above applies before the first
 * @param points officers' pay points and the pay scale table ({@link PayPoints})
 */
public record PaySpec(Map<Rank, Double> annualPayGbp, Double londonWeightingGbp, Double londonAllowanceGbp,
    Double employerOnCostShare, Double overtimeOnCostShare, PremiumRules premiums, AllowanceRules allowances,
    List<PayAward> awards, PayPoints points) {

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
    allowances = Require.orDefault(allowances, AllowanceRules.defaults());
    awards = List.copyOf(Require.orDefault(awards, List.of()));
    for (int i = 1; i < awards.size(); i++) {
      Require.isTrue(awards.get(i).from().isAfter(awards.get(i - 1).from()),
          "awards: must be in date order, but " + awards.get(i).from() + " follows " + awards.get(i - 1).from());
    }
    points = Require.orDefault(points, PayPoints.defaults());
  }

  /**
   * The same pay for officers of forces outside London: the national scales of inspectors and chief inspectors, and
   * no London weighting or London allowance (Police Regulations 2003, Annex U: London weighting is paid to officers
   * of the Metropolitan and City of London police; the London allowance likewise), neither the scenario's nor an
   * award's nor the dated table's.
   */
  public PaySpec outsideLondon() {
    PayPoints p = points;
    List<PayAward> national = awards.stream().map(a -> new PayAward(a.from(), a.payFactor(), null)).toList();
    return new PaySpec(annualPayGbp, 0.0, 0.0, employerOnCostShare, overtimeOnCostShare,
        premiums, allowances, national, new PayPoints(p.scaleTable(), false, p.topPointShare(), false,
        p.progression(), p.twoConstableScales()));
  }

  /** Pay as given: every officer of a rank on {@code annualPayGbp} with the awards, without the pay scale table. */
  public PaySpec(Map<Rank, Double> annualPayGbp, Double londonWeightingGbp, Double londonAllowanceGbp,
      Double employerOnCostShare, Double overtimeOnCostShare, PremiumRules premiums, AllowanceRules allowances,
      List<PayAward> awards) {
    this(annualPayGbp, londonWeightingGbp, londonAllowanceGbp, employerOnCostShare, overtimeOnCostShare, premiums,
        allowances, awards, new PayPoints(false, null, null, false, false));
  }

  /** Pay without awards. */
  public PaySpec(Map<Rank, Double> annualPayGbp, Double londonWeightingGbp, Double londonAllowanceGbp,
      Double employerOnCostShare, Double overtimeOnCostShare, PremiumRules premiums, AllowanceRules allowances) {
    this(annualPayGbp, londonWeightingGbp, londonAllowanceGbp, employerOnCostShare, overtimeOnCostShare, premiums,
        allowances, null);
  }

  /** Pay with the default allowances. */
  public PaySpec(Map<Rank, Double> annualPayGbp, Double londonWeightingGbp, Double londonAllowanceGbp,
      Double employerOnCostShare, Double overtimeOnCostShare, PremiumRules premiums) {
    this(annualPayGbp, londonWeightingGbp, londonAllowanceGbp, employerOnCostShare, overtimeOnCostShare, premiums, null,
        null);
  }

  /**
   * Multipliers, thresholds and the other rules of Police Regulations 2003 (reg 25, Annexes G, H and O) that turn
   * recorded duty into pay. Defaults and their sources are in docs/COSTS.md.
   *
   * @param overtimeMultiplier casual overtime (reg 25, Annex G): time and a third
   * @param restDayShortNoticeMultiplier rest day worked with fewer than {@code restDayNoticeDays} clear days' notice
   * @param restDayNoticeDays clear days' notice at or above which a rest day worked is re-rostered (another rest day)
   * @param restDayMinimumPaidHours a short-notice rest day or public holiday worked is paid for at least this long
   * @param publicHolidayMultiplier public holiday worked, whatever the notice (Annex H): double time
   * @param publicHolidayNoticeDays under this many clear days' notice, a public holiday worked also earns a day off
   *     in lieu
   * @param leaveRecallMultiplier annual leave recalled (Annex O): a day's pay at this multiple
   * @param leaveRecallFullPayDays the first this many days recalled in one absence earn a day's pay; later days half
   * @param leaveRecallMinimumAbsenceDays Annex O compensation applies to an absence of at least this many days
   * @param normalDayHours the normal daily period of duty (reg 22): a re-rostered day's hours beyond it are overtime
   * @param dueNoticeHours notice of a change of tour at or above which the moved hours are not overtime (reg 25(2))
   * @param paidPeriodMinutes overtime and premium time is paid in completed periods of this length
   * @param casualOvertimeDisregardMinutes unpaid first minutes of overtime the officer was told of after the tour
   *     began, on each of the first {@code disregardOccasionsPerWeek} occasions in a week
   * @param disregardOccasionsPerWeek how many occasions a week the disregard applies to
   * @param recallTravelHours travel time counted as duty on a recall to a rest day or public holiday
   * @param recallTravelDutyLimitHours travel counts only while duty plus travel is within this many hours
   * @param timeOffShare share of premium time officers elect to take as time off instead of pay
   * @param overtimeRanks ranks paid overtime (constables and sergeants)
   * @param restDayPremiumRanks ranks paid the rest-day premium; other ranks take time off in lieu
   * @param publicHolidayPremiumRanks ranks paid the public-holiday premium; other ranks get a day in lieu
   * @param leaveRecallRanks ranks paid Annex O compensation for recalled leave; other ranks get the day back only
   */
  public record PremiumRules(Double overtimeMultiplier, Double restDayShortNoticeMultiplier, Integer restDayNoticeDays,
      Double restDayMinimumPaidHours, Double publicHolidayMultiplier, Integer publicHolidayNoticeDays,
      Double leaveRecallMultiplier, Integer leaveRecallFullPayDays, Integer leaveRecallMinimumAbsenceDays,
      Double normalDayHours, Double dueNoticeHours, Integer paidPeriodMinutes, Integer casualOvertimeDisregardMinutes,
      Integer disregardOccasionsPerWeek, Double recallTravelHours, Double recallTravelDutyLimitHours,
      Double timeOffShare, Set<Rank> overtimeRanks, Set<Rank> restDayPremiumRanks, Set<Rank> publicHolidayPremiumRanks,
      Set<Rank> leaveRecallRanks) {

    public PremiumRules {
      overtimeMultiplier = Require.range(Require.orDefault(overtimeMultiplier, 4.0 / 3.0), "overtimeMultiplier", 1, 5);
      restDayShortNoticeMultiplier = Require.range(Require.orDefault(restDayShortNoticeMultiplier, 1.5), "restDayShortNoticeMultiplier", 1, 5);
      restDayNoticeDays = Require.count(Require.orDefault(restDayNoticeDays, 15), "restDayNoticeDays", 365);
      restDayMinimumPaidHours = Require.range(Require.orDefault(restDayMinimumPaidHours, 4.0), "restDayMinimumPaidHours", 0, 24);
      publicHolidayMultiplier = Require.range(Require.orDefault(publicHolidayMultiplier, 2.0), "publicHolidayMultiplier", 1, 5);
      publicHolidayNoticeDays = Require.count(Require.orDefault(publicHolidayNoticeDays, 8), "publicHolidayNoticeDays", 365);
      leaveRecallMultiplier = Require.range(Require.orDefault(leaveRecallMultiplier, 2.0), "leaveRecallMultiplier", 1, 5);
      leaveRecallFullPayDays = Require.count(Require.orDefault(leaveRecallFullPayDays, 2), "leaveRecallFullPayDays", 365);
      leaveRecallMinimumAbsenceDays = Require.count(Require.orDefault(leaveRecallMinimumAbsenceDays, 3), "leaveRecallMinimumAbsenceDays", 365);
      normalDayHours = Require.range(Require.orDefault(normalDayHours, 8.0), "normalDayHours", 1, 24);
      dueNoticeHours = Require.range(Require.orDefault(dueNoticeHours, 8.0), "dueNoticeHours", 0, 24 * 365);
      paidPeriodMinutes = Require.count(Require.orDefault(paidPeriodMinutes, 15), "paidPeriodMinutes", 60);
      Require.isTrue(paidPeriodMinutes >= 1, "paidPeriodMinutes: must be at least 1, was " + paidPeriodMinutes);
      casualOvertimeDisregardMinutes = Require.count(Require.orDefault(casualOvertimeDisregardMinutes, 30), "casualOvertimeDisregardMinutes", 240);
      disregardOccasionsPerWeek = Require.count(Require.orDefault(disregardOccasionsPerWeek, 4), "disregardOccasionsPerWeek", 100);
      recallTravelHours = Require.range(Require.orDefault(recallTravelHours, 1.0), "recallTravelHours", 0, 12);
      recallTravelDutyLimitHours = Require.range(Require.orDefault(recallTravelDutyLimitHours, 6.0), "recallTravelDutyLimitHours", 0, 24);
      timeOffShare = Require.share(Require.orDefault(timeOffShare, 0.0), "timeOffShare");
      overtimeRanks = Set.copyOf(Require.orDefault(overtimeRanks, FEDERATED_BELOW_INSPECTOR));
      restDayPremiumRanks = Set.copyOf(Require.orDefault(restDayPremiumRanks, FEDERATED_BELOW_INSPECTOR));
      publicHolidayPremiumRanks = Set.copyOf(Require.orDefault(publicHolidayPremiumRanks, FEDERATED_BELOW_INSPECTOR));
      leaveRecallRanks = Set.copyOf(Require.orDefault(leaveRecallRanks,
          Set.of(Rank.CONSTABLE, Rank.SERGEANT, Rank.INSPECTOR, Rank.CHIEF_INSPECTOR)));
    }

    private static final Set<Rank> FEDERATED_BELOW_INSPECTOR = Set.of(Rank.CONSTABLE, Rank.SERGEANT);

    public static PremiumRules defaults() {
      return new PremiumRules(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null);
    }
  }
}
