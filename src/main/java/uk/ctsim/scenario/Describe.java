package uk.ctsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Words for types and values in messages to planners. */
final class Describe {
  private Describe() {}

  static String type(Class<?> type) {
    if (type == null) return "a value of the right kind";
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "a whole number";
    if (type == Double.class || type == double.class) return "a number";
    if (type == Boolean.class || type == boolean.class) return "true or false";
    if (type == String.class) return "text";
    if (type == LocalDate.class) return "a valid date (write YYYY-MM-DD, such as 2017-06-03)";
    if (type == LocalTime.class) return "a valid time of day (write HH:MM, such as 07:00)";
    if (type == LocalDateTime.class) return "a valid date and time (write YYYY-MM-DDTHH:MM, such as 2017-06-03T22:06)";
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) return "a list";
    if (Map.class.isAssignableFrom(type) || type.isRecord()) return "a mapping of keys to values";
    return "a " + type.getSimpleName();
  }

  static String node(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) return "nothing";
    if (node.isTextual()) return "text '" + Quote.cut(node.asText()) + "'";
    if (node.isNumber()) return "the number " + node.asText();
    if (node.isBoolean()) return node.asText();
    if (node.isArray()) return "a list";
    if (node.isObject()) return "a mapping";
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The keys a record accepts, in component order. */
  static List<String> propertyNames(Class<?> type) {
    if (type == null || !type.isRecord()) return List.of();
    return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
  }
}
