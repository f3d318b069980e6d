package uk.ctsim.output.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** Draws bar charts from chart-input records. Holds no statistics: every value comes from the record. */
public final class BarCharts {
  private BarCharts() {}

  /**
   * Additional and opportunity cost side by side for each threat level, with whiskers for the 95% confidence
   * interval of the mean (none with one replication).
   */
  public static JFreeChart costByLevel(CostByLevel input) {
    return levelBars(input, "Cost by threat level", "Annual cost (£), mean with 95% CI");
  }

  /** Each level's paired difference from the reference level, additional and opportunity, with 95% whiskers. */
  public static JFreeChart differences(CostByLevel input, String reference) {
    return levelBars(input, "Difference from " + reference + " (paired, same random numbers)",
        "Annual cost minus " + reference + " (£), with 95% CI");
  }

  private static JFreeChart levelBars(CostByLevel input, String title, String valueAxis) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (LevelBar bar : input.bars()) {
      data.add((Number) bar.additional().mean(), halfWidth(bar.additional()), Labels.kind(uk.ctsim.cost.CostKind.ADDITIONAL), bar.label());
      data.add((Number) bar.opportunity().mean(), halfWidth(bar.opportunity()), Labels.kind(uk.ctsim.cost.CostKind.OPPORTUNITY), bar.label());
    }
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setErrorIndicatorPaint(Color.BLACK);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Threat level"), new NumberAxis(valueAxis), renderer);
    Style.valueAxis((NumberAxis) plot.getRangeAxis(), Money.axisFormat());
    colour(renderer, data.getRowKeys());
    bars(renderer);
    return Style.finish(new JFreeChart(title, Style.TITLE, plot, true));
  }

  /** The CI half-width, or null (no whisker) when there is no interval. */
  private static Double halfWidth(Interval interval) {
    return interval.hasRange() ? interval.halfWidth() : null;
  }

  /** A bar chart: stacked or side by side, vertical or horizontal, as the record says. */
  public static JFreeChart bars(Bars input) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Series s : input.series()) {
      for (int i = 0; i < input.categories().size(); i++) data.addValue(s.values().get(i), s.key(), input.categories().get(i));
    }
    BarRenderer renderer = input.stacked() ? new StackedBarRenderer() : new BarRenderer();
    renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator());
    CategoryAxis categoryAxis = new CategoryAxis(input.categoryAxis());
    categoryAxis.setLabelFont(Style.LABEL);
    if (!input.horizontal() && input.categories().size() > 6) {
      categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    }
    if (input.horizontal()) categoryAxis.setMaximumCategoryLabelWidthRatio(0.4f);
    NumberAxis valueAxis = new NumberAxis(input.valueAxis());
    Style.valueAxis(valueAxis, Style.format(input.unit()));
    CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
    plot.setOrientation(input.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    plot.setRangeGridlinePaint(Style.GRID);
    colour(renderer, data.getRowKeys());
    bars(renderer);
    return Style.finish(new JFreeChart(input.title(), Style.TITLE, plot, true));
  }

  private static void colour(BarRenderer renderer, List<?> rowKeys) {
    for (int i = 0; i < rowKeys.size(); i++) renderer.setSeriesPaint(i, Palette.of(rowKeys.get(i).toString(), i));
  }

  private static void bars(BarRenderer renderer) {
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
  }
}
