package uk.ctsim.output.chart;

import java.util.List;
import java.util.Objects;

/**
 * The input of a bar chart: categories along one axis and, for each series, one value per category.
 *
 * @param horizontal bars run left to right (long category names read better)
 * @param stacked series stacked in one bar per category, else side by side
 */
public record Bars(String title, String categoryAxis, String valueAxis, Unit unit, boolean horizontal,
    boolean stacked, List<String> categories, List<Series> series) {

  /** What the values measure, which decides how the value axis is labelled. */
  public enum Unit { POUNDS, HOURS, COUNT }

  public Bars {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(title + ": series " + s.key() + " has " + s.values().size()
            + " values for " + categories.size() + " categories");
      }
    }
  }
}
