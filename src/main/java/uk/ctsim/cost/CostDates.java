package uk.ctsim.cost;

import java.time.LocalDate;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;

/**
 * The periods a cost is counted in: ISO week, calendar month and the April-to-March financial year that UK police
 * budgets, grants and the special-grant threshold run on. The labels are {@link SimCalendar}'s.
 *
 * @param isoWeek such as {@code 2017-W23}
 * @param month such as {@code 2017-06}
 * @param financialYear such as {@code 2017-18} (1 April 2017 to 31 March 2018)
 */
record CostDates(String isoWeek, String month, String financialYear) {
  static CostDates of(LocalDate day) {
    return new CostDates(SimCalendar.isoWeek(day), SimCalendar.month(day), SimCalendar.financialYear(day));
  }

  /**
   * The dates of the days of one period, worked out once each: the accountant asks for one per cost line. Arrays by
   * day of the period (a day outside it, which no recorded event should have, is worked out each time it is asked).
   */
  static final class Cache {
    private final SimCalendar calendar;
    private final LocalDate[] days;
    private final CostDates[] dates;

    Cache(SimCalendar calendar) {
      this.calendar = calendar;
      this.days = new LocalDate[calendar.days()];
      this.dates = new CostDates[calendar.days()];
    }

    /** The day of a simulation minute. */
    LocalDate day(long minute) {
      int d = Minutes.dayOf(minute);
      if (d < 0 || d >= days.length) return calendar.date(d);
      if (days[d] == null) days[d] = calendar.date(d);
      return days[d];
    }

    /** The dates of a simulation minute, counted from 00:00 on the period's first day. */
    CostDates of(long minute) {
      int d = Minutes.dayOf(minute);
      if (d < 0 || d >= dates.length) return CostDates.of(calendar.date(d));
      if (dates[d] == null) dates[d] = CostDates.of(calendar.date(d));
      return dates[d];
    }
  }
}
