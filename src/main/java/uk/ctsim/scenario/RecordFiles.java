package uk.ctsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loads a YAML or JSON file other than a scenario (an experiment file, a calibration target file) into a record,
 * with the scenario's checks: located syntax errors, every unknown key with a "did you mean", and the records' own
 * validation placed at the line of the field. The caller gets a {@link Locator} to place its own later checks.
 */
public final class RecordFiles {
  private RecordFiles() {}

  /** Places a problem about a field of a loaded file at the line where that field is written. */
  public interface Locator {
    Problem at(String field, String message);
  }

  /** A file bound to its record, with a locator for further problems. */
  public record Loaded<T>(T value, Locator locator) {}

  /**
   * Reads {@code file} as a {@code type}.
   *
   * @throws ScenarioException with every unknown key, or the first binding or validation problem
   */
  public static <T> Loaded<T> load(Path file, Class<T> type) {
    ScenarioLoader.Parsed parsed = ScenarioLoader.parse(file, type);
    ProblemTranslator problems = new ProblemTranslator(file, parsed.locations(), parsed.root(), Map.of());
    List<Problem> unknownKeys = KeyChecker.check(parsed.root(), type, problems);
    if (!unknownKeys.isEmpty()) throw new ScenarioException(unknownKeys);
    try {
      return new Loaded<>(parsed.format().mapper().treeToValue(parsed.root(), type), problems::at);
    } catch (JsonMappingException e) {
      throw new ScenarioException(problems.binding(e));
    } catch (JsonProcessingException e) {
      throw new ScenarioException(ProblemTranslator.syntax(file, e));
    }
  }
}
