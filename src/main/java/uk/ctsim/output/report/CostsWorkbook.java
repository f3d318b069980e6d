package uk.ctsim.output.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.scenario.ThreatLevel;

/**
 * {@code costs.xlsx}: the cost tables as sheets, numbers stored as numbers with £ and thousands formats, header rows
 * frozen, column widths set from the content (autoSizeColumn needs fonts that a headless machine may lack), and
 * native charts on "By category" (bars) and "By week" (lines).
 */
public final class CostsWorkbook {
  public static final String FILE = "costs.xlsx";
  private static final int MAX_WIDTH_CHARS = 80;

  private CostsWorkbook() {}

  /** The workbook's tables, in sheet order; "Threat levels" only when a comparison made them. */
  public static List<Table> tables(ExperimentResult result, Map<ThreatLevel, ExperimentResult> levels, Table run) {
    List<Table> tables = new ArrayList<>(List.of(CostTables.summary(result), CostTables.byCategory(result),
        CostTables.byStrand(result), CostTables.byForce(result), CostTables.byEvent(result),
        CostTables.byIncident(result), CostTables.byWeek(result)));
    if (!levels.isEmpty()) tables.add(CostTables.threatLevels(levels));
    tables.add(Assumptions.register(result.scenario()));
    tables.add(run);
    return tables;
  }

  public static void write(List<Table> tables, OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Map<Table.Type, CellStyle> styles = styles(book);
      CellStyle header = headerStyle(book);
      for (Table table : tables) {
        XSSFSheet sheet = book.createSheet(table.title());
        fill(sheet, table, styles, header);
        if (table.title().equals("By category")) WorkbookCharts.bars(sheet, table.rows().size());
        if (table.title().equals("By week")) WorkbookCharts.lines(sheet, table.rows().size());
      }
      book.write(out);
    }
  }

  private static void fill(Sheet sheet, Table table, Map<Table.Type, CellStyle> styles, CellStyle header) {
    int[] widths = new int[table.columns().size()];
    Row head = sheet.createRow(0);
    for (int c = 0; c < widths.length; c++) {
      String name = table.columns().get(c).name();
      head.createCell(c).setCellValue(name);
      head.getCell(c).setCellStyle(header);
      widths[c] = name.length() + 2;
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> cells = table.rows().get(r);
      for (int c = 0; c < widths.length; c++) {
        Table.Type type = table.columns().get(c).type();
        var cell = row.createCell(c);
        Object value = cells.get(c);
        switch (type) {
          case TEXT -> cell.setCellValue((String) value);
          case FLAG -> cell.setCellValue((Boolean) value);
          default -> {
            if (Double.isFinite((Double) value)) cell.setCellValue((Double) value);
          }
        }
        cell.setCellStyle(styles.get(type));
        widths[c] = Math.max(widths[c], Html.cell(type, value).length() + 2);
      }
    }
    sheet.createFreezePane(0, 1);
    for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, Math.min(widths[c], MAX_WIDTH_CHARS) * 256);
  }

  private static Map<Table.Type, CellStyle> styles(XSSFWorkbook book) {
    Map<Table.Type, CellStyle> styles = new EnumMap<>(Table.Type.class);
    var formats = book.createDataFormat();
    for (Table.Type type : Table.Type.values()) {
      CellStyle style = book.createCellStyle();
      switch (type) {
        case POUNDS -> style.setDataFormat(formats.getFormat("£#,##0;-£#,##0"));
        case HOURS, NUMBER -> style.setDataFormat(formats.getFormat("#,##0.##"));
        default -> style.setWrapText(false);
      }
      styles.put(type, style);
    }
    return styles;
  }

  private static CellStyle headerStyle(XSSFWorkbook book) {
    CellStyle style = book.createCellStyle();
    Font bold = book.createFont();
    bold.setBold(true);
    style.setFont(bold);
    return style;
  }
}
