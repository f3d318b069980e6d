package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which metrics several runs can be compared on. Breakdowns by event and by week depend on the scenario's calendar
 * and period, so they are compared where all runs have them; every other metric (totals, categories, strands,
 * forces, KPIs) must be present in every run, or the runs do not line up (different ctsim versions, say).
 */
public final class MetricAlignment {
  static final List<String> CALENDAR_PREFIXES = List.of("cost.by_event.", "cost.by_week.");

  private MetricAlignment() {}

  /** The metrics of the first table that every table has; throws if a non-calendar metric is in some but not all. */
  public static List<String> common(List<String> labels, List<MetricTable> tables) {
    Set<String> all = new LinkedHashSet<>();
    tables.forEach(t -> all.addAll(t.names()));
    List<String> common = new ArrayList<>();
    for (String name : all) {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < tables.size(); i++) if (!tables.get(i).has(name)) missing.add(labels.get(i));
      if (missing.isEmpty()) {
        common.add(name);
      } else if (CALENDAR_PREFIXES.stream().noneMatch(name::startsWith)) {
        throw new IncomparableRunsException("metrics do not line up: " + name + " is missing from "
            + String.join(", ", missing) + " (runs of different ctsim versions or a damaged run folder?)");
      }
    }
    return common;
  }
}
