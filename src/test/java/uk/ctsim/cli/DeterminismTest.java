package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.output.Fixtures;
import uk.ctsim.output.RunOutputs;
import uk.ctsim.scenario.ScenarioLoader;

/** Same scenario and seed, same bytes out, whatever the thread count; the real loader and engine on quickstart. */
@Tag("slow") // runs replications on several thread counts: left out of the fast set (-Pfast)
class DeterminismTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();
  private static final List<String> DATA = List.of("costs.csv", "daily.csv", "events.csv", "incidents.csv",
      "metrics.csv", "summary.csv", "summary.json");

  private static final List<String> DATA_FILES = RunOutputs.DATA_FILES;

  @TempDir
  Path tmp;

  private CtsimCommandContext ctsim;

  @BeforeEach
  void realEngine() {
    ctsim = new CtsimCommandContext(tmp, Fixtures.result());
    ctsim.loader = ScenarioLoader::load;
    ctsim.runner = Experiment::run;
  }

  private Path run(String out, String seed, String replications, String threads) {
    var outcome = ctsim.run("run", QUICKSTART.toString(), "--seed", seed, "--replications", replications, "--threads",
        threads, "--quiet", "--output", out);
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    return tmp.resolve(out);
  }

  /**
   * The manifest without what legitimately differs between runs: times and thread count, and the hashes of the report
   * files, which show the run's times and thread count (the data files' hashes stay in, and must agree).
   */
  private static String manifestWithoutTimes(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode m = (ObjectNode) json.readTree(dir.resolve("manifest.json").toFile());
    m.remove(List.of("started", "ended", "threads"));
    var files = (com.fasterxml.jackson.databind.node.ArrayNode) m.get("files");
    for (int i = files.size() - 1; i >= 0; i--) {
      if (!DATA_FILES.contains(files.get(i).get("path").asText())) files.remove(i);
    }
    assertThat(files).hasSize(DATA_FILES.size());
    return json.writeValueAsString(m);
  }

  @Test
  void oneThreadAndFourThreadsGiveByteIdenticalFiles() throws IOException {
    Path one = run("t1", "99", "4", "1");
    Path four = run("t4", "99", "4", "4");
    for (String file : DATA) {
      assertThat(Files.readAllBytes(four.resolve(file))).as(file).isEqualTo(Files.readAllBytes(one.resolve(file)));
    }
    assertThat(manifestWithoutTimes(four)).isEqualTo(manifestWithoutTimes(one));
    assertThat(Files.readString(one.resolve("costs.csv")).lines().count()).as("the run has cost lines").isGreaterThan(10);
  }

  @Test
  void theSameSeedTwiceGivesTheSameFilesAndAnotherSeedDoesNot() throws IOException {
    Path a = run("a", "5", "2", "2");
    Path b = run("b", "5", "2", "2");
    Path c = run("c", "6", "2", "2");
    for (String file : DATA) {
      assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
    }
    assertThat(Files.readString(c.resolve("costs.csv"))).isNotEqualTo(Files.readString(a.resolve("costs.csv")));
    assertThat(Files.readString(c.resolve("summary.json"))).isNotEqualTo(Files.readString(a.resolve("summary.json")));
  }
}
