package uk.ctsim.output.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of the report and the workbook. Cells are {@code String} for TEXT, {@code Double} for POUNDS, HOURS and
 * NUMBER (NaN shown empty), {@code Boolean} for FLAG, {@code LocalDate} or {@code LocalDateTime} for DATE (the workbook
 * writes real date cells).
 */
public record Table(String title, List<Column> columns, List<List<Object>> rows) {

  public enum Type { TEXT, POUNDS, HOURS, NUMBER, FLAG, DATE }

  public record Column(String name, Type type) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  public Table {
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
    List<List<Object>> copied = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(title + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
      }
      for (int i = 0; i < row.size(); i++) check(title, columns.get(i), row.get(i));
      copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copied);
  }

  private static void check(String title, Column column, Object cell) {
    boolean ok = switch (column.type()) {
      case TEXT -> cell instanceof String;
      case POUNDS, HOURS, NUMBER -> cell instanceof Double;
      case FLAG -> cell instanceof Boolean;
      case DATE -> cell instanceof java.time.LocalDate || cell instanceof java.time.LocalDateTime;
    };
    if (!ok) throw new IllegalArgumentException(title + ": column " + column.name() + " cannot hold " + cell);
  }

  /** Columns from alternating name and type arguments. */
  public static List<Column> columns(Object... nameThenType) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < nameThenType.length; i += 2) columns.add(new Column((String) nameThenType[i], (Type) nameThenType[i + 1]));
    return columns;
  }
}
