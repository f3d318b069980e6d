package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped scenario, and every valid fixture, passes both the loader and the JSON Schema. */
class ScenarioFilesTest {
  static Stream<Path> scenarioFiles() throws IOException {
    Stream<Path> shipped = Files.list(Path.of("scenarios").toAbsolutePath());
    Stream<Path> fixtures = Files.list(Path.of("src/test/resources/scenarios/valid").toAbsolutePath());
    return Stream.concat(shipped, fixtures).filter(f -> ScenarioFormat.of(f).isPresent()).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarioFiles")
  void loads(Path file) {
    assertThat(ScenarioLoader.load(file).name()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarioFiles")
  void conformsToTheSchema(Path file) {
    assertThat(SchemaValidator.validate(file)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theQuickstartIsAmongThem() throws IOException {
    assertThat(scenarioFiles()).contains(Path.of("scenarios/quickstart.yaml").toAbsolutePath());
  }
}
