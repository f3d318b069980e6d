package uk.ctsim.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A CSV table written row by row: a header of the given columns, then rows of pre-formatted cells. Cells are
 * quoted only when they need it; lines end with '\n'. Every cell is neutralised against CSV injection
 * ({@link Cells#neutral}), so a name a user wrote can never run as a spreadsheet formula.
 */
final class CsvTable implements AutoCloseable {
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING) // quote only cells that need it
      .build();

  private final List<String> columns;
  private final SequenceWriter rows;

  CsvTable(Writer out, List<String> columns) throws IOException {
    this(out, columns, true);
  }

  private CsvTable(Writer out, List<String> columns, boolean header) throws IOException {
    this.columns = List.copyOf(columns);
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(schema::addColumn);
    // The header is written here rather than by Jackson so that a table with no rows still has it.
    if (header) out.write(header(columns));
    this.rows = MAPPER.writer(schema.build().withoutHeader()).writeValues(out);
  }

  /** Rows only, no header: a part of a table (one replication's rows) written on its own. */
  static CsvTable rowsOnly(Writer out, List<String> columns) throws IOException {
    return new CsvTable(out, columns, false);
  }

  /** The header line of a table of {@code columns}, with its line end. */
  static String header(List<String> columns) {
    return String.join(",", columns) + "\n";
  }

  void row(List<String> cells) throws IOException {
    if (cells.size() != columns.size()) {
      throw new IllegalStateException("a row has " + cells.size() + " cells for " + columns.size() + " columns");
    }
    rows.write(cells.stream().map(Cells::neutral).toList());
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}
