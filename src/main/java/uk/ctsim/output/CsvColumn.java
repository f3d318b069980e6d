package uk.ctsim.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column of a run folder's CSV file, named once for its writer and its reader: the header is the constant's name in
 * lower case, so a column renamed in the writer cannot be missed by the reader.
 */
interface CsvColumn {
  String name();

  default String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The headers of {@code columns}, in order. */
  static List<String> headers(CsvColumn... columns) {
    List<String> out = new ArrayList<>(columns.length);
    for (CsvColumn c : columns) out.add(c.header());
    return out;
  }
}
