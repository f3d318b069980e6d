package uk.ctsim.output.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * The input of the daily-deployment chart: mean officers a day across replications by kind of work (stacked), and
 * mean unmet officer-hours a day.
 */
public record DailyDeployment(List<LocalDate> days, List<Series> officers, List<Double> unmetHours,
    List<DayMarker> markers) {
  public DailyDeployment {
    days = List.copyOf(days);
    officers = List.copyOf(officers);
    unmetHours = List.copyOf(unmetHours);
    markers = List.copyOf(markers);
    for (Series s : officers) {
      if (s.values().size() != days.size()) throw new IllegalArgumentException("series " + s.key() + ": one value a day");
    }
    if (unmetHours.size() != days.size()) throw new IllegalArgumentException("unmet hours: one value a day");
  }
}
