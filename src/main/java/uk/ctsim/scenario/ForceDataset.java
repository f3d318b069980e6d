package uk.ctsim.scenario;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped force datasets that scenarios take forces from by name ({@code from: england-wales-2017}). Each is a CSV
 * under {@code src/main/resources/forces/}, documented with its sources in docs/FORCES-2017.md.
 */
public final class ForceDataset {
  /** The datasets ctsim ships. */
  public static final List<String> NAMES = List.of("england-wales-2017");
  private static final Map<String, ForceDataset> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  private final String name;
  private final Map<ForceId, ForceData> rows;

  private ForceDataset(String name, Map<ForceId, ForceData> rows) {
    this.name = name;
    this.rows = Collections.unmodifiableMap(rows);
  }

  /**
   * The dataset of this name.
   *
   * @throws IllegalArgumentException naming the shipped datasets if there is none of this name
   */
  public static ForceDataset named(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no force dataset '" + Quote.cut(String.valueOf(name)) + "'"
          + Suggest.didYouMean(String.valueOf(name), NAMES) + "; ctsim ships " + String.join(", ", NAMES));
    }
    return LOADED.computeIfAbsent(name, ForceDataset::read);
  }

  public String name() {
    return name;
  }

  /** Every force of the dataset, in file order. */
  public Map<ForceId, ForceData> forces() {
    return rows;
  }

  /** The row of the force with this code, if the dataset has one. */
  public Optional<ForceData> find(String code) {
    return rows.keySet().stream().filter(id -> id.name().equals(code)).findFirst().map(rows::get);
  }

  /**
   * The row of the force, or an error message naming the closest code.
   *
   * @throws IllegalArgumentException if the dataset has no such force
   */
  public ForceData force(ForceId id) {
    ForceData row = rows.get(id);
    if (row == null) {
      List<String> codes = rows.keySet().stream().map(ForceId::name).toList();
      throw new IllegalArgumentException("the dataset " + name + " has no force '" + id + "'"
          + Suggest.didYouMean(id.name(), codes) + " (its forces: " + String.join(", ", codes) + ")");
    }
    return row;
  }

  private static ForceDataset read(String name) {
    String resource = "/forces/" + name + ".csv";
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    Map<ForceId, ForceData> rows = new LinkedHashMap<>();
    try (InputStream in = ForceDataset.class.getResourceAsStream(resource);
         MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(in)) {
      while (it.hasNext()) {
        ForceData row = row(it.next());
        rows.put(row.id(), row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped force dataset " + resource, e);
    }
    return new ForceDataset(name, rows);
  }

  private static ForceData row(Map<String, String> r) {
    String afo = r.get("afo");
    String budget = r.get("net_revenue_budget_gbp_m");
    return new ForceData(ForceId.of(r.get("id")), r.get("name"), r.get("region"),
        Double.parseDouble(r.get("officers_fte")), Double.parseDouble(r.get("staff_fte")),
        Double.parseDouble(r.get("pcso_fte")), Integer.parseInt(r.get("specials_headcount")),
        afo.isEmpty() ? null : Integer.valueOf(afo), PayRegion.valueOf(r.get("pay_region")),
        budget.isEmpty() ? null : new java.math.BigDecimal(budget).movePointRight(6).doubleValue(), ForceId.of(r.get("ct_hub")),
        Double.parseDouble(r.get("hq_lat")), Double.parseDouble(r.get("hq_lon")));
  }
}
