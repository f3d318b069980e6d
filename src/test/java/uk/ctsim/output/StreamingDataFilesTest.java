package uk.ctsim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.experiment.ReplicationResult;

/** The streaming writer against the whole-run writers: the same bytes, replication by replication. */
class StreamingDataFilesTest {
  @TempDir
  Path tmp;

  private static Path inMemory(Path dir, ExperimentResult result) {
    RunFolder folder = RunFolder.createAt(dir);
    RunOutputs.writeData(folder, result, MetricTable.of(result));
    return folder.path();
  }

  private static StreamingDataFiles.Finished streamed(RunFolder folder, ExperimentResult result) {
    StreamingDataFiles data = StreamingDataFiles.open(folder);
    for (ReplicationResult rep : result.replications()) data.accept(ReplicationDigest.of(rep, result.scenario()));
    return data.finish(result.scenario(), result.masterSeed());
  }

  @Test
  void streamedFilesAreByteIdenticalToTheFilesWrittenFromResultsInMemory() throws IOException {
    ExperimentResult result = Fixtures.result();
    Path expected = inMemory(tmp.resolve("memory"), result);
    RunFolder folder = RunFolder.createAt(tmp.resolve("stream"));
    StreamingDataFiles.Finished finished = streamed(folder, result);
    for (String file : RunOutputs.DATA_FILES) {
      assertThat(Files.readString(folder.path().resolve(file))).as(file).isEqualTo(Files.readString(expected.resolve(file)));
    }
    assertThat(finished.table().replications()).isEqualTo(2);
    assertThat(finished.table().values("cost.total")).containsExactly(MetricTable.of(result).values("cost.total"));
    assertThat(finished.replications()).extracting(ReplicationDigest::replication).containsExactly(1, 2);
    assertThat(finished.replications()).allSatisfy(d -> assertThat(d.rows()).as("rows are not kept").isNull());
  }

  @Test
  void aReplicationsRowsAreTheWholeRunWritersRowsWithoutTheHeader() throws IOException {
    ExperimentResult result = Fixtures.result();
    Path expected = inMemory(tmp.resolve("memory"), result);
    ReplicationDigest first = ReplicationDigest.of(result.replications().get(0), result.scenario());
    List<String> lines = Files.readAllLines(expected.resolve(CostsCsv.FILE));
    assertThat(first.rows().get(CostsCsv.FILE).lines().toList())
        .isEqualTo(lines.stream().skip(1).filter(l -> l.startsWith("1,")).toList()).hasSize(4);
    assertThat(first.totalsPence()).containsExactly(123_456_789L - 1_000L + 99L, 5_000_05L,
        123_456_789L - 1_000L + 99L + 5_000_05L);
    assertThat(first.constantTotalsPence()).as("the tiny scenario names no base year").isNull();
    assertThat(first.kpis()).containsKeys("attacks", "plots_disrupted", "unmet_hours");
  }

  @Test
  void replicationsOutOfOrderOrWithoutRowsAreRefused() {
    ExperimentResult result = Fixtures.result();
    StreamingDataFiles data = StreamingDataFiles.open(RunFolder.createAt(tmp.resolve("x")));
    ReplicationDigest one = ReplicationDigest.of(result.replications().get(0), result.scenario());
    ReplicationDigest two = ReplicationDigest.of(result.replications().get(1), result.scenario());
    data.accept(two);
    assertThatThrownBy(() -> data.accept(one)).isInstanceOf(IllegalStateException.class)
        .hasMessage("replication 1 came after replication 2: replications must come in order");
    assertThatThrownBy(() -> data.accept(one.withRows(null))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("replication 1 has no rows");
    data.close();
  }

  @Test
  void aShardFileGivesBackItsDigestsExactlyNotANumberIncluded() {
    ExperimentResult result = Fixtures.result();
    RunFolder folder = RunFolder.createAt(tmp.resolve("shard"));
    StreamingDataFiles.Finished finished = streamed(folder, result);
    var manifest = Json.MAPPER.createObjectNode();
    ShardFile.write(folder, manifest, 1, 3, finished.replications());
    assertThat(manifest.path(ShardFile.RANGE).path("from").asInt()).isEqualTo(1);
    assertThat(manifest.path(ShardFile.RANGE).path("to").asInt()).isEqualTo(3);
    List<ReplicationDigest> back = ShardFile.read(folder.path());
    assertThat(back).hasSize(2);
    for (int i = 0; i < back.size(); i++) {
      ReplicationDigest was = finished.replications().get(i);
      ReplicationDigest is = back.get(i);
      assertThat(is.replication()).isEqualTo(was.replication());
      assertThat(is.seed()).isEqualTo(was.seed());
      assertThat(is.totalsPence()).isEqualTo(was.totalsPence());
      assertThat(is.constantTotalsPence()).isNull();
      assertThat(is.byEnumPence()).isDeepEqualTo(was.byEnumPence());
      assertThat(is.kpis()).isEqualTo(was.kpis()); // Double.equals: NaN equals NaN, and every bit must agree
      assertThat(is.metrics()).isEqualTo(was.metrics());
    }
    assertThat(back.get(0).kpis().get("plots_disrupted")).isNaN();
    assertThat(back.get(0).metrics().keySet()).containsExactlyElementsOf(finished.replications().get(0).metrics().keySet());
  }
}
