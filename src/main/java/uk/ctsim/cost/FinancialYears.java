package uk.ctsim.cost;

import java.time.LocalDate;
import uk.ctsim.model.events.SimCalendar;

/**
 * The financial-year and month labels of the ledger, for readers that group their own days the same way. The rules
 * are {@link SimCalendar}'s; this class only names them for the readers of costs.
 */
public final class FinancialYears {
  private FinancialYears() {}

  /** The April-to-March financial year of a day, such as {@code 2017-18} for 1 April 2017 to 31 March 2018. */
  public static String of(LocalDate day) {
    return SimCalendar.financialYear(day);
  }

  /** The month of a day, such as {@code 2017-06}. */
  public static String month(LocalDate day) {
    return SimCalendar.month(day);
  }
}
