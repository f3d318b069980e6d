package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes about the file itself, JSON placement, and several problems in one report. */
class ScenarioLoaderTest {
  @TempDir Path dir;

  static Problem onlyProblem(Path file) {
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertThat(e).as("%s must be rejected", file).isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void missingFile() {
    assertThat(onlyProblem(dir.resolve("nope.yaml")).message()).isEqualTo("no such file");
  }

  @Test
  void unsupportedExtension() throws IOException {
    Path toml = Files.writeString(dir.resolve("s.toml"), "name = 'x'");
    assertThat(onlyProblem(toml).message()).contains("unsupported file type");
  }

  @Test
  void topLevelMustBeAMapping() throws IOException {
    Path list = Files.writeString(dir.resolve("s.yaml"), "- a\n- b\n");
    assertThat(onlyProblem(list).message()).startsWith("the top level must be a mapping of keys (name, description, period");
  }

  @Test
  void nonUtf8Text() throws IOException {
    Path latin1 = Files.write(dir.resolve("s.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9});
    assertThat(onlyProblem(latin1).message()).isEqualTo("the file is not UTF-8 text");
  }

  @Test
  void jsonErrorsAreLocatedToo() throws IOException {
    String json = ScenarioWriter.toJson(ScenarioLoader.load(QuickstartTest.QUICKSTART)).replace("\"officers\" : 900", "\"officers\" : -900");
    Path file = Files.writeString(dir.resolve("s.json"), json);
    int line = (int) json.substring(0, json.indexOf("-900")).lines().count();

    Problem p = onlyProblem(file);
    assertThat(p.field()).isEqualTo("forces[0].establishment.NEIGHBOURHOOD.officers");
    assertThat(p.line()).isEqualTo(line);
    assertThat(p.message()).isEqualTo("must not be negative, was -900");
  }

  @Test
  void everyUnknownKeyIsReportedAtOnce() throws IOException {
    String yaml = Files.readString(Path.of("src/test/resources/scenarios/valid/minimal.yaml").toAbsolutePath())
        .replace("name: minimal", "nmae: minimal").replace("  level: SEVERE\n  timeline", "  levle: SEVERE\n  timeline")
        .replace("    NEIGHBOURHOOD: DDDDDRR", "    NEIGBOURHOOD: DDDDDRR");
    Path file = Files.writeString(dir.resolve("s.yaml"), yaml);

    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertThat(e.problems()).extracting(Problem::field).containsExactly("nmae", "rosters.cycles.NEIGBOURHOOD", "threat.levle");
    assertThat(e.problems().get(1).message()).endsWith("(did you mean 'NEIGHBOURHOOD'?)");
    assertThat(e.getMessage().lines()).hasSize(3);
  }

  @Test
  void didYouMeanUsesEditDistanceOrPrefix() {
    assertThat(Suggest.closest("oficers", java.util.List.of("officers", "ranks"))).contains("officers");
    assertThat(Suggest.closest("armedMult", java.util.List.of("armedMultiplier", "levelMultiplier"))).contains("armedMultiplier");
    assertThat(Suggest.closest("zzz", java.util.List.of("officers", "ranks"))).isEmpty();
    assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
  }
}
