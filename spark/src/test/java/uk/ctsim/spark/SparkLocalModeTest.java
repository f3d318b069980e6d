package uk.ctsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.cli.LocalCtsim;

/**
 * The Spark engine in local mode (an embedded Spark with two executor threads) against {@code ctsim run} on the thread
 * pool: the same run folder, byte for byte, whole and as a shard.
 */
@Tag("slow") // starts Spark
class SparkLocalModeTest {
  private static final String QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath().toString();

  @TempDir
  Path tmp;

  @Test
  void aSparkRunInLocalModeIsByteIdenticalToTheThreadPoolRun() throws IOException {
    Path local = tmp.resolve("local");
    Path spark = tmp.resolve("spark");
    assertThat(LocalCtsim.run("run", QUICKSTART, "--seed", "5", "--replications", "3", "--threads", "2",
        "--outputs", "data", "--quiet", "--output", local.toString())).isZero();
    assertThat(SparkMain.execute(QUICKSTART, "--seed", "5", "--replications", "3", "--batch", "2", "--master",
        "local[2]", "--output", spark.toString())).isZero();
    RunFolders.assertSameRun(spark, local);

    Path localShard = tmp.resolve("local-shard");
    Path sparkShard = tmp.resolve("spark-shard");
    assertThat(LocalCtsim.run("run", QUICKSTART, "--seed", "5", "--replications", "3", "--replication-range", "1..2",
        "--outputs", "data", "--quiet", "--output", localShard.toString())).isZero();
    assertThat(SparkMain.execute(QUICKSTART, "--seed", "5", "--replications", "3", "--replication-range", "1..2",
        "--master", "local[2]", "--output", sparkShard.toString())).isZero();
    RunFolders.assertSameRun(sparkShard, localShard);
    assertThat(Files.readString(sparkShard.resolve("shard.json"))).isEqualTo(Files.readString(localShard.resolve("shard.json")));
  }

  @Test
  void aBadRangeIsAUserErrorAndLeavesNoFolder() {
    Path out = tmp.resolve("bad");
    assertThat(SparkMain.execute(QUICKSTART, "--replications", "2", "--replication-range", "1..5", "--master",
        "local[1]", "--output", out.toString())).isEqualTo(2);
    assertThat(out).doesNotExist();
  }
}
