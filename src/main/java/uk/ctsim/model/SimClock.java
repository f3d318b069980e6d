package uk.ctsim.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import uk.ctsim.scenario.Period;

/** Converts between simulation minutes (since 00:00 on the first day) and calendar dates, and knows bank holidays. */
public final class SimClock {
  public static final int MINUTES_PER_DAY = 1440;

  private final LocalDate start;
  private final int days;
  private final boolean[] bankHoliday;

  public SimClock(Period period) {
    this.start = period.start();
    this.days = period.days();
    Set<LocalDate> holidays = new HashSet<>();
    for (int y = start.getYear() - 1; y <= period.end().getYear() + 1; y++) holidays.addAll(BankHolidays.forYear(y));
    this.bankHoliday = new boolean[days + 2];
    for (int d = 0; d < bankHoliday.length; d++) bankHoliday[d] = holidays.contains(start.plusDays(d));
  }

  public int days() {
    return days;
  }

  public long endMinute() {
    return (long) days * MINUTES_PER_DAY;
  }

  public LocalDate date(int day) {
    return start.plusDays(day);
  }

  public int dayOf(long minute) {
    return (int) Math.floorDiv(minute, MINUTES_PER_DAY);
  }

  public LocalDateTime dateTime(long minute) {
    return start.atStartOfDay().plusMinutes(minute);
  }

  /** Minute of a date-time; may be negative (before the period) or past its end. */
  public long minuteOf(LocalDateTime time) {
    return ChronoUnit.MINUTES.between(start.atStartOfDay(), time);
  }

  public long minuteOf(LocalDate date) {
    return ChronoUnit.DAYS.between(start, date) * MINUTES_PER_DAY;
  }

  public int dayOf(LocalDate date) {
    return (int) ChronoUnit.DAYS.between(start, date);
  }

  public boolean isBankHoliday(int day) {
    return day >= 0 && day < bankHoliday.length && bankHoliday[day];
  }

  /**
   * Clear days of notice: the whole days between the day the officer was told and the day of the duty, neither
   * counted (Police Federation guidance on Annex H: "disregard both the day on which the requirement was notified and
   * the day on which you are required to work"). Told on Monday for Wednesday is 1 clear day; never negative.
   */
  public static int clearDays(long notifiedMinute, long dutyMinute) {
    long days = Math.floorDiv(dutyMinute, MINUTES_PER_DAY) - Math.floorDiv(notifiedMinute, MINUTES_PER_DAY) - 1;
    return (int) Math.max(0, days);
  }

  /** Start of the unsocial hours each day: 20:00 (Police Regulations 2003 Annex U). */
  static final int NIGHT_FROM_MINUTE = 20 * 60;
  /** End of the unsocial hours: 06:00. */
  static final int NIGHT_TO_MINUTE = 6 * 60;

  /** Minutes of [from, to) between 20:00 and 06:00. */
  public static int nightMinutes(long from, long to) {
    long minutes = 0;
    for (long day = Math.floorDiv(from, MINUTES_PER_DAY); day * MINUTES_PER_DAY < to; day++) {
      long midnight = day * MINUTES_PER_DAY;
      minutes += overlap(from, to, midnight, midnight + NIGHT_TO_MINUTE);
      minutes += overlap(from, to, midnight + NIGHT_FROM_MINUTE, midnight + MINUTES_PER_DAY);
    }
    return (int) minutes;
  }

  private static long overlap(long a, long b, long c, long d) {
    return Math.max(0, Math.min(b, d) - Math.max(a, c));
  }

  /** Index of the Monday-based week containing the day (week 0 holds day 0). */
  public int weekIndex(int day) {
    int offset = start.getDayOfWeek().getValue() - 1;
    return Math.floorDiv(day + offset, 7);
  }
}
