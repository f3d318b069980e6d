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
}
