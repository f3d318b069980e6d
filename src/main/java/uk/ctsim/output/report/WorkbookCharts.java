package uk.ctsim.output.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts over a sheet's own cells, so they follow if a user edits the numbers: column A holds the
 * categories, columns B and C additional and opportunity cost.
 */
final class WorkbookCharts {
  private WorkbookCharts() {}

  static void bars(XSSFSheet sheet, int rows) {
    if (rows == 0) return;
    XSSFChart chart = chart(sheet, "Mean cost by category (£)");
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    addSeries(sheet, data, rows);
    chart.plot(data);
  }

  static void lines(XSSFSheet sheet, int rows) {
    if (rows == 0) return;
    XSSFChart chart = chart(sheet, "Mean cost by week (£)");
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    XDDFChartData data = chart.createData(ChartTypes.LINE, x, y);
    addSeries(sheet, data, rows);
    chart.plot(data);
  }

  private static XSSFChart chart(XSSFSheet sheet, String title) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 6, 1, 16, 22);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    return chart;
  }

  private static void addSeries(XSSFSheet sheet, XDDFChartData data, int rows) {
    XDDFDataSource<String> categories =
        XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, rows, 0, 0));
    for (int column = 1; column <= 2; column++) {
      XDDFNumericalDataSource<Double> values =
          XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, rows, column, column));
      XDDFChartData.Series series = data.addSeries(categories, values);
      series.setTitle(sheet.getRow(0).getCell(column).getStringCellValue(), null);
    }
  }
}
