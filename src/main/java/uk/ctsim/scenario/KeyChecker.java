package uk.ctsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds every unknown key in a scenario tree before it is bound, walking the tree alongside the record types.
 * Binding alone is not enough: Jackson builds a record (running its checks) before it reports unknown keys, so a
 * misspelt required key would surface as "is required" instead of "did you mean"; and binding stops at the first.
 */
final class KeyChecker {
  private final ProblemTranslator problems;
  private final List<Problem> found = new ArrayList<>();

  private KeyChecker(ProblemTranslator problems) {
    this.problems = problems;
  }

  /** All unknown keys and unknown enum map keys under {@code root}, in file order. */
  static List<Problem> check(JsonNode root, ProblemTranslator problems) {
    return check(root, Scenario.class, problems);
  }

  /** All unknown keys under {@code root}, read as a {@code type} (a record). */
  static List<Problem> check(JsonNode root, Class<?> type, ProblemTranslator problems) {
    KeyChecker checker = new KeyChecker(problems);
    checker.visit(root, type, "");
    return checker.found;
  }

  private void visit(JsonNode node, Type type, String path) {
    if (node == null || node.isNull()) return;
    Class<?> raw = raw(type);
    if (raw.isRecord() && node.isObject()) visitRecord(node, raw, path);
    else if (Map.class.isAssignableFrom(raw) && node.isObject()) visitMap(node, (ParameterizedType) type, path);
    else if (Collection.class.isAssignableFrom(raw) && node.isArray()) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      for (int i = 0; i < node.size(); i++) visit(node.get(i), element, FieldPath.element(path, i));
    }
  }

  private void visitRecord(JsonNode node, Class<?> record, String path) {
    RecordComponent[] components = record.getRecordComponents();
    List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
    node.fieldNames().forEachRemaining(key -> {
      String at = FieldPath.child(path, key);
      int index = names.indexOf(key);
      if (index < 0) {
        String hint = Suggest.didYouMean(key, names);
        found.add(problems.at(at, "unknown key '" + key + "'" + (hint.isEmpty() ? "; the keys here are " + String.join(", ", names) : hint)));
      } else {
        visit(node.get(key), components[index].getGenericType(), at);
      }
    });
  }

  private void visitMap(JsonNode node, ParameterizedType type, String path) {
    Class<?> keyType = raw(type.getActualTypeArguments()[0]);
    Type valueType = type.getActualTypeArguments()[1];
    node.fieldNames().forEachRemaining(key -> {
      String at = FieldPath.child(path, key);
      if (keyType.isEnum() && Arrays.stream(keyType.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(key))) {
        List<String> allowed = Arrays.stream(keyType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        found.add(problems.at(at, "unknown key '" + key + "'; the keys here are " + String.join(", ", allowed)
            + Suggest.didYouMean(key, allowed)));
      } else {
        visit(node.get(key), valueType, at);
      }
    });
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) return c;
    if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
    return Object.class;
  }
}
