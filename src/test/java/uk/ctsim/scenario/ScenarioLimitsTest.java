package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that could hang or flood the loader is refused before parsing, quickly, with a short located message. */
class ScenarioLimitsTest {
  @TempDir
  Path tmp;

  @Test
  void aFiftyMegabyteFileIsRefusedInUnderASecond() throws IOException {
    Path file = tmp.resolve("huge.yaml");
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("name: ".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 50; i++) out.write(chunk);
    }
    long t0 = System.nanoTime();
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isEqualTo(file + ": the file is 52428806 bytes; a scenario file may be at most 2097152 bytes (2 MiB)");
    assertThat(millis).as("refused before reading, in %d ms", millis).isLessThan(1000);
  }

  @Test
  void aLineOverTheCapIsRefusedBeforeParsingAndQuotedShort() throws IOException {
    Path file = tmp.resolve("long.yaml");
    Files.writeString(file, "name: x\ndescription: " + "y".repeat(5000) + "\n");
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertThat(e.problems().get(0).line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("line 2 is 5013 characters long; a scenario line may be at most 4000")
        .contains("description: " + "y".repeat(67) + "...").doesNotContain("y".repeat(81));
  }

  @Test
  void aMinifiedJsonScenarioOnOneLongLineLoads() throws IOException {
    Scenario quickstart = ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"));
    Path file = tmp.resolve("minified.json");
    Files.writeString(file, ScenarioWriter.toJson(quickstart).replaceAll("\\s*\\n\\s*", ""));
    assertThat(Files.readString(file).length()).isGreaterThan(ScenarioLimits.MAX_LINE_CHARS);
    assertThat(ScenarioLoader.load(file)).isEqualTo(quickstart);
  }

  @Test
  void aLongValueOverSeveralLinesIsRefusedByTheStringCap() throws IOException {
    Path file = tmp.resolve("folded.yaml");
    String lines = ("  " + "w".repeat(1000) + "\n").repeat(11);
    Files.writeString(file, "name: x\ndescription: >-\n" + lines);
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertThat(e.getMessage()).contains("description: a text value of 11010 characters; at most 10000 are allowed")
        .doesNotContain("w".repeat(81));
  }

  @Test
  void anAnchorOnAMappingIsRefusedWhereItIsWritten() throws IOException {
    Path file = tmp.resolve("anchor.yaml");
    Files.writeString(file, "name: x\nperiod: &p\n  start: 2017-01-01\n  end: 2017-01-05\n");
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertThat(e.getMessage()).isEqualTo(file + ":2:9: period: YAML anchors (&p) are not supported; write each value out in full");
  }

  @Test
  void aSecondYamlDocumentIsRefused() throws IOException {
    Path file = tmp.resolve("two.yaml");
    Files.writeString(file, "name: x\n---\nname: y\n");
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertThat(e.getMessage()).contains("more than one YAML document");
  }

  @Test
  void deepNestingIsRefusedNotOverflowingTheStack() throws IOException {
    Path file = tmp.resolve("deep.json");
    Files.writeString(file, "{\"name\": " + "[".repeat(500) + "]".repeat(500) + "}");
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("nested more than 32 levels deep");
  }

  @Test
  void quoteCutsToEightyCharactersAndSaysHowLongTheValueWas() {
    assertThat(Quote.cut("short")).isEqualTo("short");
    assertThat(Quote.cut("a".repeat(80))).isEqualTo("a".repeat(80));
    assertThat(Quote.cut("a".repeat(81))).isEqualTo("a".repeat(80) + "... (81 characters)");
    assertThat(Quote.cut("two\nlines")).isEqualTo("two\\nlines");
  }
}
