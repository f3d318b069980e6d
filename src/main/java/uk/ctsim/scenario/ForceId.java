package uk.ctsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A police force's short code, as scenarios and outputs write it: {@code MET}, {@code GMP}, {@code BTP}. Forces are
 * data (a scenario declares any number, or takes them from a shipped dataset such as {@code england-wales-2017}); this
 * is only their name. Codes are interned, so two ids of the same code are the same object and {@code ==} compares them.
 *
 * <p>{@link #NATIONAL} is the generic mutual-aid pool of forces that a scenario does not declare.
 */
public final class ForceId implements Comparable<ForceId> {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");
  private static final ConcurrentHashMap<String, ForceId> INTERNED = new ConcurrentHashMap<>();

  public static final ForceId MET = of("MET");
  public static final ForceId CITY = of("CITY");
  public static final ForceId BTP = of("BTP");
  public static final ForceId NATIONAL = of("NATIONAL");
  private static final List<ForceId> STANDARD = List.of(MET, CITY, BTP, NATIONAL);

  private final String code;

  private ForceId(String code) {
    this.code = code;
  }

  /**
   * The force of this code.
   *
   * @throws IllegalArgumentException if the code is not 2 to 16 capital letters, digits or underscores, starting with a
   *     letter
   */
  @JsonCreator
  public static ForceId of(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a force id is 2 to 16 capital letters, digits or underscores, starting with a "
          + "letter (MET, GMP, BTP), not '" + Quote.cut(String.valueOf(code)) + "'");
    }
    ForceId known = INTERNED.get(code);
    return known != null ? known : INTERNED.computeIfAbsent(code, ForceId::new);
  }

  /** The code, as written in scenarios and outputs. */
  @JsonValue
  public String name() {
    return code;
  }

  /**
   * The four forces that outputs always list, in their historical order (MET, CITY, BTP, NATIONAL), so that the metric
   * names of a London scenario do not depend on what else a scenario declares. Other forces follow them by code.
   */
  public static List<ForceId> standard() {
    return STANDARD;
  }

  /**
   * The standard forces and then {@code others} (those a ledger or scenario has), without repeats, in order: what a
   * breakdown by force lists.
   */
  public static List<ForceId> listed(java.util.Collection<ForceId> others) {
    java.util.TreeSet<ForceId> all = new java.util.TreeSet<>(STANDARD);
    all.addAll(others);
    return List.copyOf(all);
  }

  /** Standard forces first in their order, then the others by code. */
  @Override
  public int compareTo(ForceId other) {
    int a = standard().indexOf(this);
    int b = standard().indexOf(other);
    if (a >= 0 || b >= 0) return Integer.compare(a < 0 ? Integer.MAX_VALUE : a, b < 0 ? Integer.MAX_VALUE : b);
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
