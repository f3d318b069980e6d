package uk.ctsim.cost;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The periods a cost is counted in: ISO week, calendar month and the April-to-March financial year that UK police
 * budgets, grants and the special-grant threshold run on.
 *
 * @param isoWeek such as {@code 2017-W23}
 * @param month such as {@code 2017-06}
 * @param financialYear such as {@code 2017-18} (1 April 2017 to 31 March 2018)
 */
record CostDates(String isoWeek, String month, String financialYear) {
  private static final long MINUTES_PER_DAY = 24 * 60;
  /** The financial year starts on 1 April. */
  private static final int FIRST_MONTH_OF_YEAR = 4;

  static CostDates of(LocalDate day) {
    return new CostDates(IsoWeeks.of(day), month(day), financialYear(day));
  }

  /** {@code yyyy-MM}. */
  static String month(LocalDate day) {
    int m = day.getMonthValue();
    return day.getYear() + (m < 10 ? "-0" : "-") + m;
  }

  /** {@code yyyy-yy}: the year the financial year starts and the last two digits of the next. */
  static String financialYear(LocalDate day) {
    int start = day.getMonthValue() >= FIRST_MONTH_OF_YEAR ? day.getYear() : day.getYear() - 1;
    int next = (start + 1) % 100;
    return start + (next < 10 ? "-0" : "-") + next;
  }

  /** The dates of the days of one period, worked out once each: the accountant asks for one per cost line. */
  static final class Cache {
    private final LocalDate periodStart;
    private final Map<Long, CostDates> byDay = new HashMap<>();

    Cache(LocalDate periodStart) {
      this.periodStart = periodStart;
    }

    /** The day of a simulation minute. */
    LocalDate day(long minute) {
      return periodStart.plusDays(Math.floorDiv(minute, MINUTES_PER_DAY));
    }

    /** The dates of a simulation minute, counted from 00:00 on the period's first day. */
    CostDates of(long minute) {
      return byDay.computeIfAbsent(Math.floorDiv(minute, MINUTES_PER_DAY), d -> CostDates.of(periodStart.plusDays(d)));
    }
  }
}
