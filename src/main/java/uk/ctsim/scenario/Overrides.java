package uk.ctsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code --set path=value} overrides to a scenario's tree before it is bound. Paths use keys, list indexes
 * ({@code forces[0]}) and selections by a key's value ({@code events[id=wac-2017]}); a value is read as a YAML scalar
 * or flow value. Keys are checked when the tree is bound, so an unknown key gets the same "did you mean" as in a file.
 */
final class Overrides {
  private Overrides() {}

  /** Applies each override in order; returns each changed path with the override that set it. */
  static Map<String, String> apply(Path file, ObjectNode root, List<String> overrides) {
    Map<String, String> changed = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (String raw : overrides) {
      try {
        changed.put(applyOne(root, raw), raw);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(file, 0, 0, "--set " + raw, e.getMessage()));
      }
    }
    if (!problems.isEmpty()) throw new ScenarioException(problems);
    return changed;
  }

  private static String applyOne(ObjectNode root, String raw) {
    int eq = assignment(raw);
    if (eq < 0) throw new IllegalArgumentException("write path=value, such as run.seed=7");
    List<PathSegment> segments = PathSegment.parse(raw.substring(0, eq).strip());
    JsonNode value = parseValue(raw.substring(eq + 1).strip());
    JsonNode node = root;
    String path = "";
    for (int i = 0; i < segments.size(); i++) {
      PathSegment segment = segments.get(i);
      boolean last = i == segments.size() - 1;
      if (segment instanceof PathSegment.Key key) {
        if (!(node instanceof ObjectNode object)) throw new IllegalArgumentException(where(path) + " is not a mapping, so it has no key '" + key.name() + "'");
        path = FieldPath.child(path, key.name());
        if (last) {
          object.set(key.name(), value);
        } else {
          JsonNode child = object.get(key.name());
          if (child == null || child.isNull()) child = object.putObject(key.name());
          node = child;
        }
      } else {
        if (!(node instanceof ArrayNode array)) throw new IllegalArgumentException(where(path) + " is not a list");
        int index = index(array, segment, path);
        path = FieldPath.element(path, index);
        if (last) array.set(index, value);
        else node = array.get(index);
      }
    }
    return path;
  }

  /** The '=' that separates path from value: the first one outside brackets. */
  private static int assignment(String raw) {
    int depth = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '[') depth++;
      else if (c == ']') depth--;
      else if (c == '=' && depth == 0) return i;
    }
    return -1;
  }

  private static int index(ArrayNode array, PathSegment segment, String path) {
    if (segment instanceof PathSegment.Index i) {
      if (i.index() >= array.size()) {
        throw new IllegalArgumentException(where(path) + " has " + array.size() + " elements, so there is no [" + i.index() + "]");
      }
      return i.index();
    }
    PathSegment.Select select = (PathSegment.Select) segment;
    for (int i = 0; i < array.size(); i++) {
      JsonNode key = array.get(i).get(select.key());
      if (key != null && key.isValueNode() && select.value().equals(key.asText())) return i;
    }
    throw new IllegalArgumentException("no element with " + select.key() + " '" + select.value() + "' in " + where(path));
  }

  private static String where(String path) {
    return path.isEmpty() ? "the scenario" : "'" + path + "'";
  }

  private static JsonNode parseValue(String text) {
    if (text.isEmpty()) return TextNode.valueOf("");
    if (text.length() > ScenarioLimits.MAX_LINE_CHARS) {
      throw new IllegalArgumentException("the value is " + text.length() + " characters; at most "
          + ScenarioLimits.MAX_LINE_CHARS + " are allowed");
    }
    try {
      // Read as a scenario file is (anchors and aliases refused, strings and nesting bounded).
      JsonNode node = TreeReader.read(java.nio.file.Path.of("--set"), ScenarioFormat.YAML, text).root();
      return node == null || node.isMissingNode() ? JsonNodeFactory.instance.nullNode() : node;
    } catch (ScenarioException e) {
      throw new IllegalArgumentException(e.problems().get(0).message());
    } catch (IOException e) {
      throw new IllegalArgumentException("the value is not a YAML scalar or flow value ([a, b] or {a: 1})");
    }
  }
}
