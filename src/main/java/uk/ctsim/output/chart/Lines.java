package uk.ctsim.output.chart;

import java.util.List;

/** The input of a line chart over whole days since a start (x = 0, 1, 2...), one line per series. */
public record Lines(String title, String xAxis, String yAxis, List<Series> series) {
  public Lines {
    series = List.copyOf(series);
  }
}
