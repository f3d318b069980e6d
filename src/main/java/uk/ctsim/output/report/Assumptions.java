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
 * found by walking the scenario as the writer writes it) with its value, its source as {@code docs/SOURCES.md} gives it,
 * the text of the public figure that source refers to ({@code docs/PUBLIC-FIGURES.md}, with the publication) and a
 * link to that figure's section. A parameter is matched to a row of SOURCES.md by the name in backticks that its path
 * ends with or runs through, else by a row named in plain words (such as "MET ARMED" or "CONSTABLE pay") that fits the
 * path, list elements being named by their id, name or kind (see {@link #score}).
 */
public final class Assumptions {
  static final String SOURCES_RESOURCE = "/docs/SOURCES.md";
  static final String SEE_SOURCES = "see docs/SOURCES.md";
  private static final Pattern ROW = Pattern.compile("^\\|([^|]*)\\|[^|]*\\|(.*)\\|\\s*$");
  private static final Pattern URL = Pattern.compile("https://[^\\s)|,;]+");
  private static final Pattern NAME = Pattern.compile("`([A-Za-z][A-Za-z0-9_.]*)`");
  // Compiled once: a scenario has thousands of parameters, each matched with these.
  private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
  private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  private Assumptions() {}

  public static Table register(Scenario scenario) {
    Index sources = new Index(sources());
    PublicFigures figures = PublicFigures.load();
    List<List<Object>> rows = new ArrayList<>();
    flatten("", "", tree(scenario), (path, words, value) -> {
      String source = sources.source(path, words);
      List<PublicFigures.Figure> referred = figures.referredTo(source);
      String text = String.join("; ", referred.stream().map(PublicFigures.Figure::text).toList());
      Matcher url = URL.matcher(source);
      String link = url.find() ? url.group() : referred.isEmpty() ? (source.equals(SEE_SOURCES) ? "" : "docs/SOURCES.md")
          : referred.get(0).link();
      rows.add(List.of(path, value, source, text, link));
    });
    return new Table("Assumptions", Table.columns("Parameter", Type.TEXT, "Value", Type.TEXT, "Source", Type.TEXT,
        "Public figure and publication", Type.TEXT, "Link", Type.TEXT), rows);
  }

  private static JsonNode tree(Scenario scenario) {
    try {
      return new ObjectMapper().readTree(ScenarioWriter.toJson(scenario));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the scenario writer wrote JSON that does not parse", e);
    }
  }

  interface Sink {
    void accept(String path, String matchPath, String value);
  }

  /** Walks the tree; {@code matchPath} names list elements by their id or name, for matching against SOURCES.md. */
  static void flatten(String path, String matchPath, JsonNode node, Sink sink) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
          matchPath + "." + e.getKey(), e.getValue(), sink));
    } else if (node.isArray()) {
      if (node.isEmpty()) sink.accept(path, matchPath, "(none)");
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        String name = element.path("id").asText("") + " " + element.path("name").asText("") + " "
            + element.path("kind").asText("");
        flatten(path + "[" + i + "]", matchPath + " " + name.trim(), element, sink);
      }
    } else {
      sink.accept(path, matchPath, node.isNull() ? "(not set)" : node.asText());
    }
  }

  /**
   * The source of the longest parameter name in SOURCES.md that the path ends with or runs through (a map such as
   * {@code posture.levelMultiplier.SEVERE}), ignoring list indices; else of the
   * row named in plain words that best fits the path (and the names of its list elements): see {@link #score}.
   */
  static String source(String path, String matchPath, Map<String, String> sources) {
    return new Index(sources).source(path, matchPath);
  }

  /**
   * The rows of SOURCES.md with the rows named in plain words parsed once ({@link #alternatives}): a scenario has
   * thousands of parameters, and parsing every row's words again for each (regular expressions) took a quarter of a
   * one-replication run with the report and workbook.
   */
  static final class Index {
    private final Map<String, String> sources;
    private final Map<String, List<Alternative>> wordRows = new LinkedHashMap<>();

    Index(Map<String, String> sources) {
      this.sources = sources;
      for (String key : sources.keySet()) {
        if (key.startsWith(WORDS)) wordRows.put(key, alternatives(key.substring(WORDS.length())));
      }
    }

    String source(String path, String matchPath) {
      String plain = INDEX.matcher(path).replaceAll("");
      String best = null;
      for (String name : sources.keySet()) {
        if (name.startsWith(WORDS)) continue;
        boolean names = plain.equals(name) || plain.endsWith("." + name) || plain.startsWith(name + ".")
            || plain.contains("." + name + ".");
        if (names && (best == null || name.length() > best.length())) best = name;
      }
      if (best != null) return sources.get(best);
      java.util.Set<String> have = new java.util.HashSet<>(words(matchPath));
      java.util.Set<String> last = new java.util.HashSet<>(words(matchPath.substring(matchPath.lastIndexOf('.') + 1)));
      double most = 0;
      for (Map.Entry<String, List<Alternative>> row : wordRows.entrySet()) {
        double score = score(row.getValue(), have, last);
        if (score > most) {
          best = row.getKey();
          most = score;
        }
      }
      return best == null ? SEE_SOURCES : sources.get(best);
    }
  }

  /** One alternative of a row named in plain words: the words a path must have, and all its words. */
  record Alternative(List<String> required, List<String> words) {}

  /**
   * How well a row named in plain words fits a path's words; 0 when it does not. A name may list alternatives with
   * commas ("FIREARMS, EXPLOSIVE, MARAUDING profiles"; "MET NEIGHBOURHOOD, RESPONSE" meaning MET RESPONSE too). In an
   * alternative, its upper-case names (enum constants such as MET or ARMED) must all be in the path; without any, all
   * its words must be; and the words it shares with the path must not all be in the path's last part (a map key such as
   * CRITICAL in {@code ratePerYearByLevel.CRITICAL} does not make the row about that parameter, while "CONSTABLE pay"
   * is about {@code pay.annualPayGbp.CONSTABLE}). The score is the number of
   * required words, plus a little for other words that match.
   */
  static double score(String rowName, java.util.Set<String> have, java.util.Set<String> last) {
    return score(alternatives(rowName), have, last);
  }

  /** The alternatives of a row name, each with its required words (see {@link #score}). */
  static List<Alternative> alternatives(String rowName) {
    String[] parts = rowName.replaceAll("\\(.*?\\)", "").split(",");
    String[] first = parts[0].trim().split("\\s+");
    String prefix = first.length > 1 ? String.join(" ", java.util.Arrays.copyOf(first, first.length - 1)) + " " : "";
    List<Alternative> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String alternative = (i == 0 ? "" : prefix) + parts[i].trim();
      List<String> upper = new ArrayList<>();
      for (String token : alternative.split("\\s+")) {
        if (token.matches("[A-Z][A-Z_]+")) upper.add(token.toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      }
      List<String> required = upper.isEmpty() ? words(alternative) : words(String.join(" ", upper));
      out.add(new Alternative(required, words(alternative)));
    }
    return out;
  }

  private static double score(List<Alternative> alternatives, java.util.Set<String> have, java.util.Set<String> last) {
    double best = 0;
    for (Alternative a : alternatives) {
      if (a.required().isEmpty() || !have.containsAll(a.required())) continue;
      List<String> matched = a.words().stream().filter(have::contains).toList();
      if (last.containsAll(matched)) continue;
      double extra = matched.size() - a.required().size();
      best = Math.max(best, a.required().size() + extra / 100.0);
    }
    return best;
  }

  static String source(String path, Map<String, String> sources) {
    return source(path, path, sources);
  }

  /** Lower-case words of a path or row name; camelCase is split ("annualPayGbp" is annual, pay, gbp). */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    String split = CAMEL.matcher(text).replaceAll("$1 $2").toLowerCase(java.util.Locale.ROOT);
    for (String w : NOT_WORD.split(split)) if (!w.isEmpty()) words.add(w);
    return words;
  }

  /** Key prefix of a row named in plain words rather than by a parameter name in backticks. */
  static final String WORDS = "words:";

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
      String first = row.group(1).trim();
      if (!first.contains("`") && !first.isEmpty() && !first.equals("parameter") && !first.equals("event")
          && !first.startsWith("---")) {
        sources.putIfAbsent(WORDS + first, row.group(2).trim().replace("`", ""));
      }
      while (name.find()) {
        // "EventSpec.planningDate" names a field of every event: match it by the field name.
        String key = name.group(1).replaceFirst("^[A-Z][A-Za-z]*\\.", "");
        sources.putIfAbsent(key, row.group(2).trim().replace("`", ""));
      }
    }
    return sources;
  }
}
