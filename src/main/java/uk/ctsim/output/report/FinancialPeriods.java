package uk.ctsim.output.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/**
 * Financial years (1 April to 31 March, as police budgets run) and months of the cost ledger. A cost line carries the
 * ISO week of its work, not the day, so a line is placed in the financial year and month of its week's Thursday (the
 * day ISO 8601 uses to give a week to a year): a week that straddles 1 April or a month's end falls wholly on one
 * side.
 */
public final class FinancialPeriods {
  private FinancialPeriods() {}

  /** The Thursday of an ISO week label such as {@code 2017-W23}. */
  public static LocalDate thursday(String isoWeek) {
    int dash = isoWeek.indexOf("-W");
    if (dash < 0) throw new IllegalArgumentException("not an ISO week: " + isoWeek);
    int year = Integer.parseInt(isoWeek.substring(0, dash));
    int week = Integer.parseInt(isoWeek.substring(dash + 2));
    return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.THURSDAY);
  }

  /** The financial year of a day, as {@code 2017-18} for 1 April 2017 to 31 March 2018. */
  public static String financialYear(LocalDate date) {
    int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    return start + "-" + String.format("%02d", (start + 1) % 100);
  }

  public static String financialYearOfWeek(String isoWeek) {
    return financialYear(thursday(isoWeek));
  }

  public static YearMonth monthOfWeek(String isoWeek) {
    return YearMonth.from(thursday(isoWeek));
  }
}
