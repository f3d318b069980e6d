package uk.ctsim.output.chart;

import java.util.Locale;
import uk.ctsim.cost.CostKind;

/**
 * Plain-language labels for enum constants and the fixed series names of the charts: the one place display names come
 * from, for charts, report, workbook and comparison page alike (BTP, CTSFO, CT investigation, not "Btp").
 */
public final class Labels {
  public static final String ORDINARY = "Ordinary duty";
  public static final String EVENTS = "Events";
  public static final String POSTURE = "Posture (sites, patrols)";
  public static final String INCIDENTS = "Incidents";
  public static final String INVESTIGATIONS = "Investigations";
  public static final String CT = "Counter-terrorism roles";
  public static final String NON_CT = "Other roles";

  private Labels() {}

  private static final java.util.Map<String, String> NAMES = java.util.Map.of("MET", "Met", "CITY", "City of London",
      "BTP", "BTP", "NATIONAL", "National (mutual aid)", "CTSFO", "CTSFO", "CT_INVESTIGATION", "CT investigation",
      "CT_POLICING_GRANT", "CT policing grant", "MINISTRY_OF_DEFENCE", "Ministry of Defence");

  /** {@code PUBLIC_ORDER} as {@code Public order}; abbreviations and force names as readers know them. */
  public static String of(Enum<?> value) {
    String known = NAMES.get(value.name());
    if (known != null) return known;
    String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Met, City of London, BTP, National (mutual aid); any other force by its code. */
  public static String force(uk.ctsim.scenario.ForceId force) {
    return NAMES.getOrDefault(force.name(), force.name());
  }

  public static String kind(CostKind kind) {
    return kind == CostKind.ADDITIONAL ? "Additional (cash)" : "Opportunity (diverted time)";
  }
}
