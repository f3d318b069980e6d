package uk.ctsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario from a YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}) file, applies {@code --set}
 * overrides and validates it. Every mistake becomes a {@link ScenarioException} naming file, line, column and field.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  public static Scenario load(Path file) {
    return load(file, List.of());
  }

  /**
   * Loads {@code file} with {@code overrides} such as {@code run.seed=7} or
   * {@code events[id=wac-2017].staffing[0].officers=900} applied before validation.
   *
   * @throws ScenarioException for any mistake in the file or the overrides
   */
  public static Scenario load(Path file, List<String> overrides) {
    return bind(file, parse(file, Scenario.class), overrides);
  }

  /**
   * Loads a scenario held in memory, such as the scenario as run that a run folder's manifest holds, without a
   * temporary file. {@code name} is used in error messages and its extension ({@code .json}, {@code .yaml}) gives
   * the format.
   *
   * @throws ScenarioException for any mistake in the text
   */
  public static Scenario loadText(Path name, String text) {
    ScenarioLimits.checkSize(name, text.getBytes(StandardCharsets.UTF_8).length);
    return bind(name, parse(name, Scenario.class, text), List.of());
  }

  private static Scenario bind(Path file, Parsed parsed, List<String> overrides) {
    Map<String, String> changed = Overrides.apply(file, parsed.root(), overrides);
    ProblemTranslator problems = new ProblemTranslator(file, parsed.locations(), parsed.root(), changed);
    List<Problem> unknownKeys = KeyChecker.check(parsed.root(), problems);
    if (!unknownKeys.isEmpty()) throw new ScenarioException(unknownKeys);
    try {
      return parsed.format().mapper().treeToValue(parsed.root(), Scenario.class);
    } catch (JsonMappingException e) {
      throw new ScenarioException(problems.binding(e));
    } catch (JsonProcessingException e) {
      throw new ScenarioException(ProblemTranslator.syntax(file, e));
    }
  }

  /** A file read into a tree, with where each field is written. */
  record Parsed(ScenarioFormat format, ObjectNode root, SourceLocations locations) {}

  /** Reads and parses {@code file}; the tree is not yet bound to records. */
  static Parsed parse(Path file) {
    return parse(file, Scenario.class);
  }

  /** Reads and parses {@code file} whose top level is to be bound to the record {@code type}. */
  static Parsed parse(Path file, Class<?> type) {
    format(file); // an unsupported type is refused before the file is read
    return parse(file, type, read(file));
  }

  private static ScenarioFormat format(Path file) {
    return ScenarioFormat.of(file).orElseThrow(() -> new ScenarioException(new Problem(file, 0, 0, "",
        "unsupported file type; a scenario is YAML (.yaml, .yml) or JSON (.json)")));
  }

  private static Parsed parse(Path file, Class<?> type, String text) {
    ScenarioFormat format = format(file);
    if (text.isBlank()) throw new ScenarioException(new Problem(file, 0, 0, "", "the file is empty"));
    // YAML only: a JSON file written by a program is often one long line, and Jackson's JSON parser is linear anyway.
    if (format == ScenarioFormat.YAML) ScenarioLimits.checkLines(file, text);
    try {
      TreeReader.Read read = TreeReader.read(file, format, text);
      JsonNode root = read.root();
      SourceLocations locations = read.locations();
      if (!(root instanceof ObjectNode object)) {
        if (root == null || root.isMissingNode() || root.isNull()) throw new ScenarioException(new Problem(file, 0, 0, "", "the file is empty"));
        throw new ScenarioException(new Problem(file, 1, 1, "",
            "the top level must be a mapping of keys (" + String.join(", ", Describe.propertyNames(type)) + ")"));
      }
      return new Parsed(format, object, locations);
    } catch (JsonProcessingException e) {
      throw new ScenarioException(ProblemTranslator.syntax(file, e));
    } catch (IOException e) {
      throw new ScenarioException(new Problem(file, 0, 0, "", "cannot read the file: " + e.getMessage()));
    }
  }

  private static String read(Path file) {
    try {
      ScenarioLimits.checkSize(file, Files.size(file));
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      throw new ScenarioException(new Problem(file, 0, 0, "", "no such file"));
    } catch (CharacterCodingException e) {
      throw new ScenarioException(new Problem(file, 0, 0, "", "the file is not UTF-8 text"));
    } catch (IOException e) {
      throw new ScenarioException(new Problem(file, 0, 0, "", "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
    }
  }
}
