package uk.ctsim.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.awt.geom.Line2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Draws the charts over time from chart-input records. Holds no statistics. */
public final class TimeCharts {
  static final String MEDIAN = "Median across replications";
  static final String UNMET = "Unmet demand (officer-hours)";
  static final int MAX_LABELLED_MARKERS = 4;

  private TimeCharts() {}

  /** Median cumulative cost with a shaded P5-P95 band, attacks and threat-level changes marked. */
  public static JFreeChart cumulativeCost(CumulativeCost input) {
    YIntervalSeries series = new YIntervalSeries(input.replications() > 1 ? MEDIAN + " (band: P5 to P95)" : "Cumulative cost");
    for (int i = 0; i < input.weekEnds().size(); i++) {
      series.add(millis(input.weekEnds().get(i)), input.median().get(i), input.p5().get(i), input.p95().get(i));
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setSeriesPaint(0, Palette.BAND);
    renderer.setSeriesFillPaint(0, Palette.BAND);
    renderer.setAlpha(0.25f);
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    NumberAxis value = new NumberAxis("Cumulative total cost (£)");
    Style.valueAxis(value, Money.axisFormat());
    XYPlot plot = new XYPlot(data, dateAxis(), value, renderer);
    plot.setRangeGridlinePaint(Style.GRID);
    mark(plot, input.markers());
    if (!input.markers().isEmpty()) legendWithMarkers(plot, input.markers());
    return Style.finish(new JFreeChart("Cumulative cost over the period", Style.TITLE, plot, true));
  }

  /**
   * Two panels on one date axis: above, the deployments stacked by kind with unmet officer-hours as a line on a second
   * axis; below, officers on ordinary duty (thousands of them would flatten the deployment bands if stacked together).
   */
  public static JFreeChart deployment(DailyDeployment input) {
    DefaultTableXYDataset stacked = new DefaultTableXYDataset();
    XYSeriesCollection ordinary = new XYSeriesCollection();
    for (Series s : input.officers()) {
      XYSeries xy = new XYSeries(s.key(), false, false);
      for (int i = 0; i < input.days().size(); i++) xy.add(millis(input.days().get(i)), s.values().get(i));
      if (s.key().equals(Labels.ORDINARY)) ordinary.addSeries(xy);
      else stacked.addSeries(xy);
    }
    StackedXYAreaRenderer2 area = new StackedXYAreaRenderer2();
    for (int i = 0; i < stacked.getSeriesCount(); i++) area.setSeriesPaint(i, Palette.of((String) stacked.getSeriesKey(i), i));
    NumberAxis officers = new NumberAxis("Officers deployed a day (mean)");
    Style.valueAxis(officers, Style.format(Bars.Unit.COUNT));
    XYPlot top = new XYPlot(stacked, null, officers, area);
    XYSeries unmet = new XYSeries(UNMET, false, false);
    for (int i = 0; i < input.days().size(); i++) unmet.add(millis(input.days().get(i)), input.unmetHours().get(i));
    NumberAxis unmetAxis = new NumberAxis("Unmet officer-hours a day");
    Style.valueAxis(unmetAxis, Style.format(Bars.Unit.HOURS));
    top.setRangeAxis(1, unmetAxis);
    top.setRenderer(1, line(Palette.UNMET)); // before its dataset: the stacked renderer cannot measure a plain series
    top.setDataset(1, new XYSeriesCollection(unmet));
    top.mapDatasetToRangeAxis(1, 1);
    top.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the unmet line over the areas, not hidden under them
    top.setRangeGridlinePaint(Style.GRID);
    NumberAxis duty = new NumberAxis("On ordinary duty");
    Style.valueAxis(duty, Style.format(Bars.Unit.COUNT));
    XYPlot bottom = new XYPlot(ordinary, null, duty, line(Palette.of(Labels.ORDINARY, 0).darker()));
    bottom.setRangeGridlinePaint(Style.GRID);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dateAxis());
    plot.add(top, 3);
    plot.add(bottom, 1);
    List<DayMarker> attacks = input.markers().stream().filter(m -> m.kind() == DayMarker.Kind.ATTACK).toList();
    mark(top, attacks);
    JFreeChart chart = new JFreeChart("Daily deployment of officers", Style.TITLE, plot, true);
    if (!attacks.isEmpty()) legendWithMarkers(plot, attacks);
    return Style.finish(chart);
  }

  private static XYLineAndShapeRenderer line(Color colour) {
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
    line.setSeriesPaint(0, colour);
    line.setSeriesStroke(0, new BasicStroke(2f));
    return line;
  }

