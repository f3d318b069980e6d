package uk.ctsim.output.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * The input of the cumulative-cost chart: zero on the period's first day, then for the end of each ISO week (its
 * Sunday, or the period's last day) the median, 5th and 95th percentile across replications of the total cost so far,
 * in pounds.
 */
public record CumulativeCost(List<LocalDate> weekEnds, List<Double> p5, List<Double> median, List<Double> p95,
    List<DayMarker> markers, int replications) {
  public CumulativeCost {
    weekEnds = List.copyOf(weekEnds);
    p5 = List.copyOf(p5);
    median = List.copyOf(median);
    p95 = List.copyOf(p95);
    markers = List.copyOf(markers);
    if (p5.size() != weekEnds.size() || median.size() != weekEnds.size() || p95.size() != weekEnds.size()) {
      throw new IllegalArgumentException("cumulative cost: one value per week in each series");
    }
  }
}
