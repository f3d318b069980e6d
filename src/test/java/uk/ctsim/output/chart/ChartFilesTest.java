package uk.ctsim.output.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import uk.ctsim.output.Fixtures;

/** Chart files are part of a run folder whose bytes must not depend on when it was written. */
class ChartFilesTest {
  @Test
  void theSameChartGivesTheSameSvgBytesTwice() {
    String first = ChartFiles.svg(chart());
    String second = ChartFiles.svg(chart());
    assertThat(first).contains("clip-path").isEqualTo(second);
  }

  @Test
  void theSameChartGivesTheSamePngBytesTwice() {
    assertThat(ChartFiles.png(chart())).isEqualTo(ChartFiles.png(chart()));
  }

  private static JFreeChart chart() {
    return BarCharts.bars(ChartData.byCategory(Fixtures.result()));
  }
}
