package uk.ctsim.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * One function of everyday (non-counter-terrorism) policing, met by the ordinary duty of one role.
 *
 * <p>Its demand in a shift is {@code loading} times the role's share of the officer-hours its force rosters on an
 * average day of the period, split into three 8-hour shifts, times the shift, day-of-week and month factors (each
 * list normalised to a mean of 1). It is sized from the workforce, never from overtime or rest-day totals.
 *
 * @param id the function's name (letters, digits, {@code - _ .})
 * @param role the role whose ordinary duty meets it
 * @param roleShare the share of the role's ordinary hours that goes to this function (the functions of one role
 *     share at most 1)
 * @param loading demand as a multiple of the function's rostered hours on an average day (default 1: a function is
 *     staffed to its demand)
 * @param deferrable whether work not done waits (a backlog carried to later shifts) rather than going unmet
 * @param sources where a shortfall is filled, in order: {@code OVERTIME} (tours ending as the shift starts kept on),
 *     {@code REST_DAY} and {@code LEAVE} (default: rest days for work that cannot wait, nothing for work that can)
 * @param shiftFactors relative demand of the shifts from 07:00, 15:00 and 23:00
 * @param dayFactors relative demand Monday to Sunday
 * @param monthFactors relative demand January to December
 * @param maxWaitDays work that can wait is dropped (counted unmet: never done) after waiting this many days
 *     (default 28)
 */
public record EverydayFunction(String id, Role role, Double roleShare, Double loading, Boolean deferrable,
    List<SupplySource> sources, List<Double> shiftFactors, List<Double> dayFactors, List<Double> monthFactors, Integer maxWaitDays) {
  /**
   * The sources a shortfall of everyday work may be filled from: people off duty, and (OVERTIME) officers whose tour
   * ends as the shift starts, kept on for the rest of the longest shift allowed.
   */
  public static final Set<SupplySource> SOURCES = Set.of(SupplySource.OVERTIME, SupplySource.REST_DAY, SupplySource.LEAVE);

  public EverydayFunction {
    Require.id(id, "id");
    Require.present(role, "role");
    roleShare = Require.share(Require.orDefault(roleShare, 1.0), "roleShare");
    Require.isTrue(roleShare > 0, "roleShare: must be above 0");
    loading = Require.range(Require.orDefault(loading, 1.0), "loading", 0, 10);
    deferrable = Require.orDefault(deferrable, false);
    sources = List.copyOf(Require.orDefault(sources,
        deferrable ? List.<SupplySource>of() : List.of(SupplySource.REST_DAY)));
    for (SupplySource s : sources) {
      Require.isTrue(SOURCES.contains(s), "sources: " + s + " cannot fill everyday work (only OVERTIME, REST_DAY and LEAVE)");
    }
    Require.isTrue(sources.stream().distinct().count() == sources.size(), "sources: a source is listed twice");
    shiftFactors = factors(shiftFactors, 3, "shiftFactors");
    dayFactors = factors(dayFactors, 7, "dayFactors");
    monthFactors = factors(monthFactors, 12, "monthFactors");
    maxWaitDays = Require.count(Require.orDefault(maxWaitDays, 28), "maxWaitDays", 365);
    Require.isTrue(maxWaitDays >= 1, "maxWaitDays: must be at least 1");
  }

  private static List<Double> factors(List<Double> given, int size, String field) {
    if (given == null) return Collections.nCopies(size, 1.0);
    Require.isTrue(given.size() == size, field + ": needs " + size + " values, got " + given.size());
    double sum = 0;
    for (int i = 0; i < size; i++) sum += Require.range(given.get(i), field + "[" + i + "]", 0, 100);
    Require.isTrue(sum > 0, field + ": at least one value must be above 0");
    return List.copyOf(given);
  }

  /** The factor of one element of a list, relative to the list's mean. */
  public static double relative(List<Double> factors, int index) {
    double sum = 0;
    for (double f : factors) sum += f;
    return factors.get(index) * factors.size() / sum;
  }
}
