package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-maintained schema names exactly the records' fields and the enums' values, so it cannot drift. */
class SchemaMatchesRecordsTest {
  static JsonNode defs;

  @BeforeAll
  static void readSchema() throws IOException {
    try (InputStream in = SchemaValidator.class.getResourceAsStream(SchemaValidator.SCHEMA_RESOURCE)) {
      defs = new ObjectMapper().readTree(in).get("$defs");
    }
  }

  @Test
  void everyRecordHasItsFieldsAndNoOthers() {
    Set<Class<?>> types = new LinkedHashSet<>();
    collect(Scenario.class, types);
    for (Class<?> type : types) {
      if (!type.isRecord()) continue;
      JsonNode def = defs.get(type.getSimpleName());
      assertThat(def).as("$defs.%s", type.getSimpleName()).isNotNull();
      List<String> properties = new ArrayList<>();
      def.get("properties").fieldNames().forEachRemaining(properties::add);
      assertThat(properties).as("properties of %s", type.getSimpleName())
          .containsExactlyElementsOf(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
      assertThat(def.get("additionalProperties").asBoolean(true)).as("%s rejects unknown keys", type.getSimpleName()).isFalse();
    }
    assertThat(types).contains(Establishment.class, PaySpec.PremiumRules.class, ThreatSpec.Change.class);
  }

  @Test
  void everyEnumHasItsValues() {
    Set<Class<?>> types = new LinkedHashSet<>();
    collect(Scenario.class, types);
    for (Class<?> type : types) {
      if (!type.isEnum()) continue;
      String name = type.getEnclosingClass() == null ? type.getSimpleName() : type.getEnclosingClass().getSimpleName() + type.getSimpleName();
      JsonNode def = defs.get(name);
      assertThat(def).as("$defs.%s", name).isNotNull();
      List<String> values = new ArrayList<>();
      def.get("enum").forEach(v -> values.add(v.asText()));
      assertThat(values).as("values of %s", name)
          .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    }
  }

  @Test
  void documentedFieldsCarryTheirJavadoc() {
    assertThat(defs.at("/Establishment/properties/officers/description").asText()).isEqualTo("number of officers (headcount)");
    assertThat(defs.at("/Establishment/properties/officers/minimum").asInt()).isZero();
    assertThat(defs.at("/Establishment/properties/officers/maximum").asInt()).isEqualTo(Establishment.MAX_OFFICERS);
  }

  private static void collect(Type type, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) collect(argument, seen);
      return;
    }
    if (!(type instanceof Class<?> c) || !(c.isRecord() || c.isEnum()) || !seen.add(c)) return;
    if (c.isRecord()) for (RecordComponent rc : c.getRecordComponents()) collect(rc.getGenericType(), seen);
  }
}
