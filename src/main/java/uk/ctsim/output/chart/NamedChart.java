package uk.ctsim.output.chart;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * A chart with the file name it is written under (without extension) and a plain-language caption for the report.
 */
public record NamedChart(String name, String caption, JFreeChart chart) {
  public NamedChart {
    if (!name.matches("[a-z0-9-]+")) throw new IllegalArgumentException("chart name must be lower-case words and dashes: " + name);
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(chart, "chart");
  }

  public String title() {
    return chart.getTitle().getText();
  }
}
