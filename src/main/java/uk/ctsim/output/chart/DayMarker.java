package uk.ctsim.output.chart;

import java.time.LocalDate;
import java.util.Objects;

/** A dated mark on a time axis: an attack, or a change of the national threat level. */
public record DayMarker(LocalDate date, String label, Kind kind) {
  public enum Kind { ATTACK, THREAT_LEVEL }

  public DayMarker {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
  }
}
