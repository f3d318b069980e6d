package uk.ctsim.model.events;

import java.time.LocalTime;

/**
 * Simulated time: an instant is a {@code long} of whole minutes since 00:00 on the first day of the period (negative
 * before it), and a duration is a count of minutes. The units are defined here and nowhere else.
 *
 * <p>Why primitives and a static helper rather than a value class: the deployer asks every candidate officer whether
 * a shift fits (roster lookups, overlaps with commitments, rest around the shift), millions of times a replication,
 * and MASON's schedule keeps time as a {@code double}. A wrapper would be created and unwrapped in each of those
 * checks and stored in every recorded event; a {@code long} costs nothing. The calendar (dates, weeks, bank
 * holidays, months and financial years) is {@link SimCalendar}; a missing instant is {@link #NONE}, never {@code -1}.
 */
public final class Minutes {
  /** Minutes in an hour. */
  public static final int PER_HOUR = 60;
  /** Minutes in a day (the model has no daylight-saving days: the clock is civil time without shifts). */
  public static final int PER_DAY = 24 * PER_HOUR;
  /** No instant: a state that has not happened (no CRITICAL period, no rostered tour). Before every real instant. */
  public static final long NONE = Long.MIN_VALUE;
  /** Start of the unsocial hours each day: 20:00 (Police Regulations 2003 Annex U). */
  static final int NIGHT_FROM = 20 * PER_HOUR;
  /** End of the unsocial hours: 06:00. */
  static final int NIGHT_TO = 6 * PER_HOUR;

  private Minutes() {}

  /** The day (0 for the period's first) that holds the instant; negative before the period. */
  public static int dayOf(long minute) {
    return (int) Math.floorDiv(minute, PER_DAY);
  }

  /** 00:00 on the day. */
  public static long startOfDay(int day) {
    return (long) day * PER_DAY;
  }

  /** Minutes of a length in hours, rounded to the nearest minute. */
  public static long ofHours(double hours) {
    return Math.round(hours * PER_HOUR);
  }

  /** Minutes of a length in days, rounded to the nearest minute. */
  public static long ofDays(double days) {
    return Math.round(days * PER_DAY);
  }

  /** Minutes after midnight of a time of day (seconds dropped). */
  public static int ofTimeOfDay(LocalTime time) {
    return time.toSecondOfDay() / 60;
  }

  /** Hours of a number of minutes. */
  public static double hours(long minutes) {
    return minutes / (double) PER_HOUR;
  }

  /** Days of a number of minutes. */
  public static double days(long minutes) {
    return minutes / (double) PER_DAY;
  }

  /**
   * Clear days of notice: the whole days between the day the officer was told and the day of the duty, neither
   * counted (Police Federation guidance on Annex H: "disregard both the day on which the requirement was notified and
   * the day on which you are required to work"). Told on Monday for Wednesday is 1 clear day; never negative.
   */
  public static int clearDays(long notifiedMinute, long dutyMinute) {
    long days = Math.floorDiv(dutyMinute, PER_DAY) - Math.floorDiv(notifiedMinute, PER_DAY) - 1;
    return (int) Math.min(Integer.MAX_VALUE, Math.max(0, days));
  }

  /**
   * Minutes of [from, to) between 20:00 and 06:00: the night minutes up to {@code to} less those up to {@code from}
   * (asked once or twice for every deployment, so counted without a loop over days).
   */
  public static int nightMinutes(long from, long to) {
    return to <= from ? 0 : (int) (nightMinutesBefore(to) - nightMinutesBefore(from));
  }

  /** Night minutes from 00:00 on day 0 up to the instant (negative before it). */
  private static long nightMinutesBefore(long minute) {
    long day = Math.floorDiv(minute, PER_DAY);
    long inDay = minute - day * PER_DAY;
    long perDay = NIGHT_TO + PER_DAY - NIGHT_FROM;
    return day * perDay + Math.min(inDay, NIGHT_TO) + Math.max(0, inDay - NIGHT_FROM);
  }
}
