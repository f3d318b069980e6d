package uk.ctsim.output.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ctsim.output.report.Table.Type;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioWriter;

/**
 * The assumptions register: every parameter of the scenario as run (every field of its records, defaults filled in,
 * found by walking the scenario as the writer writes it) with its value and, where {@code docs/SOURCES.md} names one,
 * its source.
 */
public final class Assumptions {
  static final String SOURCES_RESOURCE = "/docs/SOURCES.md";
  static final String SEE_SOURCES = "see docs/SOURCES.md";
  private static final Pattern ROW = Pattern.compile("^\\|([^|]*)\\|[^|]*\\|(.*)\\|\\s*$");
  private static final Pattern NAME = Pattern.compile("`([A-Za-z][A-Za-z0-9_.]*)`");

  private Assumptions() {}

  public static Table register(Scenario scenario) {
    Map<String, String> sources = sources();
    List<List<Object>> rows = new ArrayList<>();
    flatten("", tree(scenario), (path, value) -> rows.add(List.of(path, value, source(path, sources))));
    return new Table("Assumptions", Table.columns("Parameter", Type.TEXT, "Value", Type.TEXT, "Source", Type.TEXT), rows);
  }

  private static JsonNode tree(Scenario scenario) {
    try {
      return new ObjectMapper().readTree(ScenarioWriter.toJson(scenario));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the scenario writer wrote JSON that does not parse", e);
    }
  }

  interface Sink {
    void accept(String path, String value);
  }

  static void flatten(String path, JsonNode node, Sink sink) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), sink));
    } else if (node.isArray()) {
      if (node.isEmpty()) sink.accept(path, "(none)");
      for (int i = 0; i < node.size(); i++) flatten(path + "[" + i + "]", node.get(i), sink);
    } else {
      sink.accept(path, node.isNull() ? "(not set)" : node.asText());
    }
  }

  /** The source of the longest parameter name in SOURCES.md that the path ends with, ignoring list indices. */
  static String source(String path, Map<String, String> sources) {
    String plain = path.replaceAll("\\[\\d+]", "");
    String best = null;
    for (String name : sources.keySet()) {
      if ((plain.equals(name) || plain.endsWith("." + name)) && (best == null || name.length() > best.length())) best = name;
    }
    return best == null ? SEE_SOURCES : sources.get(best);
  }

  /** Parameter name to source, from the tables of SOURCES.md whose first column names parameters in backticks. */
  static Map<String, String> sources() {
    try (InputStream in = Assumptions.class.getResourceAsStream(SOURCES_RESOURCE)) {
      if (in == null) throw new IllegalStateException(SOURCES_RESOURCE + " is not on the class path; the build copies docs/SOURCES.md there");
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SOURCES_RESOURCE, e);
    }
  }

  static Map<String, String> parse(String markdown) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (String line : markdown.split("\n")) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()) continue;
      Matcher name = NAME.matcher(row.group(1));
      while (name.find()) {
        // "EventSpec.planningDate" names a field of every event: match it by the field name.
        String key = name.group(1).replaceFirst("^[A-Z][A-Za-z]*\\.", "");
        sources.putIfAbsent(key, row.group(2).trim().replace("`", ""));
      }
    }
    return sources;
  }
}
