package uk.ctsim.output.chart;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.ctsim.scenario.Period;

/** ISO weeks of a period, labelled as in the ledger ({@code 2017-W23}), each with its last day inside the period. */
public final class Weeks {
  private Weeks() {}

  public static String label(LocalDate date) {
    return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** Week label to the week's last day in the period, in date order. */
  public static Map<String, LocalDate> ends(Period period) {
    Map<String, LocalDate> ends = new LinkedHashMap<>();
    for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) ends.put(label(d), d);
    return ends;
  }

  public static List<String> labels(Period period) {
    return List.copyOf(ends(period).keySet());
  }
}
