package uk.ctsim.scenario;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The financial-year GDP deflator at market prices shipped in {@code /prices/gdp-deflator.csv}: HM Treasury's March
 * 2020 (Budget) release, ONS series L8GG, 2018-19 = 100, outturn 2005-06 to 2018-19 (docs/SOURCES.md, "Prices").
 * That release's figures from 2019-20 are pre-pandemic forecasts, so they are not in the file, and a later outturn
 * was not found: a year outside the file has no index and cannot be priced at constant prices.
 */
public final class GdpDeflator {
  private static final GdpDeflator SHIPPED = new GdpDeflator(load());

  private final Map<String, Double> index;

  GdpDeflator(Map<String, Double> index) {
    this.index = Collections.unmodifiableMap(new TreeMap<>(index));
  }

  public static GdpDeflator shipped() {
    return SHIPPED;
  }

  /** Whether the series has an index for the financial year (such as {@code 2017-18}). */
  public boolean has(String financialYear) {
    return index.containsKey(financialYear);
  }

  /** The April-to-March financial year of a day, such as {@code 2017-18} for 1 April 2017 to 31 March 2018. */
  public static String financialYear(java.time.LocalDate day) {
    int first = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    return String.format(java.util.Locale.ROOT, "%d-%02d", first, (first + 1) % 100);
  }

  /** The first and last financial years of the series, for messages. */
  public String range() {
    TreeMap<String, Double> sorted = new TreeMap<>(index);
    return sorted.firstKey() + " to " + sorted.lastKey();
  }

  /**
   * The factor that turns money of {@code financialYear} into prices of {@code baseYear}: index(base) ÷ index(year).
   *
   * @throws IllegalArgumentException when either year has no index
   */
  public double factor(String baseYear, String financialYear) {
    Double base = index.get(baseYear);
    Double year = index.get(financialYear);
    if (base == null || year == null) {
      throw new IllegalArgumentException("the GDP deflator has no index for " + (base == null ? baseYear : financialYear)
          + " (it covers " + range() + ")");
    }
    return base / year;
  }

  private static Map<String, Double> load() {
    String resource = "/prices/gdp-deflator.csv";
    try (InputStream in = GdpDeflator.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("ctsim is missing its data file " + resource);
      MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
          .with(CsvSchema.emptySchema().withHeader()).readValues(in);
      Map<String, Double> out = new TreeMap<>();
      for (Map<String, String> row : it.readAll()) {
        out.put(row.get("financial_year"), Double.parseDouble(row.get("index_2018_19_100")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
