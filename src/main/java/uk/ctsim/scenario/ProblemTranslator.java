package uk.ctsim.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns Jackson's exceptions and the records' validation failures into located {@link Problem}s. */
final class ProblemTranslator {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'");
  private static final Pattern QUOTED = Pattern.compile("'([^']{" + (Quote.MAX_CHARS + 1) + ",})'");
  private static final Pattern FIELD_PREFIX = Pattern.compile("^([A-Za-z0-9_.\\-\\[\\]]+): (.*)$", Pattern.DOTALL);

  private final Path file;
  private final SourceLocations locations;
  private final JsonNode root;
  private final Map<String, String> overridden;

  ProblemTranslator(Path file, SourceLocations locations, JsonNode root, Map<String, String> overridden) {
    this.file = file;
    this.locations = locations;
    this.root = root;
    this.overridden = overridden;
  }

  /** A syntax error (or a duplicate key) found while reading the file's tokens. */
  static Problem syntax(Path file, JsonProcessingException e) {
    SourceLocations.At at = e.getLocation() == null ? new SourceLocations.At(1, 1) : SourceLocations.at(e.getLocation());
    String message = firstLine(e.getOriginalMessage());
    String field = "";
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      String parent = e.getProcessor() instanceof JsonParser p ? FieldPath.parent(FieldPath.of(p.getParsingContext())) : "";
      return new Problem(file, at.line(), at.column(), FieldPath.child(parent, duplicate.group(1)),
          "duplicate key '" + Quote.cut(duplicate.group(1)) + "' (a key may appear only once in a mapping)");
    }
    if (e.getCause() instanceof MarkedYAMLException yaml) {
      message = firstLine(yaml.getProblem()) + (yaml.getContext() == null ? "" : " (" + firstLine(yaml.getContext()) + ")");
    }
    return new Problem(file, at.line(), at.column(), field, "syntax error: " + cutQuoted(message));
  }

  /** A problem at {@code field}, placed where the field (or the nearest enclosing one) is written. */
  Problem at(String field, String message) {
    for (var entry : overridden.entrySet()) {
      String p = entry.getKey();
      if (field.equals(p) || field.startsWith(p + ".") || field.startsWith(p + "[")) {
        return new Problem(file, 0, 0, field, message + " (from --set " + entry.getValue() + ")");
      }
    }
    SourceLocations.At at = locations.nearest(field);
    return new Problem(file, at.line(), at.column(), field, message);
  }

  Problem binding(JsonMappingException e) {
    String path = FieldPath.of(e.getPath());
    if (e instanceof UnrecognizedPropertyException u) return unknownKey(path, u);
    if (e instanceof InvalidFormatException f) return badValue(path, f);
    if (e instanceof MismatchedInputException m) {
      return at(path, "expected " + Describe.type(m.getTargetType()) + ", found " + Describe.node(nodeAt(path)));
    }
    if (e instanceof ValueInstantiationException) return validation(path, e);
    return at(path, firstLine(e.getOriginalMessage()));
  }

  private Problem unknownKey(String path, UnrecognizedPropertyException u) {
    List<String> known = Describe.propertyNames(u.getReferringClass());
    String hint = Suggest.didYouMean(u.getPropertyName(), known);
    if (hint.isEmpty()) hint = "; the keys here are " + String.join(", ", known);
    return at(path, "unknown key '" + Quote.cut(u.getPropertyName()) + "'" + hint);
  }

  private Problem badValue(String path, InvalidFormatException f) {
    Class<?> target = f.getTargetType();
    String value = String.valueOf(f.getValue());
    boolean mapKey = !path.endsWith("." + value) && nodeAt(path) != null && nodeAt(path).isObject() && nodeAt(path).has(value);
    String field = mapKey ? FieldPath.child(path, value) : path;
    if (target != null && target.isEnum()) {
      List<String> allowed = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      return at(field, "'" + Quote.cut(value) + "' is not one of " + String.join(", ", allowed)
          + Suggest.didYouMean(value, allowed));
    }
    return at(field, "'" + Quote.cut(value) + "' is not " + Describe.type(target));
  }

  private Problem validation(String path, JsonMappingException e) {
    Throwable cause = e.getCause();
    while (cause != null && !(cause instanceof IllegalArgumentException) && cause.getCause() != null) cause = cause.getCause();
    if (cause instanceof NullPointerException) return at(path, "a list or mapping here holds an empty (null) value");
    String message = cause == null || cause.getMessage() == null ? firstLine(e.getOriginalMessage()) : cause.getMessage();
    Matcher m = FIELD_PREFIX.matcher(message);
    if (!m.matches()) return at(path, message);
    String field = SourceLocations.canonical(FieldPath.child(path, m.group(1)), root);
    return at(field, m.group(2));
  }

  private JsonNode nodeAt(String path) {
    JsonNode node = root;
    if (path.isEmpty()) return node;
    for (PathSegment s : PathSegment.parse(path)) {
      if (node == null) return null;
      if (s instanceof PathSegment.Key k) node = node.get(k.name());
      else if (s instanceof PathSegment.Index i) node = node.get(i.index());
    }
    return node;
  }

  /** A parser's message with any quoted token in it cut to {@link Quote#MAX_CHARS} characters. */
  private static String cutQuoted(String message) {
    Matcher m = QUOTED.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement("'" + Quote.cut(m.group(1)) + "'"));
    m.appendTail(out);
    return out.length() <= 4 * Quote.MAX_CHARS ? out.toString() : out.substring(0, 4 * Quote.MAX_CHARS) + "...";
  }

  private static String firstLine(String text) {
    if (text == null) return "unreadable";
    String trimmed = text.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }
}
