package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.output.Fixtures;
import uk.ctsim.scenario.ScenarioLoader;

/** {@code ctsim levels} on quickstart with the real engine: 3 replications at two levels. */
@Tag("slow") // runs a scenario at every threat level: left out of the fast set (-Pfast)
class LevelsCommandTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private List<Long> seeds(Path manifest) throws IOException {
    List<Long> seeds = new ArrayList<>();
    JSON.readTree(manifest.toFile()).get("replications").forEach(r -> seeds.add(r.get("seed").asLong()));
    return seeds;
  }

  @Test
  void levelsRunOnCommonSeedsAndCostMoreAtCritical() throws IOException {
    CtsimCommandContext ctsim = new CtsimCommandContext(tmp, Fixtures.result());
    ctsim.loader = ScenarioLoader::load;
    ctsim.runner = Experiment::run;
    var outcome = ctsim.run("levels", QUICKSTART.toString(), "--levels", "CRITICAL,SUBSTANTIAL", "--reference",
        "SUBSTANTIAL", "--replications", "3", "--seed", "11", "--threads", "2", "--output", "lv");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    Path dir = tmp.resolve("lv");
    assertThat(dir.resolve("SUBSTANTIAL/summary.csv")).exists();
    assertThat(dir.resolve("levels.csv")).exists();
    assertThat(dir.resolve("INCOMPLETE")).doesNotExist();
    assertThat(Files.readString(dir.resolve("report.html")))
        .contains("threat level Substantial (the reference level", "Threat levels: differences from Substantial");
    assertThat(dir.resolve("charts/cost-by-threat-level.png")).exists();
    assertThat(dir.resolve("charts/level-differences.png")).exists();
    assertThat(dir.resolve("compare.html")).exists();
    assertThat(dir.resolve("CRITICAL/report.html")).exists();
    List<Long> substantial = seeds(dir.resolve("SUBSTANTIAL/manifest.json"));
    assertThat(substantial).hasSize(3).doesNotHaveDuplicates();
    assertThat(seeds(dir.resolve("CRITICAL/manifest.json"))).isEqualTo(substantial);

    JsonNode levels = JSON.readTree(dir.resolve("levels.json").toFile());
    assertThat(levels.get("method").asText()).isEqualTo("paired");
    assertThat(levels.get("reference").asText()).isEqualTo("SUBSTANTIAL");
    JsonNode runs = levels.get("runs");
    assertThat(runs.get(0).get("label").asText()).as("levels in increasing order").isEqualTo("SUBSTANTIAL");
    double sub = runs.get(0).get("statistics").get("cost.total").get("mean").asDouble();
    double crit = runs.get(1).get("statistics").get("cost.total").get("mean").asDouble();
    assertThat(crit).isGreaterThan(sub);
    JsonNode diff = runs.get(1).get("difference_from_reference").get("cost.total");
    assertThat(diff.get("mean").asDouble()).isEqualTo(crit - sub, org.assertj.core.api.Assertions.within(0.02));
    assertThat(diff.has("welch_ci95_width")).isTrue();
    assertThat(Files.readString(dir.resolve("levels.csv"))).startsWith("level,metric,n,mean,ci95_low")
        .contains("\nCRITICAL,cost.total,3,");
    assertThat(outcome.out()).contains("Differences from SUBSTANTIAL with paired 95% intervals")
        .contains("cost.total (£)").contains("CRITICAL");
  }

  @Test
  void aReferenceOutsideTheLevelsIsRefusedBeforeRunning() throws IOException {
    CtsimCommandContext ctsim = new CtsimCommandContext(tmp, Fixtures.result());
    Files.writeString(tmp.resolve("s.yaml"), "name: s\n");
    var outcome = ctsim.run("levels", "s.yaml", "--levels", "SEVERE,CRITICAL", "--reference", "SUBSTANTIAL");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("--reference SUBSTANTIAL is not one of --levels [SEVERE, CRITICAL]");
    // Without --reference the scenario's own level (SEVERE for the fixture) is the reference.
    var own = ctsim.run("levels", "s.yaml", "--levels", "SUBSTANTIAL,CRITICAL");
    assertThat(own.exitCode()).isEqualTo(2);
    assertThat(own.err()).contains("the scenario's own level SEVERE (the default reference) is not one of --levels "
        + "[SUBSTANTIAL, CRITICAL]; add it or choose one with --reference");
    assertThat(ctsim.runnerCalls).isEmpty();
    assertThat(tmp.resolve("output")).doesNotExist();
  }
}
