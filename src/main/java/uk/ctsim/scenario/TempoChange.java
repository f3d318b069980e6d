package uk.ctsim.scenario;

import java.time.LocalDate;

/**
 * From {@code from} (00:00) on, plots arrive at {@code factor} times the rate of the day's threat level, until the next
 * change: the tempo of plots can shift at an unchanged level ("a shift, not a spike").
 */
public record TempoChange(LocalDate from, Double factor) {
  public TempoChange {
    Require.present(from, "from");
    factor = Require.range(Require.present(factor, "factor"), "factor", 0, 100);
  }
}
