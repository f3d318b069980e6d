package uk.ctsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;

/**
 * Writes a scenario as it is run (after overrides, with every default filled in) to YAML or JSON that
 * {@link ScenarioLoader} reads back to an equal scenario. Keys follow the records' component order, maps and sets are
 * sorted, dates are ISO text: the same scenario always gives the same bytes.
 */
public final class ScenarioWriter {
  private ScenarioWriter() {}

  public static String toYaml(Scenario scenario) {
    return write(ScenarioFormat.YAML, scenario);
  }

  public static String toJson(Scenario scenario) {
    return write(ScenarioFormat.JSON, scenario) + "\n";
  }

  private static String write(ScenarioFormat format, Scenario scenario) {
    try {
      return format.mapper().writeValueAsString(Require.notNull(scenario));
    } catch (JsonProcessingException e) {
      // The records hold only types Jackson writes; failing here is a bug, not a user mistake.
      throw new UncheckedIOException("cannot write scenario " + scenario.name(), e);
    }
  }
}
