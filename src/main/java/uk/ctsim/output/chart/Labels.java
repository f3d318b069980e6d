package uk.ctsim.output.chart;

import java.util.Locale;
import uk.ctsim.cost.CostKind;

/** Plain-language labels for enum constants and the fixed series names of the charts. */
public final class Labels {
  public static final String ORDINARY = "Ordinary duty";
  public static final String EVENTS = "Events";
  public static final String POSTURE = "Posture (sites, patrols)";
  public static final String INCIDENTS = "Incidents";
  public static final String INVESTIGATIONS = "Investigations";
  public static final String CT = "Counter-terrorism roles";
  public static final String NON_CT = "Other roles";

  private Labels() {}

  /** {@code PUBLIC_ORDER} as {@code Public order}. */
  public static String of(Enum<?> value) {
    String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public static String kind(CostKind kind) {
    return kind == CostKind.ADDITIONAL ? "Additional (cash)" : "Opportunity (diverted time)";
  }
}
