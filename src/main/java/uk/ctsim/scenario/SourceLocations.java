package uk.ctsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a scenario file is written: the line and column of each key (for mapping entries) and of each
 * list element, recorded by {@link TreeReader} in its one pass over the file's tokens. Errors found later on the bound tree are placed with it.
 */
final class SourceLocations {
  /** A 1-based line and column. */
  record At(int line, int column) {}

  private final Map<String, At> byPath = new HashMap<>();

  private SourceLocations() {}

  static SourceLocations empty() {
    return new SourceLocations();
  }

  /** Records where the token the parser is on is written, if it starts a field or a list element. */
  void record(JsonParser parser, JsonToken token) {
    JsonStreamContext context = parser.getParsingContext();
    if (token == JsonToken.FIELD_NAME) {
      byPath.putIfAbsent(FieldPath.of(context), at(parser.currentTokenLocation()));
    } else if (token.isStructStart() && context.getParent() != null && context.getParent().inArray()) {
      byPath.putIfAbsent(FieldPath.of(context.getParent()), at(parser.currentTokenLocation()));
    } else if (token.isScalarValue() && context.inArray()) {
      byPath.putIfAbsent(FieldPath.of(context), at(parser.currentTokenLocation()));
    }
  }

  static At at(JsonLocation location) {
    return new At(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  /** The place of {@code path}, or of the nearest enclosing field written in the file, or the file's start. */
  At nearest(String path) {
    for (String p = path; ; p = FieldPath.parent(p)) {
      At at = byPath.get(p);
      if (at != null) return at;
      if (p.isEmpty()) return new At(1, 1);
    }
  }

  /**
   * Rewrites a constructor's field, such as {@code incidents.scheduled.lb-2017.type}, into the path of the tree
   * ({@code incidents.scheduled[0].type}) by matching list elements on their {@code id}.
   */
  static String canonical(String field, JsonNode root) {
    String path = "";
    JsonNode node = root;
    for (PathSegment segment : PathSegment.parse(field)) {
      if (segment instanceof PathSegment.Key key && node != null && node.isArray()) {
        int index = indexOfId(node, key.name());
        if (index >= 0) {
          path = FieldPath.element(path, index);
          node = node.get(index);
          continue;
        }
      }
      if (segment instanceof PathSegment.Key key) {
        path = FieldPath.child(path, key.name());
        node = node == null ? null : node.get(key.name());
      } else if (segment instanceof PathSegment.Index index) {
        path = FieldPath.element(path, index.index());
        node = node == null ? null : node.get(index.index());
      }
    }
    return path;
  }

  private static int indexOfId(JsonNode array, String id) {
    for (int i = 0; i < array.size(); i++) {
      JsonNode candidate = array.get(i).get("id");
      if (candidate != null && id.equals(candidate.asText())) return i;
    }
    return -1;
  }
}
