package uk.ctsim.cost;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** ISO-8601 week labels such as {@code 2017-W23}, with the week-based year (1 January 2017 is in 2016-W52). */
final class IsoWeeks {
  private static final long MINUTES_PER_DAY = 24 * 60;

  private IsoWeeks() {}

  static String of(LocalDate date) {
    // Built by hand rather than String.format: this runs once per cost line, hundreds of thousands of times a run.
    int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return date.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
  }

  /** The week of a simulation minute, counted from 00:00 on {@code periodStart}. */
  static String of(LocalDate periodStart, long minute) {
    return of(periodStart.plusDays(Math.floorDiv(minute, MINUTES_PER_DAY)));
  }

  /** Week labels of the days of one period, worked out once each: the accountant asks for one per cost line. */
  static final class Cache {
    private final LocalDate periodStart;
    private final java.util.Map<Long, String> byDay = new java.util.HashMap<>();

    Cache(LocalDate periodStart) {
      this.periodStart = periodStart;
    }

    String of(long minute) {
      return byDay.computeIfAbsent(Math.floorDiv(minute, MINUTES_PER_DAY), d -> IsoWeeks.of(periodStart.plusDays(d)));
    }
  }
}
