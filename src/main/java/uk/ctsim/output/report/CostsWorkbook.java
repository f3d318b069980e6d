package uk.ctsim.output.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.output.chart.ChartSet;
import uk.ctsim.scenario.ThreatLevel;

/**
 * {@code costs.xlsx}: the cost tables as sheets for an accountant to work in. Numbers are numbers with £ and
 * thousands formats, dates are date cells, the totals of additive tables and each row's total of additional and
 * opportunity cost are formulas (built from cell addresses only, never from text of the data), computed once before
 * saving so that a reader that does not recalculate still shows them. Every sheet has its header row frozen and
 * repeated on printed pages, prints landscape one page wide with page numbers, and column widths set from the content.
 * Native charts on "By category" (bars) and "By week" (lines).
 */
public final class CostsWorkbook {
  public static final String FILE = "costs.xlsx";
  /** Tables whose rows add up to the whole: they get a total row of SUM formulas. */
  static final Set<String> TOTALLED = Set.of("By financial year", "By month", "By category", "By strand", "By force",
      "By funder", "By week");

  /** Rows of a sheet kept in memory while it is written. */
  static final int ROW_WINDOW = 200;

  private CostsWorkbook() {}

  /**
   * The workbook's tables, in sheet order; threat-level sheets only when a comparison made them.
   *
   * @param shared the tables the report shows too, made from {@code result}
   */
  public static List<Table> tables(ExperimentResult result, Map<ThreatLevel, ExperimentResult> levels,
      SharedTables shared, Table run) {
    List<Table> tables = new ArrayList<>(List.of(CostTables.summary(result), FinanceTables.cashByYear(result),
        FinanceTables.grantPosition(result), FinanceTables.unmetDemand(result), PeriodTables.byFinancialYear(result),
        PeriodTables.byMonth(result), PeriodTables.byFunder(result), shared.byCategory(), shared.byStrand(),
        shared.byForce(), shared.byEvent(), shared.byIncident(), CostTables.byWeek(result)));
    if (!levels.isEmpty()) {
      tables.add(CostTables.threatLevels(levels));
      ThreatLevel reference = ChartSet.reference(result, levels);
      if (reference != null && levels.size() > 1) tables.add(LevelTables.differences(levels, reference));
    }
    tables.add(shared.assumptions());
    tables.add(run);
    return tables;
  }

  public static void write(List<Table> tables, OutputStream out) throws IOException {
    // Streaming (SXSSF): at most ROW_WINDOW rows of a sheet are in memory; the rest are in a temporary file until
    // the workbook is written, and close() removes it. Formula results are set as the cells are written.
    try (SXSSFWorkbook book = new SXSSFWorkbook(ROW_WINDOW)) {
      book.setCompressTempFiles(true);
      WorkbookStyles styles = new WorkbookStyles(book);
      for (Table table : tables) {
        SXSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
        int rows = WorkbookSheet.fill(sheet, table, styles);
        if (TOTALLED.contains(table.title())) WorkbookSheet.totals(sheet, table, styles);
        printSetup(sheet, table.columns().size(), rows);
        XSSFSheet drawn = book.getXSSFWorkbook().getSheet(sheet.getSheetName()); // charts live in the sheet's drawing
        if (table.title().equals("By category")) WorkbookCharts.bars(drawn, table);
        if (table.title().equals("By week")) WorkbookCharts.lines(drawn, table);
      }
      book.setForceFormulaRecalculation(true);
      book.write(out);
    }
  }

  private static void printSetup(SXSSFSheet sheet, int columns, int rows) {
    sheet.createFreezePane(0, 1);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.getHeader().setLeft("&A"); // header and footer codes: sheet name, page number, page count
    sheet.getFooter().setRight("Page &P of &N");
    if (rows > 0 && columns > 0) sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, columns - 1));
  }

  /** The cell styles of the workbook, one per column type, and the header's. */
  static final class WorkbookStyles {
    final Map<Table.Type, CellStyle> byType = new java.util.EnumMap<>(Table.Type.class);
    final CellStyle header;
    final CellStyle dateTime;
    final CellStyle month;
    final CellStyle totalPounds;
    final CellStyle totalLabel;

    WorkbookStyles(SXSSFWorkbook book) {
      var formats = book.createDataFormat();
      for (Table.Type type : Table.Type.values()) {
        CellStyle style = book.createCellStyle();
        switch (type) {
          case POUNDS -> style.setDataFormat(formats.getFormat("£#,##0;-£#,##0"));
          case HOURS, NUMBER -> style.setDataFormat(formats.getFormat("#,##0.##"));
          case DATE -> style.setDataFormat(formats.getFormat("yyyy-mm-dd"));
          default -> style.setWrapText(false);
        }
        byType.put(type, style);
      }
      dateTime = book.createCellStyle();
      dateTime.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm"));
      month = book.createCellStyle();
      month.setDataFormat(formats.getFormat("mmm yyyy"));
      var bold = book.createFont();
      bold.setBold(true);
      header = book.createCellStyle();
      header.setFont(bold);
      totalLabel = book.createCellStyle();
      totalLabel.setFont(bold);
      totalPounds = book.createCellStyle();
      totalPounds.cloneStyleFrom(byType.get(Table.Type.POUNDS));
      totalPounds.setFont(bold);
    }
  }
}
