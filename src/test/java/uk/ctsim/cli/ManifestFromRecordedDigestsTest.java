package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.output.Fixtures;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ScenarioWriter;

/**
 * Real runs (every output, threat levels, a report added to a finished folder): the manifest, made from sizes and
 * hashes counted while each file was written, equals what this test reads from the disk for every file.
 */
@Tag("slow")
class ManifestFromRecordedDigestsTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();

  @TempDir
  Path tmp;

  private CtsimCommandContext ctsim() {
    var ctsim = new CtsimCommandContext(tmp, Fixtures.result());
    ctsim.loader = ScenarioLoader::load;
    ctsim.runner = Experiment::run;
    ctsim.exporter = ScenarioWriter::toJson;
    return ctsim;
  }

  private static Map<String, String> fromDisk(Path dir) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        String name = dir.relativize(p).toString().replace('\\', '/');
        if (Files.isDirectory(p) || name.equals("manifest.json")) continue;
        byte[] bytes = Files.readAllBytes(p);
        files.put(name, bytes.length + " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
      }
    }
    return files;
  }

  private static Map<String, String> listed(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (JsonNode e : new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).path("files")) {
      files.put(e.path("path").asText(), e.path("bytes").asLong() + " " + e.path("sha256").asText());
    }
    return files;
  }

  @Test
  void aRunWithEveryOutputThenItsReportMadeAgainListsWhatIsOnTheDisk() throws Exception {
    var ctsim = ctsim();
    var outcome = ctsim.run("run", QUICKSTART.toString(), "--seed", "42", "--replications", "2", "--threads", "2",
        "--outputs", "all", "--quiet", "--output", "all");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    Path dir = tmp.resolve("all");
    assertThat(listed(dir)).isEqualTo(fromDisk(dir)).containsKeys("costs.csv", "events.csv", "report.html");
    assertThat(listed(dir).keySet()).anyMatch(n -> n.endsWith(".png")).anyMatch(n -> n.endsWith(".xlsx"));

    // ctsim report DIR adds the report files to a finished folder of data files: the old files keep their listed
    // hashes, the new ones are counted as written.
    var second = ctsim.run("run", QUICKSTART.toString(), "--seed", "42", "--replications", "1", "--threads", "1",
        "--outputs", "data", "--quiet", "--output", "data");
    assertThat(second.exitCode()).as(second.err()).isZero();
    var report = ctsim.run("report", "data");
    assertThat(report.exitCode()).as(report.err()).isZero();
    Path data = tmp.resolve("data");
    assertThat(listed(data)).isEqualTo(fromDisk(data)).containsKey("report.html");
  }

  @Test
  void aLevelsRunListsItsLevelsFilesAndTheirManifestsAsOnTheDisk() throws Exception {
    var outcome = ctsim().run("levels", QUICKSTART.toString(), "--levels", "CRITICAL,SUBSTANTIAL", "--reference",
        "SUBSTANTIAL", "--replications", "1", "--seed", "11", "--threads", "2", "--output", "lv");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    Path dir = tmp.resolve("lv");
    assertThat(listed(dir)).isEqualTo(fromDisk(dir))
        .containsKeys("levels.csv", "SUBSTANTIAL/manifest.json", "CRITICAL/summary.csv");
    assertThat(listed(dir.resolve("CRITICAL"))).isEqualTo(fromDisk(dir.resolve("CRITICAL")));
  }
}
