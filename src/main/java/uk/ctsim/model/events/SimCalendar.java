package uk.ctsim.model.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.Set;
import uk.ctsim.scenario.Period;

/**
 * The one calendar of a run: simulated minutes ({@link Minutes}) to days, dates and back, bank holidays in England
 * and Wales, Monday-based week indexes, and the labels costs are counted in (ISO week, month, April-to-March
 * financial year). The model, the cost rules and the collectors all ask it, so a day means the same everywhere.
 */
public final class SimCalendar {
  /** The financial year of UK police budgets and grants starts on 1 April. */
  static final int FIRST_MONTH_OF_FINANCIAL_YEAR = 4;

  private final LocalDate start;
  private final int days;
  private final boolean[] bankHoliday;
  /** Days from the Monday of the first week to the first day: asked for every candidate officer, so kept. */
  private final int weekOffset;
  /** The first day's epoch day, and the dates of the period's days: asked for planned events and deployments. */
  private final long startEpochDay;
  private final LocalDate[] dates;

  public SimCalendar(Period period) {
    this(period.start(), period.days());
  }

  /** The calendar of {@code days} days from {@code start}. */
  public SimCalendar(LocalDate start, int days) {
    this.start = start;
    this.weekOffset = start.getDayOfWeek().getValue() - 1;
    this.days = days;
    Set<LocalDate> holidays = new HashSet<>();
    LocalDate end = start.plusDays(days - 1L);
    for (int y = start.getYear() - 1; y <= end.getYear() + 1; y++) holidays.addAll(BankHolidays.forYear(y));
    this.startEpochDay = start.toEpochDay();
    this.dates = new LocalDate[days + 2];
    for (int d = 0; d < dates.length; d++) dates[d] = start.plusDays(d);
    this.bankHoliday = new boolean[days + 2];
    for (int d = 0; d < bankHoliday.length; d++) bankHoliday[d] = holidays.contains(dates[d]);
  }

  /** Days in the period. */
  public int days() {
    return days;
  }

  /** The first day of the period. */
  public LocalDate start() {
    return start;
  }

  /** 00:00 on the day after the period: the first minute not simulated. */
  public long endMinute() {
    return Minutes.startOfDay(days);
  }

  /** The date of a day (0 for the first). */
  public LocalDate date(int day) {
    return day >= 0 && day < dates.length ? dates[day] : start.plusDays(day);
  }

  /** The date that holds a minute. */
  public LocalDate dateOf(long minute) {
    return date(Minutes.dayOf(minute));
  }

  public LocalDateTime dateTime(long minute) {
    return start.atStartOfDay().plusMinutes(minute);
  }

  /** Minute of a date-time; may be negative (before the period) or past its end. */
  public long minuteOf(LocalDateTime time) {
    return ChronoUnit.MINUTES.between(start.atStartOfDay(), time);
  }

  /** 00:00 on a date. */
  public long minuteOf(LocalDate date) {
    return (date.toEpochDay() - startEpochDay) * Minutes.PER_DAY;
  }

  /** The day of a date; negative before the period. */
  public int dayOf(LocalDate date) {
    return (int) (date.toEpochDay() - startEpochDay);
  }

  /** Whether the day is a bank holiday (false outside the period and the day after it). */
  public boolean isBankHoliday(int day) {
    return day >= 0 && day < bankHoliday.length && bankHoliday[day];
  }

  /** Index of the Monday-based week containing the day (week 0 holds day 0). */
  public int weekIndex(int day) {
    return Math.floorDiv(day + weekOffset, 7);
  }

  /** ISO-8601 week label such as {@code 2017-W23}, with the week-based year (1 January 2017 is in 2016-W52). */
  public static String isoWeek(LocalDate date) {
    // Built by hand rather than String.format: this runs once per cost line, hundreds of thousands of times a run.
    int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return date.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
  }

  /** Month label {@code yyyy-MM}. */
  public static String month(LocalDate date) {
    int m = date.getMonthValue();
    return date.getYear() + (m < 10 ? "-0" : "-") + m;
  }

  /**
   * The April-to-March financial year, {@code yyyy-yy}: the year it starts and the last two digits of the next
   * ({@code 2017-18} runs from 1 April 2017 to 31 March 2018).
   */
  public static String financialYear(LocalDate date) {
    int first = date.getMonthValue() >= FIRST_MONTH_OF_FINANCIAL_YEAR ? date.getYear() : date.getYear() - 1;
    int next = (first + 1) % 100;
    return first + (next < 10 ? "-0" : "-") + next;
  }
}
