package uk.ctsim.scenario;

import java.util.EnumMap;
import java.util.Map;

/**
 * Police staff: how many of each function a force has, when they work and what they are paid (docs/COSTS.md, "Police
 * staff"). Staff are drawn only by incident phases that list {@code staff} rows; a scenario without such rows has no
 * staff cost.
 *
 * @param functionShares share of a force's police staff (full-time equivalent) in each function (assumption:
 *     not found in the Home Office tables read; see docs/SOURCES.md)
 * @param staffFte a force's police staff, full-time equivalent, where it differs from the force dataset
 *     (england-wales-2017, Home Office workforce statistics at 31 March 2017)
 * @param dayStartHour when the staff working day starts, hour of the day (assumption: office hours)
 * @param dayHours hours of a working day, Monday to Friday except public holidays (37-hour week over five days)
 * @param minRestHours least rest between two duties of one member of staff (Working Time Regulations 1998, reg. 10)
 * @param maxWeeklyHours most hours of incident duty a member of staff is given in one week, Monday to Sunday (as
 *     officers' deployment.workingTime: the 48 hours of Working Time Regulations 1998 reg. 4 are an average)
 * @param annualSalaryGbp annual basic salary by function (assumption: PSC spine not found for 2017); PCSO £23,670:
 *     Wiltshire's 2017 top of scale £20,763 plus its 14% shift allowance (S87); SPECIAL_CONSTABLE 0 (volunteers)
 * @param onCostShare employer on-costs (national insurance, pension) as a share of pay (assumption)
 * @param overtimeMultiplier pay for hours outside the working day, Monday to Sunday (PSC handbook 2017: time and a half)
 * @param publicHolidayMultiplier pay for hours on a public holiday (PSC handbook 2017: double time)
 * @param pcsoFte a force's PCSOs, full-time equivalent, where it differs from the force dataset
 * @param specials a force's special constables, headcount, where it differs from the force dataset
 * @param patrolShares share of each day's extra visible patrols (posture) first offered to PCSOs or special
 *     constables of the posture's force; officers walk the rest (default none: officers walk every patrol)
 * @param specialsMaxWeeklyHours most hours of duty a special constable is given in one week (assumption: two 8-hour
 *     duties, against the 16 hours a month most forces ask as a minimum)
 * @param specialsExpensesPerDutyGbp expenses paid to a special constable for one duty (assumption: travel and a meal)
 */
