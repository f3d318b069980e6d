package uk.ctsim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * London weighting, the London allowance and the Annex U allowances by date, from {@code /pay/london-and-allowances.csv}
 * (sources in docs/SOURCES.md, "Pay tables").
 *
 * <p>The value of an item on a day is built from its rows up to that day, in date order: a row in pounds sets the
 * value, a {@code percent_rise} row raises it by that percentage. A row marked not found ({@code found = no}) gives
 * no new figure: the last figure found is carried across it (an assumption that can only understate, since police
 * allowances have not been cut in the period). Before an item's first row there is no value.
 */
public final class DatedAllowances {
  /** London weighting, £ a year: Met and City officers (and BTP officers stationed in London, by parity). */
  public static final String LONDON_WEIGHTING = "london_weighting";
  /** The most London allowance payable, £ a year. */
  public static final String LONDON_ALLOWANCE = "london_allowance_max";
  /** Annex U on-call allowance, £ a day with any time on call. */
  public static final String ON_CALL = "on_call_per_day";
  /** Annex U away-from-home overnight allowance, £ a night held in reserve. */
  public static final String AWAY_FROM_HOME = "away_from_home_per_night";
  /** Annex U hardship allowance, £ a night held in reserve without proper accommodation. */
  public static final String HARDSHIP = "hardship_per_night";

  private static final DatedAllowances SHIPPED = load();

  private final Map<String, List<Row>> rows;

  /** One dated row: a figure in pounds ({@code rise} false) or a percentage rise; {@code found} false gives none. */
  record Row(LocalDate from, double value, boolean rise, boolean found) {}

  DatedAllowances(Map<String, List<Row>> rows) {
    this.rows = rows;
  }

  /** The table shipped with ctsim. */
  public static DatedAllowances shipped() {
    return SHIPPED;
  }

  /** The value of {@code item} in force on {@code day}; empty before its first figure. */
  public OptionalDouble on(String item, LocalDate day) {
    List<Row> list = rows.get(item);
    if (list == null) throw new IllegalArgumentException("no dated allowance " + item);
    Double value = null;
    for (Row row : list) {
      if (row.from().isAfter(day)) break;
      if (!row.found()) continue;
      if (!row.rise()) {
        value = row.value();
      } else if (value != null) {
        value = value * (1 + row.value() / 100);
      }
    }
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** The days from which any item changes, in order. */
  public List<LocalDate> changeDays() {
    TreeMap<LocalDate, Boolean> days = new TreeMap<>();
    rows.values().forEach(list -> list.forEach(r -> days.put(r.from(), true)));
    return new ArrayList<>(days.keySet());
  }

  private static DatedAllowances load() {
    Map<String, List<Row>> rows = new TreeMap<>();
    for (Map<String, String> row : PayScaleTable.read("/pay/london-and-allowances.csv")) {
      String from = row.get("effective_from");
      if (from == null || from.isBlank()) continue;  // a share without a date (unsocial hours): a scenario setting
      boolean found = "yes".equals(row.get("found"));
      String value = row.get("value");
      rows.computeIfAbsent(row.get("item"), k -> new ArrayList<>()).add(new Row(LocalDate.parse(from),
          found ? Double.parseDouble(value) : 0, "percent_rise".equals(row.get("unit")), found));
    }
    rows.values().forEach(list -> list.sort(java.util.Comparator.comparing(Row::from)));
    return new DatedAllowances(rows);
  }
}
