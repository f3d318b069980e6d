package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the writer writes, the loader reads back to an equal scenario, byte-stable and schema-valid. */
class RoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"scenarios/quickstart.yaml", "src/test/resources/scenarios/valid/minimal.yaml"})
  void yamlAndJsonReadBackEqual(String source) throws IOException {
    Scenario original = ScenarioLoader.load(Path.of(source), List.of("run.seed=99"));

    Path yaml = Files.writeString(dir.resolve("out.yaml"), ScenarioWriter.toYaml(original));
    Path json = Files.writeString(dir.resolve("out.json"), ScenarioWriter.toJson(original));

    assertThat(ScenarioLoader.load(yaml)).isEqualTo(original);
    assertThat(ScenarioLoader.load(json)).isEqualTo(original);
    assertThat(SchemaValidator.validate(yaml)).isEmpty();
    assertThat(SchemaValidator.validate(json)).isEmpty();
  }

  @Test
  void textInMemoryLoadsWithoutAFileAndItsMistakesNameTheGivenName() {
    Scenario original = ScenarioLoader.load(QuickstartTest.QUICKSTART);
    Path name = Path.of("run/manifest.json");
    assertThat(ScenarioLoader.loadText(name, ScenarioWriter.toJson(original))).isEqualTo(original);
    assertThat(ScenarioLoader.loadText(Path.of("x.yaml"), ScenarioWriter.toYaml(original))).isEqualTo(original);
    assertThat(Files.exists(name)).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioLoader.loadText(name, "{\"nmae\": \"x\"}"))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("run/manifest.json").hasMessageContaining("nmae");
  }

  @Test
  void outputIsDeterministicAndUsesIsoDates() {
    Scenario s = ScenarioLoader.load(QuickstartTest.QUICKSTART);
    String yaml = ScenarioWriter.toYaml(s);
    String json = ScenarioWriter.toJson(s);

    assertThat(ScenarioWriter.toYaml(ScenarioLoader.load(QuickstartTest.QUICKSTART))).isEqualTo(yaml);
    assertThat(json).contains("\"start\" : \"2017-05-29\"").contains("\"at\" : \"2017-06-03T22:06:00\"");
    assertThat(yaml).contains("start: 2017-05-29").doesNotContain("[ 2017");
    // record component order at the top, enum keys in declaration order inside maps
    assertThat(yaml.indexOf("name:")).isLessThan(yaml.indexOf("period:"));
    assertThat(yaml.indexOf("period:")).isLessThan(yaml.indexOf("forces:"));
    String multipliers = yaml.substring(yaml.indexOf("levelMultiplier:"));
    assertThat(multipliers.indexOf("LOW:")).isLessThan(multipliers.indexOf("CRITICAL:"));
    // sets are written sorted, so the unordered Set.copyOf of the records cannot reorder output
    assertThat(yaml.substring(yaml.indexOf("leaveRecallRanks:")).replaceAll("\\s+", " "))
        .startsWith("leaveRecallRanks: - CONSTABLE - SERGEANT - INSPECTOR - CHIEF_INSPECTOR allowances:");
    assertThat(yaml).contains("annualBudgetGbp: 327000000").doesNotContain("E8");
  }

  @Test
  void defaultsAreWrittenOut() {
    String yaml = ScenarioWriter.toYaml(ScenarioLoader.load(Path.of("src/test/resources/scenarios/valid/minimal.yaml")));

    assertThat(yaml).contains("replications: 1").contains("maxShiftHours: 12.0").contains("annualLeaveDays: 26");
  }
}
