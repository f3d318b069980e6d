package uk.ctsim.output.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
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
 * categories, columns B and C additional and opportunity cost. The workbook is written by streaming (its rows leave
 * memory as they are written), so each series gives its cell range together with the table's values as the chart's
 * cache, rather than reading them back from the sheet.
 */
final class WorkbookCharts {
  private WorkbookCharts() {}

  static void bars(XSSFSheet sheet, Table table) {
    int rows = table.rows().size();
    if (rows == 0) return;
    XSSFChart chart = chart(sheet, "Mean cost by category (£)");
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    addSeries(sheet.getSheetName(), data, table);
    chart.plot(data);
  }

  static void lines(XSSFSheet sheet, Table table) {
    int rows = table.rows().size();
    if (rows == 0) return;
    XSSFChart chart = chart(sheet, "Mean cost by week (£)");
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    XDDFChartData data = chart.createData(ChartTypes.LINE, x, y);
    addSeries(sheet.getSheetName(), data, table);
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

  private static void addSeries(String sheetName, XDDFChartData data, Table table) {
    int rows = table.rows().size();
    String[] names = new String[rows];
    for (int r = 0; r < rows; r++) names[r] = String.valueOf(table.rows().get(r).get(0));
    XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(names, range(sheetName, rows, 0));
    for (int column = 1; column <= 2; column++) {
      Double[] values = new Double[rows];
      for (int r = 0; r < rows; r++) values[r] = (Double) table.rows().get(r).get(column);
      XDDFNumericalDataSource<Double> series = XDDFDataSourcesFactory.fromArray(values, range(sheetName, rows, column));
      data.addSeries(categories, series).setTitle(table.columns().get(column).name(),
          new CellReference(sheetName, 0, column, true, true));
    }
  }

  /** The absolute reference of a column's data rows, such as {@code 'By category'!$B$2:$B$14}. */
  private static String range(String sheetName, int rows, int column) {
    return new CellRangeAddress(1, rows, column, column).formatAsString(sheetName, true);
  }
}
