package uk.ctsim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.output.report.Table;
import uk.ctsim.scenario.ScenarioWriter;

/** A run's metadata is a typed value: the reader maps a manifest back to the value the run wrote it from. */
class RunInfoReadBackTest {
  @TempDir
  Path tmp;

  private static final ExperimentResult RESULT = Fixtures.result();
  private static final RunInfo INFO = new RunInfo("1.2.3", "abc1234", "17.0.9", Path.of("/s/tiny.yaml"),
      List.of("run.seed=7", "threat.level=SEVERE"), ScenarioWriter.toJson(RESULT.scenario()), 3,
      OffsetDateTime.parse("2017-07-20T09:00:00+01:00"), OffsetDateTime.parse("2017-07-20T09:05:30.5+01:00"));

  @Test
  void theManifestReadsBackToTheSameRunInfoAndResult() throws Exception {
    RunOutputs.writeAll(RunFolder.createAt(tmp.resolve("run")), RESULT, INFO);
    RunFolderReader.Run run = RunFolderReader.readRun(tmp.resolve("run"));
    // The scenario's JSON is the same object, laid out as the manifest holds it.
    assertThat(run.info()).usingRecursiveComparison().ignoringFields("scenarioJson").isEqualTo(INFO);
    assertThat(Json.MAPPER.readTree(run.info().scenarioJson())).isEqualTo(Json.MAPPER.readTree(INFO.scenarioJson()));
    assertThat(run.result().scenario()).isEqualTo(RESULT.scenario());
    assertThat(run.result().masterSeed()).isEqualTo(RESULT.masterSeed());
  }

  @Test
  void anUnknownCommitReadsBackAsNull() {
    RunInfo noCommit = new RunInfo("1", null, "17", Path.of("/t.yaml"), List.of(), "{}", 1, INFO.started(), INFO.ended());
    var manifest = ManifestJson.of(RESULT, noCommit);
    assertThat(ManifestJson.info(manifest, Path.of("m.json")).gitCommit()).isNull();
    assertThat(ManifestJson.info(manifest, Path.of("m.json"))).isEqualTo(noCommit);
  }

  @Test
  void aManifestWithoutAFieldIsRefusedNamingTheFileAndField() {
    var manifest = ManifestJson.of(RESULT, INFO);
    manifest.remove("threads");
    assertThatThrownBy(() -> ManifestJson.info(manifest, Path.of("run/manifest.json")))
        .isInstanceOf(OutputFolderException.class).hasMessage("run/manifest.json: the manifest has no field threads");
    var notText = ManifestJson.of(RESULT, INFO);
    notText.putArray("started");
    assertThatThrownBy(() -> ManifestJson.info(notText, Path.of("m.json")))
        .isInstanceOf(OutputFolderException.class).hasMessage("m.json: started is not a value");
    var badTime = ManifestJson.of(RESULT, INFO);
    badTime.put("ended", "yesterday");
    assertThatThrownBy(() -> ManifestJson.info(badTime, Path.of("m.json")))
        .isInstanceOf(OutputFolderException.class).hasMessageStartingWith("m.json: not a run's manifest: ");
  }

  @Test
  void theReportsRunTableComesFromTheTypedValues() {
    Table t = RunMetadata.of(INFO, RESULT);
    assertThat(t.title()).isEqualTo("Run");
    List<String> seeds = RESULT.replications().stream().map(r -> r.replication() + ": " + r.seed()).toList();
    assertThat(t.rows()).containsExactly(
        List.of("ctsim version", "1.2.3"), List.of("Git commit", "abc1234"), List.of("Java version", "17.0.9"),
        List.of("Scenario file", "/s/tiny.yaml"), List.of("Overrides (--set)", "run.seed=7; threat.level=SEVERE"),
        List.of("Master seed", "42"),
        List.of("Replications", RESULT.replications().size() + " (seeds " + String.join(", ", seeds) + ")"),
        List.of("Worker threads", "3"), List.of("Started", "2017-07-20T09:00+01:00"),
        List.of("Ended", "2017-07-20T09:05:30.500+01:00"));
    RunInfo bare = new RunInfo("1", null, "17", Path.of("/t.yaml"), List.of(), "{}", 1, INFO.started(), INFO.ended());
    assertThat(RunMetadata.of(bare, RESULT).rows().get(1)).isEqualTo(List.of("Git commit", "unknown"));
    assertThat(RunMetadata.of(bare, RESULT).rows().get(4)).isEqualTo(List.of("Overrides (--set)", "none"));
  }
}
