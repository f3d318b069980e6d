package uk.ctsim.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.TextTitle;

/** The look every chart shares: fonts, white background, light grid, axis number formats by unit. */
final class Style {
  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Color GRID = new Color(0xDDDDDD);
  static final BasicStroke DASHED =
      new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);

  private Style() {}

  static JFreeChart finish(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setTitle(new TextTitle(chart.getTitle().getText(), TITLE));
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    if (chart.getLegend() != null) chart.getLegend().setItemFont(LABEL);
    return chart;
  }

  static NumberFormat format(Bars.Unit unit) {
    return switch (unit) {
      case POUNDS -> Money.axisFormat();
      case HOURS, COUNT -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    };
  }

  static void valueAxis(NumberAxis axis, NumberFormat format) {
    axis.setNumberFormatOverride(format);
    axis.setLabelFont(LABEL);
  }
}
