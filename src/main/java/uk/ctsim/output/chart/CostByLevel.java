package uk.ctsim.output.chart;

import java.util.List;

/** The input of the cost-by-threat-level chart: one bar pair per level, in level order. */
public record CostByLevel(List<LevelBar> bars) {
  public CostByLevel {
    bars = List.copyOf(bars);
    if (bars.isEmpty()) throw new IllegalArgumentException("cost by level needs at least one level");
  }
}