public record StaffSpec(Map<StaffFunction, Double> functionShares, Map<ForceId, Double> staffFte, Double dayStartHour,
    Double dayHours, Double minRestHours, Double maxWeeklyHours, Map<StaffFunction, Double> annualSalaryGbp, Double onCostShare,
    Double overtimeMultiplier, Double publicHolidayMultiplier, Map<ForceId, Double> pcsoFte,
    Map<ForceId, Integer> specials, Map<StaffFunction, Double> patrolShares, Double specialsMaxWeeklyHours,
    Double specialsExpensesPerDutyGbp) {
  /** Largest staff of a force (the Met had about 11,000 full-time equivalent in 2017). */
  public static final double MAX_STAFF_FTE = 100_000;

  public StaffSpec {
    functionShares = withDefaults(functionShares, Map.of(StaffFunction.CSI, 0.03, StaffFunction.ANALYST, 0.04,
        StaffFunction.DIGITAL_FORENSICS, 0.015, StaffFunction.CALL_HANDLER, 0.15));
    functionShares.forEach((f, share) -> Require.share(share, "functionShares." + f));
    Require.isTrue(functionShares.values().stream().mapToDouble(Double::doubleValue).sum() <= 1 + 1e-9,
        "functionShares: the shares add up to more than 1");
    staffFte = Require.copy(staffFte);
    staffFte.forEach((force, fte) -> Require.range(fte, "staffFte." + force, 0, MAX_STAFF_FTE));
    dayStartHour = Require.range(Require.orDefault(dayStartHour, 8.0), "dayStartHour", 0, 23);
    dayHours = Require.range(Require.orDefault(dayHours, 7.4), "dayHours", 1, 12);
    Require.isTrue(dayStartHour + dayHours <= 24, "dayHours: the working day must end by midnight");
    minRestHours = Require.range(Require.orDefault(minRestHours, 11.0), "minRestHours", 0, 24);
    maxWeeklyHours = Require.range(Require.orDefault(maxWeeklyHours, 60.0), "maxWeeklyHours", 1, 168);
    annualSalaryGbp = withDefaults(annualSalaryGbp, Map.of(StaffFunction.CSI, 27_000.0, StaffFunction.ANALYST, 29_000.0,
        StaffFunction.DIGITAL_FORENSICS, 32_000.0, StaffFunction.CALL_HANDLER, 22_500.0, StaffFunction.PCSO, 23_670.0,
        StaffFunction.SPECIAL_CONSTABLE, 0.0));
    annualSalaryGbp.forEach((f, gbp) -> Require.money(gbp, "annualSalaryGbp." + f, 1e6));
    onCostShare = Require.range(Require.orDefault(onCostShare, 0.25), "onCostShare", 0, 1);
    overtimeMultiplier = Require.range(Require.orDefault(overtimeMultiplier, 1.5), "overtimeMultiplier", 1, 3);
    publicHolidayMultiplier = Require.range(Require.orDefault(publicHolidayMultiplier, 2.0), "publicHolidayMultiplier",
        1, 4);
    functionShares.keySet().forEach(f -> Require.isTrue(!f.countedFromDataset(),
        "functionShares." + f + ": counted from the force dataset; set pcsoFte or specials instead"));
    pcsoFte = Require.copy(pcsoFte);
    pcsoFte.forEach((force, fte) -> Require.range(fte, "pcsoFte." + force, 0, MAX_STAFF_FTE));
    specials = Require.copy(specials);
    specials.forEach((force, n) -> Require.count(n, "specials." + force, (int) MAX_STAFF_FTE));
    patrolShares = Map.copyOf(Require.orDefault(patrolShares, Map.of()));
    patrolShares.forEach((f, share) -> {
      Require.share(share, "patrolShares." + f);
      Require.isTrue(f.countedFromDataset(), "patrolShares." + f + ": only PCSO and SPECIAL_CONSTABLE walk patrols");
    });
    Require.isTrue(patrolShares.values().stream().mapToDouble(Double::doubleValue).sum() <= 1 + 1e-9,
        "patrolShares: the shares add up to more than 1");
    specialsMaxWeeklyHours = Require.range(Require.orDefault(specialsMaxWeeklyHours, 16.0), "specialsMaxWeeklyHours",
        1, 168);
    specialsExpensesPerDutyGbp = Require.money(Require.orDefault(specialsExpensesPerDutyGbp, 10.0),
        "specialsExpensesPerDutyGbp", 1000);
  }

  /** Staff without PCSOs' or specials' own settings. */
  public StaffSpec(Map<StaffFunction, Double> functionShares, Map<ForceId, Double> staffFte, Double dayStartHour,
      Double dayHours, Double minRestHours, Double maxWeeklyHours, Map<StaffFunction, Double> annualSalaryGbp,
      Double onCostShare, Double overtimeMultiplier, Double publicHolidayMultiplier) {
    this(functionShares, staffFte, dayStartHour, dayHours, minRestHours, maxWeeklyHours, annualSalaryGbp, onCostShare,
        overtimeMultiplier, publicHolidayMultiplier, null, null, null, null, null);
  }

  public static StaffSpec defaults() {
    return new StaffSpec(null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * How many members of the function the force has: PCSOs and special constables from the scenario's figure, else
   * the force dataset; other functions are the force's staff times the function's share, rounded.
   */
  public int members(ForceSpec force, StaffFunction function) {
    if (function == StaffFunction.SPECIAL_CONSTABLE) {
      Integer given = specials.get(force.id());
      return given != null ? given : dataset(force).map(ForceData::specials).orElse(0);
    }
    if (function == StaffFunction.PCSO) {
      Double given = pcsoFte.get(force.id());
      return (int) Math.round(given != null ? given : dataset(force).map(ForceData::pcsos).orElse(0.0));
    }
    return (int) Math.round(staffFte(force) * functionShares.getOrDefault(function, 0.0));
  }

  private static java.util.Optional<ForceData> dataset(ForceSpec force) {
    String name = force.from() == null ? ForceDataset.NAMES.get(0) : force.from();
    return ForceDataset.named(name).find(force.id().name());
  }

  /**
   * The force's police staff, full-time equivalent: the scenario's figure, else the force dataset's (the force's own
   * {@code from}, else england-wales-2017), else 0 for a force no dataset has.
   */
  public double staffFte(ForceSpec force) {
    Double given = staffFte.get(force.id());
    return given != null ? given : dataset(force).map(ForceData::staff).orElse(0.0);
  }

  /** Hours of a working week: five working days. */
  public double weeklyHours() {
    return dayHours * 5;
  }

  private static Map<StaffFunction, Double> withDefaults(Map<StaffFunction, Double> given,
      Map<StaffFunction, Double> defaults) {
    Map<StaffFunction, Double> all = new EnumMap<>(StaffFunction.class);
    all.putAll(defaults);
    if (given != null) all.putAll(given);
    return Map.copyOf(all);
  }
}
