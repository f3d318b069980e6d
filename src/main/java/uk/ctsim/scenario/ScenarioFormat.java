package uk.ctsim.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The two file formats and their strictly configured Jackson mappers. */
enum ScenarioFormat {
  YAML(strict(YAMLMapper.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))),
  JSON(strict(JsonMapper.builder()).enable(SerializationFeature.INDENT_OUTPUT));

  private final ObjectMapper mapper;

  ScenarioFormat(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  JsonFactory factory() {
    return mapper.getFactory();
  }

  /** The format for a file name, or empty when the extension is not one we read. */
  static java.util.Optional<ScenarioFormat> of(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) return java.util.Optional.of(YAML);
    if (name.endsWith(".json")) return java.util.Optional.of(JSON);
    return java.util.Optional.empty();
  }

  /**
   * Rejects what a lenient mapper would guess at: unknown keys, duplicate keys, trailing content, "12" for 12,
   * 3.5 for an integer. Writes dates as ISO text and maps and sets in a fixed order so output is byte-stable.
   */
  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> ObjectMapper strict(B builder) {
    SimpleModule sortedSets = new SimpleModule("sorted-sets");
    sortedSets.addSerializer(new SortedSetSerializer());
    sortedSets.addSerializer(Double.class, new PlainDoubleSerializer());
    return builder
        .addModule(new JavaTimeModule())
        .addModule(sortedSets)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }

  /** Writes 327000000.0 as {@code 327000000.0}, not {@code 3.27E8}, for the planners who read written scenarios. */
  private static final class PlainDoubleSerializer extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    PlainDoubleSerializer() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value.isNaN() || value.isInfinite()) gen.writeNumber(value);
      else gen.writeNumber(new java.math.BigDecimal(value.toString()).toPlainString());
    }
  }

  /** Writes a set sorted by its elements' natural order (the records hold unordered {@code Set.copyOf} sets). */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class SortedSetSerializer extends StdSerializer<Set> {
    private static final long serialVersionUID = 1L;

    SortedSetSerializer() {
      super(Set.class);
    }

    @Override
    public void serialize(Set value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartArray();
      for (Object element : new TreeSet<>(value)) provider.defaultSerializeValue(element, gen);
      gen.writeEndArray();
    }
  }
}
