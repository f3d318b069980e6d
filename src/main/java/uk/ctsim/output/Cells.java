package uk.ctsim.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How values are written in CSV and JSON: '.' decimal point, never scientific notation, pounds and hours to 2
 * decimals, rounded half-even (the cost module's rule). A number that is not finite is written as an empty cell.
 */
final class Cells {
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private Cells() {}

  /**
   * A CSV cell that a spreadsheet will not run as a formula (OWASP, CSV injection): text that begins with {@code =},
   * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading {@code '}. A number such as {@code -12.50}
   * is left as it is. Text that already begins with {@code '} gets one more, so {@link #plain} undoes this exactly.
   */
  static String neutral(String cell) {
    if (cell.isEmpty() || NUMBER.matcher(cell).matches()) return cell;
    char first = cell.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        || first == '\'';
    return risky ? "'" + cell : cell;
  }

  /** The text a neutralised cell stood for: {@link #neutral} undone. */
  static String plain(String cell) {
    return cell != null && cell.startsWith("'") ? cell.substring(1) : cell;
  }

  /** Pounds, exactly, from whole pence. */
  static BigDecimal gbpValue(long pence) {
    return BigDecimal.valueOf(pence, 2);
  }

  static String gbp(long pence) {
    return gbpValue(pence).toPlainString();
  }

  /** Pounds from a mean in pence, rounded to the penny. */
  static BigDecimal gbpValue(double pence) {
    return BigDecimal.valueOf(pence).setScale(0, RoundingMode.HALF_EVEN).movePointLeft(2);
  }

  static String hours(double hours) {
    return decimal(hours, 2);
  }

  static String decimal(double value, int places) {
    if (!Double.isFinite(value)) return "";
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN);
    return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(places).toPlainString() : rounded.toPlainString();
  }

  static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  static String enumName(uk.ctsim.scenario.ForceId value) {
    return value == null ? "" : value.name();
  }

  static String enumName(Enum<?> value) {
    return value == null ? "" : value.name();
  }

  static String dateTime(LocalDateTime time) {
    return time == null ? "" : time.format(DATE_TIME);
  }

  /** Lower-case column suffix for an enum constant, such as {@code ct_investigation}. */
  static String suffix(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** A metric value: pounds ({@code cost.*}) to 2 decimals, anything else to 4. Empty when not finite. */
  static String metric(String name, double value) {
    return decimal(value, name.startsWith("cost.") ? 2 : 4);
  }

  /** A metric value for JSON, rounded as in {@link #metric}; null when not finite. */
  static BigDecimal metricValue(String name, double value) {
    if (!Double.isFinite(value)) return null;
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(name.startsWith("cost.") ? 2 : 4, RoundingMode.HALF_EVEN);
    return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(rounded.scale()) : rounded;
  }
}
