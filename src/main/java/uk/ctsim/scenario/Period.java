package uk.ctsim.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The simulated period, first and last day inclusive. */
public record Period(LocalDate start, LocalDate end) {
  public static final int MAX_DAYS = 3 * 366;

  public Period {
    Require.present(start, "start");
    Require.present(end, "end");
    Require.isTrue(!end.isBefore(start), "end: " + end + " is before start " + start);
    Require.isTrue(days(start, end) <= MAX_DAYS, "end: the period is " + days(start, end) + " days, at most " + MAX_DAYS + " are allowed");
    Require.isTrue(start.getYear() >= 2000 && end.getYear() <= 2040, "start: dates must lie between 2000 and 2040");
  }

  private static long days(LocalDate start, LocalDate end) {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** Number of days in the period. */
  public int days() {
    return (int) days(start, end);
  }
}
