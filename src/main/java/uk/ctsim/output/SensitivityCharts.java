package uk.ctsim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardXYItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import uk.ctsim.experiment.sensitivity.Morris;
import uk.ctsim.experiment.sensitivity.Sensitivity;
import uk.ctsim.experiment.sensitivity.SobolIndices;
import uk.ctsim.experiment.sensitivity.Tornado;
import uk.ctsim.output.chart.ChartFiles;

/**
 * Sensitivity charts: a tornado (change of the output's mean from the base point with each parameter at its low and
 * its high end, widest swing on top), Morris's mu*-sigma plane, and Sobol first-order and total indices as bars. The
 * charts draw point estimates; the intervals are in the CSV, JSON and report tables.
 */
public final class SensitivityCharts {
  private static final Color LOW = new Color(0x1f, 0x77, 0xb4);
  private static final Color HIGH = new Color(0xd6, 0x27, 0x28);

  private SensitivityCharts() {}

  /** The chart's file name without extension, such as {@code charts/tornado-cost.total}. */
  public static String name(Sensitivity s) {
    String kind = !s.tornado().isEmpty() ? "tornado" : !s.morris().isEmpty() ? "morris" : "sobol";
    return "charts/" + kind + "-" + s.output();
  }

  public static JFreeChart chart(Sensitivity s) {
    if (!s.tornado().isEmpty()) return tornado(s);
    if (!s.morris().isEmpty()) return morris(s);
    return sobol(s);
  }

  static JFreeChart tornado(Sensitivity s) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<Tornado.Bar> bars = s.tornado().stream().sorted(Comparator.comparingDouble(Tornado.Bar::swing).reversed()).toList();
    double scale = scale(s.output());
    for (Tornado.Bar b : bars) {
      String label = b.parameter() + " (" + b.lowValue() + " to " + b.highValue() + ")";
      data.addValue(b.low().mean() / scale, "parameter at its low end", label);
      data.addValue(b.high().mean() / scale, "parameter at its high end", label);
    }
    JFreeChart chart = ChartFactory.createBarChart("What moves " + s.output() + ": one at a time", null,
        "change of the mean from the base point" + unit(s.output()), data, PlotOrientation.HORIZONTAL, true, false, false);
    styleBars(chart);
    return chart;
  }

  static JFreeChart morris(Sensitivity s) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Morris.Effect e : s.morris()) {
      XYSeries series = new XYSeries(e.parameter());
      series.add(e.muStar() / scale(s.output()), Double.isFinite(e.sigma()) ? e.sigma() / scale(s.output()) : 0);
      data.addSeries(series);
    }
    JFreeChart chart = ChartFactory.createScatterPlot("Morris elementary effects of " + s.output(),
        "mu* (mean absolute effect over the whole range)" + unit(s.output()),
        "sigma (spread: interaction or non-linearity)" + unit(s.output()), data,
        PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    XYItemRenderer renderer = plot.getRenderer();
    renderer.setDefaultItemLabelGenerator(new StandardXYItemLabelGenerator("{0}"));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    return chart;
  }

  static JFreeChart sobol(Sensitivity s) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (SobolIndices.Index i : s.sobol()) {
      data.addValue(i.first(), "first-order", i.parameter());
      data.addValue(i.total(), "total", i.parameter());
    }
    JFreeChart chart = ChartFactory.createBarChart("Sobol indices of " + s.output(), null,
        "share of the output's variance", data, PlotOrientation.HORIZONTAL, true, false, false);
    styleBars(chart);
    return chart;
  }

  /** Pounds are drawn in millions. */
  static double scale(String output) {
    return output.startsWith("cost.") ? 1e6 : 1;
  }

  static String unit(String output) {
    return output.startsWith("cost.") ? " (£ million)" : "";
  }

  private static void styleBars(JFreeChart chart) {
    CategoryPlot plot = chart.getCategoryPlot();
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
    ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(
        new java.text.DecimalFormat("#,##0.###", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(Color.DARK_GRAY);
    plot.setRangeZeroBaselineStroke(new BasicStroke(1f));
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, LOW);
    renderer.setSeriesPaint(1, HIGH);
  }

  /** SVG with a fixed prefix for its definitions, so the same chart gives the same bytes. */
  public static String svg(JFreeChart chart) {
    SVGGraphics2D g = new SVGGraphics2D(ChartFiles.WIDTH, ChartFiles.HEIGHT);
    g.setDefsKeyPrefix("ctsim");
    chart.draw(g, new Rectangle(0, 0, ChartFiles.WIDTH, ChartFiles.HEIGHT));
    return g.getSVGDocument();
  }
}
