package uk.ctsim.output.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Fills one sheet of the workbook from a table. Formulas are made only from cell references that this class computes
 * from row and column numbers: no text of the table ever becomes part of a formula.
 */
final class WorkbookSheet {
  private static final int MAX_WIDTH_CHARS = 80;
  static final String ADDITIONAL = "Additional (mean)";
  static final String OPPORTUNITY = "Opportunity (mean)";
  static final String TOTAL = "Total (mean)";

  private WorkbookSheet() {}

  /** Writes the header and the rows; returns the number of data rows. */
  static int fill(Sheet sheet, Table table, CostsWorkbook.WorkbookStyles styles) {
    int[] widths = new int[table.columns().size()];
    Row head = sheet.createRow(0);
    for (int c = 0; c < widths.length; c++) {
      String name = table.columns().get(c).name();
      head.createCell(c).setCellValue(name);
      head.getCell(c).setCellStyle(styles.header);
      widths[c] = name.length() + 2;
    }
    int additional = column(table, ADDITIONAL);
    int opportunity = column(table, OPPORTUNITY);
    int total = additional >= 0 && opportunity >= 0 ? column(table, TOTAL) : -1;
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> cells = table.rows().get(r);
      for (int c = 0; c < widths.length; c++) {
        Cell cell = row.createCell(c);
        Table.Type type = table.columns().get(c).type();
        if (c == total) {
          cell.setCellFormula(ref(r + 1, additional) + "+" + ref(r + 1, opportunity));
          cell.setCellValue(rowTotal(cells, additional, opportunity)); // the result, for readers that do not recalculate
          cell.setCellStyle(styles.byType.get(type));
        } else {
          set(sheet, cell, type, cells.get(c), styles, table.columns().get(c).name());
        }
        widths[c] = Math.max(widths[c], Html.cell(type, cells.get(c)).length() + 2);
      }
    }
    for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, Math.min(widths[c], MAX_WIDTH_CHARS) * 256);
    return table.rows().size();
  }

  private static void set(Sheet sheet, Cell cell, Table.Type type, Object value,
      CostsWorkbook.WorkbookStyles styles, String columnName) {
    cell.setCellStyle(styles.byType.get(type));
    switch (type) {
      case TEXT -> {
        String text = (String) value;
        cell.setCellValue(text);
        if (text.startsWith("https://")) link(sheet, cell, text);
      }
      case FLAG -> cell.setCellValue((Boolean) value);
      case DATE -> {
        if (value instanceof LocalDateTime time) {
          cell.setCellValue(time);
          cell.setCellStyle(styles.dateTime);
        } else {
          cell.setCellValue((LocalDate) value);
          if (columnName.equals("Month")) cell.setCellStyle(styles.month);
        }
      }
      default -> {
        if (Double.isFinite((Double) value)) cell.setCellValue((Double) value);
      }
    }
  }

  private static void link(Sheet sheet, Cell cell, String url) {
    var link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
    link.setAddress(url);
    cell.setHyperlink(link);
  }

  /** A total row under the data: "Total", then SUM of each money column over the data rows. */
  static void totals(Sheet sheet, Table table, CostsWorkbook.WorkbookStyles styles) {
    int rows = table.rows().size();
    Row row = sheet.createRow(rows + 1);
    row.createCell(0).setCellValue("Total");
    row.getCell(0).setCellStyle(styles.totalLabel);
    if (rows == 0) return;
    for (int c = 1; c < table.columns().size(); c++) {
      if (table.columns().get(c).type() != Table.Type.POUNDS) continue;
      Cell cell = row.createCell(c);
      cell.setCellFormula("SUM(" + ref(1, c) + ":" + ref(rows, c) + ")");
      cell.setCellValue(columnSum(table, c));
      cell.setCellStyle(styles.totalPounds);
    }
  }

  /** What the row's total formula gives: additional plus opportunity, an empty (not finite) cell counting 0. */
  private static double rowTotal(List<Object> cells, int additional, int opportunity) {
    return finite(cells.get(additional)) + finite(cells.get(opportunity));
  }

  /** What a column's SUM formula gives over the data rows (the row totals for the total column). */
  private static double columnSum(Table table, int c) {
    int additional = column(table, ADDITIONAL);
    int opportunity = column(table, OPPORTUNITY);
    boolean isTotal = additional >= 0 && opportunity >= 0 && c == column(table, TOTAL);
    double sum = 0;
    for (List<Object> cells : table.rows()) sum += isTotal ? rowTotal(cells, additional, opportunity) : finite(cells.get(c));
    return sum;
  }

  private static double finite(Object value) {
    return value instanceof Double d && Double.isFinite(d) ? d : 0.0;
  }

  private static int column(Table table, String name) {
    for (int c = 0; c < table.columns().size(); c++) {
      if (table.columns().get(c).name().equals(name) && table.columns().get(c).type() == Table.Type.POUNDS) return c;
    }
    return -1;
  }

  /** A1-style reference of a zero-based row and column. */
  static String ref(int row, int column) {
    return new CellReference(row, column).formatAsString();
  }
}
