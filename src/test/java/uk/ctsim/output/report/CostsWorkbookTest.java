package uk.ctsim.output.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.ctsim.output.report.Table.Type;

/** The workbook reopened with POI: real date cells, formulas, and the values POI's evaluator computes from them. */
class CostsWorkbookTest {
  private static XSSFWorkbook reopen(List<Table> tables) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CostsWorkbook.write(tables, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static Table byCategory() {
    return new Table("By category", Table.columns("Category", Type.TEXT, "Additional (mean)", Type.POUNDS,
        "Opportunity (mean)", Type.POUNDS, "Total (mean)", Type.POUNDS),
        List.of(List.of("=SUM(A1)", 10.0, 5.0, 15.0), List.of("Overtime", 20.0, 2.5, 22.5), List.of("Recovery", -1.25, 0.0, -1.25)));
  }

  @Test
  void totalsAreFormulasThatPoiEvaluatesToTheSums() throws Exception {
    try (XSSFWorkbook book = reopen(List.of(byCategory()))) {
      Sheet sheet = book.getSheet("By category");
      assertThat(sheet.getRow(1).getCell(3).getCellFormula()).isEqualTo("B2+C2");
      assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(sheet.getRow(4).getCell(1).getCellFormula()).isEqualTo("SUM(B2:B4)");
      assertThat(sheet.getRow(4).getCell(3).getCellFormula()).isEqualTo("SUM(D2:D4)");
      // The values cached at writing, for readers that do not recalculate, are the sums.
      assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(28.75);
      XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
      assertThat(evaluator.evaluate(sheet.getRow(2).getCell(3)).getNumberValue()).isEqualTo(22.5);
      assertThat(evaluator.evaluate(sheet.getRow(4).getCell(1)).getNumberValue()).isEqualTo(28.75);
      assertThat(evaluator.evaluate(sheet.getRow(4).getCell(2)).getNumberValue()).isEqualTo(7.5);
      assertThat(evaluator.evaluate(sheet.getRow(4).getCell(3)).getNumberValue()).isEqualTo(36.25);
      // Text that looks like a formula stays text: no formula is ever built from the data.
      assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=SUM(A1)");
    }
  }

  @Test
  void datesAreDateCells() throws Exception {
    Table months = new Table("By month", Table.columns("Month", Type.DATE, "Financial year", Type.TEXT,
        "Additional (mean)", Type.POUNDS, "Opportunity (mean)", Type.POUNDS, "Total (mean)", Type.POUNDS),
        List.of(List.of(LocalDate.of(2017, 3, 1), "2016-17", 1.0, 2.0, 3.0),
            List.of(LocalDate.of(2017, 4, 1), "2017-18", 4.0, 8.0, 12.0)));
    Table incidents = new Table("By incident", Table.columns("Time", Type.DATE),
        List.of(List.<Object>of(LocalDateTime.of(2017, 6, 3, 22, 8))));
    try (XSSFWorkbook book = reopen(List.of(months, incidents))) {
      var march = book.getSheet("By month").getRow(1).getCell(0);
      assertThat(march.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(march)).isTrue();
      assertThat(march.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2017, 3, 1));
      assertThat(march.getCellStyle().getDataFormatString()).isEqualTo("mmm yyyy");
      assertThat(book.getSheet("By month").getRow(3).getCell(4).getCellFormula()).isEqualTo("SUM(E2:E3)");
      assertThat(book.getSheet("By month").getRow(3).getCell(4).getNumericCellValue()).isEqualTo(15.0);
      var time = book.getSheet("By incident").getRow(1).getCell(0);
      assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
      assertThat(time.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2017, 6, 3, 22, 8));
      assertThat(time.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
    }
  }

  @Test
  void aSourceLinkIsAHyperlinkAndEverySheetPrintsOnePageWide() throws Exception {
    Table register = new Table("Assumptions", Table.columns("Parameter", Type.TEXT, "Link", Type.TEXT),
        List.of(List.of("costs.grantThresholdShare", "https://www.gov.uk/government/publications/police-funding-special-grant-guidance")));
    try (XSSFWorkbook book = reopen(List.of(register))) {
      Sheet sheet = book.getSheet("Assumptions");
      assertThat(sheet.getRow(1).getCell(1).getHyperlink().getAddress()).startsWith("https://www.gov.uk/");
      assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
      assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
    }
  }
}
