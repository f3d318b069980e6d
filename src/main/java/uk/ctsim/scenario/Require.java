package uk.ctsim.scenario;

import java.util.Map;
import java.util.Objects;

/**
 * Checks used by the scenario records' constructors. Each failure is an {@link IllegalArgumentException}
 * whose message starts with the field name, so the loader can say which field of which file and line.
 */
final class Require {
  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Require() {}

  static <T> T present(T value, String field) {
    if (value == null) throw new IllegalArgumentException(field + ": is required");
    return value;
  }

  static <T> T orDefault(T value, T fallback) {
    return value != null ? value : fallback;
  }

  static double nonNegative(Double value, String field) {
    present(value, field);
    if (!(value >= 0) || Double.isInfinite(value)) throw new IllegalArgumentException(field + ": must be a number >= 0, was " + value);
    return value;
  }

  /**
   * An amount of money, from 0 to {@code maxGbp}. Every money parameter has an upper bound, so that no valid scenario
   * can overflow the ledger's whole pence (a long) at run time, whatever the seed: with the bounds of the scenario
   * records, the largest possible cost line and ledger total stay many orders of magnitude below 9.2e16 pounds.
   */
  static double money(Double value, String field, double maxGbp) {
    present(value, field);
    if (!(value >= 0 && value <= maxGbp)) {
      throw new IllegalArgumentException(field + ": must be an amount from 0 to " + plain(maxGbp) + " pounds, was " + value);
    }
    return value;
  }

  private static String plain(double value) {
    return new java.math.BigDecimal(value).toPlainString();
  }

  static double positive(Double value, String field) {
    present(value, field);
    if (!(value > 0) || Double.isInfinite(value)) throw new IllegalArgumentException(field + ": must be a number > 0, was " + value);
    return value;
  }

  static double share(Double value, String field) {
    present(value, field);
    if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException(field + ": must be a share between 0 and 1, was " + value);
    return value;
  }

  static int count(Integer value, String field, int max) {
    present(value, field);
    if (value < 0) throw new IllegalArgumentException(field + ": must not be negative, was " + value);
    if (value > max) throw new IllegalArgumentException(field + ": " + value + " is absurdly large (at most " + max + ")");
    return value;
  }

  static double range(Double value, String field, double min, double max) {
    present(value, field);
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(field + ": must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  static <K, V> Map<K, V> copy(Map<K, V> map) {
    return map == null ? Map.of() : Map.copyOf(map);
  }

  static void sharesSumToOne(Map<?, Double> shares, String field) {
    double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(sum - 1.0) > 1e-6) throw new IllegalArgumentException(field + ": shares must add up to 1, they add up to " + sum);
    shares.forEach((k, v) -> share(v, field + "." + k));
  }

  static String text(String value, String field) {
    present(value, field);
    if (value.isBlank()) throw new IllegalArgumentException(field + ": must not be blank");
    return value;
  }

  /**
   * An id: 1 to 64 letters, digits, {@code -}, {@code _} or {@code .}, starting with a letter or digit. Ids name
   * events and incidents in file names, CSV cells and metric names, so they may hold nothing a spreadsheet, a shell or
   * a browser would read as code.
   */
  static String id(String value, String field) {
    text(value, field);
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(field + ": '" + Quote.cut(value) + "' is not a valid id; an id is 1 to 64 "
          + "letters, digits, '-', '_' or '.', and starts with a letter or digit");
    }
    return value;
  }

  static void isTrue(boolean condition, String message) {
    if (!condition) throw new IllegalArgumentException(message);
  }

  static <T> T notNull(T value) {
    return Objects.requireNonNull(value);
  }
}
