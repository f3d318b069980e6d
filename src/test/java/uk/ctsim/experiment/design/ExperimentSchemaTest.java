package uk.ctsim.experiment.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published experiment schema names exactly the records' fields and enums, and every shipped experiment passes it. */
class ExperimentSchemaTest {
  private static final String RESOURCE = "/schema/experiment.schema.json";

  private static JsonNode schema() throws IOException {
    try (InputStream in = ExperimentSchemaTest.class.getResourceAsStream(RESOURCE)) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void recordsAndEnumsMatchTheSchema() throws IOException {
    JsonNode defs = schema().get("$defs");
    for (Class<?> record : List.of(ExperimentSpec.class, DesignSpec.class, ParameterSpec.class, RangeSpec.class,
        DistributionSpec.class)) {
      List<String> properties = new ArrayList<>();
      defs.get(record.getSimpleName()).get("properties").fieldNames().forEachRemaining(properties::add);
      assertThat(properties).as(record.getSimpleName())
          .containsExactlyElementsOf(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
      assertThat(defs.get(record.getSimpleName()).get("additionalProperties").asBoolean(true)).isFalse();
    }
    for (Class<? extends Enum<?>> e : List.of(DesignType.class, DistributionType.class)) {
      List<String> values = new ArrayList<>();
      defs.get(e.getSimpleName()).get("enum").forEach(v -> values.add(v.asText()));
      assertThat(values).containsExactlyElementsOf(Arrays.stream(e.getEnumConstants()).map(Enum::name).toList());
    }
  }

  @Test
  void everyShippedExperimentPassesTheSchemaAndTheLoader() throws IOException {
    JsonSchema schema;
    try (InputStream in = ExperimentSchemaTest.class.getResourceAsStream(RESOURCE)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("scenarios/experiments").toAbsolutePath())) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(2);
    for (Path f : files) {
      assertThat(schema.validate(new YAMLMapper().readTree(f.toFile()))).as(f.toString()).isEmpty();
      assertThat(ExperimentFile.load(f).design().size()).as(f.toString()).isPositive();
    }
    JsonNode bad = new YAMLMapper().readTree("scenario: x\ndesign: {type: SOBOL}\nparameters: [{path: a, values: [1], range: {min: 0, max: 1}}]\nextra: 1\n");
    assertThat(schema.validate(bad)).hasSizeGreaterThanOrEqualTo(2);
  }
}