  /** The plot's own legend items, then one for each kind of marker drawn, so every line on the chart is named. */
  private static void legendWithMarkers(org.jfree.chart.plot.Plot plot, List<DayMarker> markers) {
    LegendItemCollection items = new LegendItemCollection();
    items.addAll(plot.getLegendItems());
    if (markers.stream().anyMatch(m -> m.kind() == DayMarker.Kind.ATTACK)) {
      items.add(new LegendItem("Attack (first replication)", null, null, null, new Line2D.Double(-6, 0, 6, 0),
          new BasicStroke(1.5f), Palette.ATTACK));
    }
    if (markers.stream().anyMatch(m -> m.kind() == DayMarker.Kind.THREAT_LEVEL)) {
      items.add(new LegendItem("Threat level change (first replication)", null, null, null,
          new Line2D.Double(-6, 0, 6, 0), Style.DASHED, Palette.THREAT_CHANGE));
    }
    if (plot instanceof XYPlot xy) xy.setFixedLegendItems(items);
    else if (plot instanceof CombinedDomainXYPlot combined) combined.setFixedLegendItems(items);
  }

  /** One line per series over whole days (x = 0, 1, 2, ...). */
  public static JFreeChart lines(Lines input) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Series s : input.series()) {
      XYSeries xy = new XYSeries(s.key(), false, false);
      for (int i = 0; i < s.values().size(); i++) xy.add(i, s.values().get(i));
      data.addSeries(xy);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < input.series().size(); i++) renderer.setSeriesPaint(i, Palette.of(input.series().get(i).key(), i));
    NumberAxis x = new NumberAxis(input.xAxis());
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setLabelFont(Style.LABEL);
    NumberAxis y = new NumberAxis(input.yAxis());
    Style.valueAxis(y, Style.format(Bars.Unit.COUNT));
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setRangeGridlinePaint(Style.GRID);
    return Style.finish(new JFreeChart(input.title(), Style.TITLE, plot, true));
  }

  /**
   * Small multiples: one panel per group of series on a shared x axis, a group being the series whose keys share the
   * text before their last ": " (an attack), each panel labelled with that text, the series inside a panel coloured
   * by the text after it (CT or other roles), so every panel reads the same way and the legend has one entry each.
   */
  public static JFreeChart panels(Lines input) {
    NumberAxis x = new NumberAxis(input.xAxis());
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setLabelFont(Style.LABEL);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
    plot.setGap(6);
    java.util.Map<String, XYSeriesCollection> groups = new java.util.LinkedHashMap<>();
    for (Series s : input.series()) {
      int cut = s.key().lastIndexOf(": ");
      String group = cut < 0 ? s.key() : s.key().substring(0, cut);
      XYSeries xy = new XYSeries(cut < 0 ? s.key() : s.key().substring(cut + 2), false, false);
      for (int i = 0; i < s.values().size(); i++) xy.add(i, s.values().get(i));
      groups.computeIfAbsent(group, g -> new XYSeriesCollection()).addSeries(xy);
    }
    groups.forEach((group, data) -> {
      XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
      for (int i = 0; i < data.getSeriesCount(); i++) {
        renderer.setSeriesPaint(i, Palette.of((String) data.getSeriesKey(i), i));
        renderer.setSeriesStroke(i, new BasicStroke(2f));
      }
      NumberAxis y = new NumberAxis("Officers");
      Style.valueAxis(y, Style.format(Bars.Unit.COUNT));
      XYPlot panel = new XYPlot(data, null, y, renderer);
      panel.setRangeGridlinePaint(Style.GRID);
      org.jfree.chart.title.TextTitle label = new org.jfree.chart.title.TextTitle(group, Style.LABEL.deriveFont(java.awt.Font.BOLD, 11f));
      label.setBackgroundPaint(new Color(255, 255, 255, 200));
      panel.addAnnotation(new org.jfree.chart.annotations.XYTitleAnnotation(0.99, 0.97, label,
          RectangleAnchor.TOP_RIGHT));
      plot.add(panel, 1);
    });
    JFreeChart chart = new JFreeChart(input.title(), Style.TITLE, plot, true);
    LegendItemCollection items = new LegendItemCollection();
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    LegendItemCollection all = plot.getLegendItems();
    for (int i = 0; i < all.getItemCount(); i++) {
      LegendItem item = all.get(i);
      if (seen.add(item.getLabel())) items.add(item);
    }
    plot.setFixedLegendItems(items);
    return Style.finish(chart);
  }

  private static DateAxis dateAxis() {
    DateAxis axis = new DateAxis("Date");
    axis.setLabelFont(Style.LABEL);
    axis.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
    return axis;
  }

  private static void mark(XYPlot plot, List<DayMarker> markers) {
    for (DayMarker m : markers) {
      boolean attack = m.kind() == DayMarker.Kind.ATTACK;
      ValueMarker marker = new ValueMarker(millis(m.date()), attack ? Palette.ATTACK : Palette.THREAT_CHANGE,
          attack ? new BasicStroke(1.5f) : Style.DASHED);
      // Over a year, attacks and level changes cluster and their labels overprint each other: label only a few.
      if (markers.size() <= MAX_LABELLED_MARKERS) marker.setLabel(attack ? m.label() : "Threat: " + m.label());
      marker.setLabelFont(Style.LABEL.deriveFont(10f));
      marker.setLabelPaint(attack ? Palette.ATTACK : Color.DARK_GRAY);
      marker.setLabelAnchor(attack ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
      marker.setLabelTextAnchor(attack ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
      plot.addDomainMarker(marker);
    }
  }

  static double millis(LocalDate date) {
    return date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }
}
