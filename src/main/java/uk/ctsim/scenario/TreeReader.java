package uk.ctsim.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a scenario file's tokens once, building the tree and recording where each field is written. Refuses what the
 * loader does not support, at the place it is written: YAML anchors ({@code &name}) and aliases ({@code *name}), which
 * a planner would expect to copy a value but which Jackson reads as plain text; binary values; more than one document;
 * text values longer than {@link ScenarioLimits#MAX_STRING_CHARS}; nesting deeper than {@link ScenarioLimits#MAX_DEPTH}.
 */
final class TreeReader {
  /** A file's tree (null when it holds no value) and where each field is written. */
  record Read(JsonNode root, SourceLocations locations) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Path file;
  private final JsonParser parser;
  private final SourceLocations locations;

  private TreeReader(Path file, JsonParser parser, SourceLocations locations) {
    this.file = file;
    this.parser = parser;
    this.locations = locations;
  }

  /** The file's tree (null when it holds no value) and its locations; a syntax error surfaces as the parser's. */
  static Read read(Path file, ScenarioFormat format, String text) throws IOException {
    SourceLocations locations = SourceLocations.empty();
    try (JsonParser parser = format.factory().createParser(text)) {
      TreeReader reader = new TreeReader(file, parser, locations);
      JsonToken first = reader.next();
      if (first == null) return new Read(null, locations);
      JsonNode root = reader.value(first, 0);
      if (reader.next() != null) {
        throw reader.refuse("more than one YAML document or JSON value; a scenario file holds one mapping");
      }
      return new Read(root, locations);
    }
  }

  private JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token != null) {
      locations.record(parser, token);
      if (parser instanceof YAMLParser yaml) refuseAnchors(yaml);
    }
    return token;
  }

  private void refuseAnchors(YAMLParser yaml) throws IOException {
    if (yaml.isCurrentAlias()) {
      throw refuse("YAML aliases (*" + Quote.cut(yaml.getText()) + ") are not supported; write the value out in full");
    }
    if (yaml.getCurrentAnchor() != null) {
      throw refuse("YAML anchors (&" + Quote.cut(yaml.getCurrentAnchor()) + ") are not supported; write each value "
          + "out in full");
    }
  }

  private JsonNode value(JsonToken token, int depth) throws IOException {
    if (depth > ScenarioLimits.MAX_DEPTH) throw refuse("nested more than " + ScenarioLimits.MAX_DEPTH + " levels deep");
    switch (token) {
      case START_OBJECT:
        return object(depth);
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) array.add(value(t, depth + 1));
        return array;
      case VALUE_STRING:
        String text = parser.getText();
        if (text.length() > ScenarioLimits.MAX_STRING_CHARS) {
          throw refuse("a text value of " + text.length() + " characters; at most " + ScenarioLimits.MAX_STRING_CHARS
              + " are allowed (it starts: " + Quote.cut(text) + ")");
        }
        return NODES.textNode(text);
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw refuse("a value ctsim cannot read (" + token + "); write text, a number, true/false, a list or a mapping");
    }
  }

  private ObjectNode object(int depth) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (JsonToken t = next(); t != JsonToken.END_OBJECT; t = next()) {
      String name = parser.currentName();
      if (name.length() > 200) throw refuse("a key of " + name.length() + " characters: " + Quote.cut(name));
      object.set(name, value(next(), depth + 1));
    }
    return object;
  }

  private ScenarioException refuse(String message) {
    SourceLocations.At at = SourceLocations.at(parser.currentTokenLocation());
    JsonStreamContext context = parser.getParsingContext();
    String field = context == null ? "" : FieldPath.of(context);
    return new ScenarioException(new Problem(file, at.line(), at.column(), field, message));
  }
}
