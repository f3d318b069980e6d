package uk.ctsim.output.report;

import java.util.List;
import java.util.Map;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.model.events.Strand;
import uk.ctsim.output.chart.Labels;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.Role;

/**
 * Reader's names for metric names ({@link uk.ctsim.experiment.Metrics}): the group a metric belongs to on the comparison
 * page (headline, by force, by category, by financial year, ...) and its label there, with enum constants named by
 * {@link Labels} as everywhere else.
 */
final class MetricNames {
  /** A metric's group, label, and whether it is money. */
  record Name(String group, String label, boolean money) {}

  static final String HEADLINE = "Headline";
  private static final Map<String, String> HEADLINES = Map.of("cost.total", "Total cost", "cost.additional",
      "Additional (cash) cost", "cost.opportunity", "Opportunity cost", "cost.surge", "Surge (incident) cost",
      "cost.surge_additional", "Surge additional cost", "cost.events_generated", "Generated events' cost",
      "grant.incidents_passing", "Incidents above the grant threshold");
  /** Metrics that are counts, shown with the indicators, not with the money of the headline. */
  private static final java.util.Set<String> COUNTS = java.util.Set.of("grant.incidents_passing");
  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(Funder.class, CostCategory.class,
      Strand.class, CostKind.class, AttackType.class, Role.class);

  private MetricNames() {}

  static Name of(String metric) {
    String headline = HEADLINES.get(metric);
    if (headline != null) return new Name(COUNTS.contains(metric) ? "Indicators" : HEADLINE, headline, metric.startsWith("cost."));
    boolean money = metric.startsWith("cost.");
    int dot = metric.lastIndexOf('.');
    String value = metric.substring(dot + 1);
    if (metric.startsWith("cost.by_") || metric.startsWith("cost.additional_by_")) {
      String dimension = metric.substring(5, metric.indexOf('.', 5)).replace('_', ' ');
      String group = Character.toUpperCase(dimension.charAt(0)) + dimension.substring(1);
      return new Name(group.replace("Additional by", "Additional (cash) by"), enumLabel(value), money);
    }
    if (metric.startsWith("hours.abstraction.")) return new Name("Abstraction hours by role", enumLabel(value), false);
    if (metric.startsWith("kpi.unmet_hours.")) return new Name("Unmet hours by role", enumLabel(value), false);
    if (metric.startsWith("kpi.")) return new Name("Indicators", metric.substring(4).replace('_', ' '), false);
    return new Name("Other", metric, money);
  }

  /** The label of an enum constant of one of the model's enums, else the text as it is. */
  static String enumLabel(String name) {
    if (ForceId.standard().stream().anyMatch(f -> f.name().equals(name))) return Labels.force(ForceId.of(name));
    for (Class<? extends Enum<?>> type : ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) return Labels.of(constant);
      }
    }
    return name;
  }
}
