package uk.ctsim.scenario;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks a scenario file against the published JSON Schema ({@code /schema/scenario.schema.json}, draft 2020-12), the
 * same schema editors use for completion and help. The schema covers keys, types, enums and ranges; checks between
 * fields (unique ids, date order, shares adding up to 1) are the loader's.
 */
public final class SchemaValidator {
  /** Classpath location of the schema. */
  public static final String SCHEMA_RESOURCE = "/schema/scenario.schema.json";

  private static final JsonSchema SCHEMA = loadSchema();

  private SchemaValidator() {}

  /**
   * The schema violations in {@code file}, in file order; empty when it conforms.
   *
   * @throws ScenarioException when the file cannot be read or parsed at all
   */
  public static List<Problem> validate(Path file) {
    ScenarioLoader.Parsed parsed = ScenarioLoader.parse(file);
    ProblemTranslator place = new ProblemTranslator(file, parsed.locations(), parsed.root(), Map.of());
    return SCHEMA.validate(parsed.root()).stream()
        .map(m -> place.at(path(m.getInstanceLocation(), m), text(m)))
        .distinct()
        .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::field)
            .thenComparing(Problem::message))
        .toList();
  }

  /** The field a message is about; for an unknown key, the key itself rather than the mapping holding it. */
  private static String path(JsonNodePath location, ValidationMessage message) {
    String path = "";
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      path = element instanceof Integer index ? FieldPath.element(path, index) : FieldPath.child(path, String.valueOf(element));
    }
    if ("additionalProperties".equals(message.getType()) && message.getProperty() != null) {
      path = FieldPath.child(path, message.getProperty());
    }
    return path;
  }

  /** The message without the instance location that the library puts in front of it. */
  private static String text(ValidationMessage message) {
    String text = message.getMessage();
    String prefix = message.getInstanceLocation().toString() + ": ";
    return "schema: " + (text.startsWith(prefix) ? text.substring(prefix.length()) : text);
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = SchemaValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) throw new IllegalStateException("schema missing from the classpath: " + SCHEMA_RESOURCE);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }
}
