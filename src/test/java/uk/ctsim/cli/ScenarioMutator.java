package uk.ctsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutates a scenario the way a new user might get it wrong: values replaced by extreme, empty, wrongly typed or
 * formula-like ones, keys deleted, misspelt or added, list elements dropped or duplicated, distributions widened,
 * events moved out of the period, phases removed; and, on the text, lines deleted or duplicated, YAML anchors and
 * aliases, tabs, truncation. Every choice comes from the given generator, so a case is reproduced from its seed.
 */
final class ScenarioMutator {
  /** A long value: messages must quote at most 80 characters of it. */
  static final String LONG = "LONGVALUE" + "Z".repeat(400);

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<JsonNode> VALUES = List.of(NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1),
      NODES.numberNode(1_000_000_000), NODES.numberNode(-1e9), NODES.numberNode(0.5), NODES.numberNode(1e308),
      NODES.numberNode(3), NODES.numberNode(20000), NODES.textNode(""), NODES.textNode("=HYPERLINK(\"http://x\",\"y\")"),
      NODES.textNode("-2+3"), NODES.textNode("@SUM(A1)"), NODES.textNode(LONG), NODES.nullNode(), NODES.booleanNode(true),
      NODES.textNode("2017-02-30"), NODES.textNode("2040-12-31"), NODES.textNode("2016-12-31"), NODES.textNode("NaN"),
      NODES.textNode("Infinity"), NODES.arrayNode(), NODES.objectNode(), NODES.textNode("a b/c"), NODES.textNode("é€😀"));

  private final Random random;

  ScenarioMutator(long seed) {
    this.random = new Random(seed);
  }

  /** The mutated text of {@code base} (a scenario tree), with its period kept to at most {@code maxDays}. */
  String mutate(ObjectNode base, int maxDays) {
    ObjectNode tree = base.deepCopy();
    boolean mild = random.nextBoolean(); // half the cases keep the file plausible, so that many are accepted and run
    int mutations = 1 + random.nextInt(mild ? 2 : 3);
    for (int i = 0; i < mutations; i++) {
      if (mild) mildMutation(tree);
      else treeMutation(tree);
    }
    shorten(tree, maxDays);
    String text = write(tree);
    return !mild && random.nextInt(4) == 0 ? textMutation(text) : text;
  }

  /** Changes a plausible user might make: other numbers, wider distributions, dates moved, lists changed. */
  private void mildMutation(ObjectNode root) {
    switch (random.nextInt(6)) {
      case 0, 1 -> scaleNumber(root, List.of(0.0, 0.5, 2.0, 3.0, 10.0));
      case 2 -> widenDistribution(root);
      case 3 -> moveOutOfPeriod(root);
      case 4 -> {
        if (root.path("incidents").path("types") instanceof ObjectNode types && types.size() > 0) {
          ((ObjectNode) types.get(anyKey(types))).putArray("phases");
        }
      }
      default -> dropElement(root);
    }
  }

  private void treeMutation(ObjectNode root) {
    switch (random.nextInt(12)) {
      case 0, 1, 2 -> replaceValue(root);
      case 3 -> deleteKey(root);
      case 4 -> duplicateElement(root);
      case 5 -> dropElement(root);
      case 6 -> renameKey(root);
      case 7 -> scaleNumber(root, List.of(-1.0, 0.0, 10.0, 1000.0, 1e-3, 1e6));
      case 8 -> addUnknownKey(root);
      case 9 -> widenDistribution(root);
      case 10 -> moveOutOfPeriod(root);
      default -> removePhases(root);
    }
  }

  /** Every container node in the tree with its path depth, in document order. */
  private List<JsonNode> containers(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node.isContainerNode() && node.size() > 0) out.add(node);
    for (JsonNode child : node) out.addAll(containers(child));
    return out;
  }

  private JsonNode anyContainer(JsonNode root, boolean arrays) {
    List<JsonNode> all = containers(root).stream().filter(n -> n.isArray() == arrays).toList();
    return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
  }

  private String anyKey(ObjectNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys.get(random.nextInt(keys.size()));
  }

  private void replaceValue(ObjectNode root) {
    JsonNode value = VALUES.get(random.nextInt(VALUES.size()));
    JsonNode container = anyContainer(root, random.nextInt(4) == 0);
    if (container instanceof ObjectNode o) o.set(anyKey(o), value);
    else if (container instanceof ArrayNode a) a.set(random.nextInt(a.size()), value);
  }

  private void deleteKey(ObjectNode root) {
    if (anyContainer(root, false) instanceof ObjectNode o) o.remove(anyKey(o));
  }

  private void duplicateElement(ObjectNode root) {
    if (anyContainer(root, true) instanceof ArrayNode a) a.add(a.get(random.nextInt(a.size())).deepCopy());
  }

  private void dropElement(ObjectNode root) {
    if (anyContainer(root, true) instanceof ArrayNode a) a.remove(random.nextInt(a.size()));
  }

  private void renameKey(ObjectNode root) {
    if (anyContainer(root, false) instanceof ObjectNode o) {
      String key = anyKey(o);
      JsonNode value = o.remove(key);
      o.set(key.length() > 1 ? key.substring(1) : key + "x", value);
    }
  }

  private void scaleNumber(ObjectNode root, List<Double> factors) {
    List<Map.Entry<ObjectNode, String>> numbers = new ArrayList<>();
    for (JsonNode c : containers(root)) {
      if (c instanceof ObjectNode o) {
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
          var e = it.next();
          if (e.getValue().isNumber()) numbers.add(Map.entry(o, e.getKey()));
        }
      }
    }
    if (numbers.isEmpty()) return;
    var pick = numbers.get(random.nextInt(numbers.size()));
    double factor = factors.get(random.nextInt(factors.size()));
    JsonNode old = pick.getKey().get(pick.getValue());
    if (old.isIntegralNumber() && factor == Math.rint(factor)) pick.getKey().put(pick.getValue(), old.asLong() * (long) factor);
    else pick.getKey().put(pick.getValue(), old.asDouble() * factor);
  }

  private void addUnknownKey(ObjectNode root) {
    if (anyContainer(root, false) instanceof ObjectNode o) o.put(random.nextBoolean() ? "oficers" : LONG, 1);
  }

  private void widenDistribution(ObjectNode root) {
    JsonNode generators = root.path("generators");
    if (!generators.isArray() || generators.isEmpty()) return;
    ObjectNode g = (ObjectNode) generators.get(random.nextInt(generators.size()));
    g.put("officersMedian", List.of(20000.0, 5000.0, 900.0, 1.0).get(random.nextInt(4)));
    g.put("officersSigma", List.of(3.0, 2.0, 1.0, 0.0).get(random.nextInt(4)));
  }

  private void moveOutOfPeriod(ObjectNode root) {
    JsonNode events = root.path("events");
    if (events.isArray() && !events.isEmpty()) {
      ObjectNode e = (ObjectNode) events.get(random.nextInt(events.size()));
      e.put("start", "2019-01-01");
      e.remove("planningDate");
    }
    JsonNode scheduled = root.path("incidents").path("scheduled");
    if (scheduled.isArray() && !scheduled.isEmpty() && random.nextBoolean()) {
      ((ObjectNode) scheduled.get(0)).put("at", "2016-03-01T12:00");
    }
  }

  private void removePhases(ObjectNode root) {
    if (root.path("incidents").path("types") instanceof ObjectNode types && types.size() > 0) {
      ((ObjectNode) types.get(anyKey(types))).putArray("phases");
    } else {
      replaceValue(root);
    }
    if (random.nextBoolean() && root.path("events") instanceof ArrayNode events && !events.isEmpty()) {
      ((ObjectNode) events.get(0)).put("id", List.of("=cmd|' /C calc'!A0", "-1+1", "a b", "x".repeat(65))
          .get(random.nextInt(4)));
    }
  }

  /** Keeps a run short: a period longer than {@code maxDays} ends {@code maxDays - 1} days after it starts. */
  private static void shorten(ObjectNode root, int maxDays) {
    if (!(root.get("period") instanceof ObjectNode period)) return;
    try {
      LocalDate start = LocalDate.parse(period.path("start").asText());
      LocalDate end = LocalDate.parse(period.path("end").asText());
      if (end.isAfter(start.plusDays(maxDays - 1L))) period.put("end", start.plusDays(maxDays - 1L).toString());
    } catch (DateTimeParseException notADate) {
      // left as the mutation made it; validation must refuse it
    }
  }

  private String textMutation(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (random.nextInt(6)) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, lines.get(at));
      case 2 -> lines.set(at, lines.get(at).replaceFirst(": ", ": &anchor "));
      case 3 -> lines.set(at, lines.get(at).replaceFirst(": .*", ": *anchor"));
      case 4 -> lines.set(at, "\t" + lines.get(at));
      default -> {
        return text.substring(0, random.nextInt(text.length()));
      }
    }
    return String.join("\n", lines);
  }

  private static String write(ObjectNode tree) {
    try {
      return YAML.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode read(String yaml) {
    try {
      return (ObjectNode) YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
