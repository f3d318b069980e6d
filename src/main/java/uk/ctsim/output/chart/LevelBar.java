package uk.ctsim.output.chart;

import java.util.Objects;

/** Mean annual cost at one threat level (or of the run as made), additional and opportunity, in pounds. */
public record LevelBar(String label, Interval additional, Interval opportunity) {
  public LevelBar {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(additional, "additional");
    Objects.requireNonNull(opportunity, "opportunity");
  }
}
