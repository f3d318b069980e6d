package uk.ctsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.cli.LocalCtsim;

/**
 * A real Spark standalone cluster (a master and two workers, separate JVMs on this machine) runs a small experiment
 * submitted to it: its run folder is byte-identical to the thread-pool run's, and both workers ran executors.
 */
@Tag("slow") // starts five JVMs
class SparkStandaloneClusterTest {
  private static final String QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath().toString();
  private static final String[] DRIVER_SETTINGS = {"spark.executor.extraClassPath", "spark.driver.host",
      "spark.executor.memory", "spark.cores.max"};

  @TempDir
  Path tmp;

  @AfterEach
  void clearDriverSettings() {
    for (String key : DRIVER_SETTINGS) System.clearProperty(key);
  }

  @Test
  void aMasterAndTwoWorkersRunAnExperimentIntoTheSameFolderAsTheThreadPool() throws Exception {
    Path local = tmp.resolve("local");
    assertThat(LocalCtsim.run("run", QUICKSTART, "--seed", "9", "--replications", "4", "--threads", "2",
        "--outputs", "data", "--quiet", "--output", local.toString())).isZero();
    try (StandaloneCluster cluster = StandaloneCluster.start(tmp.resolve("cluster"), 2)) {
      // SparkConf reads spark.* system properties, as spark-submit passes --conf settings to the driver.
      System.setProperty("spark.executor.extraClassPath", StandaloneCluster.classFolders());
      System.setProperty("spark.driver.host", "127.0.0.1");
      System.setProperty("spark.executor.memory", "512m");
      System.setProperty("spark.cores.max", "2");
      Path out = tmp.resolve("on-cluster");
      assertThat(SparkMain.execute(QUICKSTART, "--seed", "9", "--replications", "4", "--batch", "4", "--master",
          cluster.masterUrl, "--output", out.toString())).isZero();
      RunFolders.assertSameRun(out, local);
      assertThat(executorLogs(cluster.workerDir(1))).as("worker 1 ran an executor").isPositive();
      assertThat(executorLogs(cluster.workerDir(2))).as("worker 2 ran an executor").isPositive();
    }
  }

  /** How many executor folders (with their stderr) a worker's folder holds. */
  private static long executorLogs(Path workerDir) throws IOException {
    try (Stream<Path> files = Files.walk(workerDir)) {
      return files.filter(p -> p.getFileName().toString().equals("stderr")).count();
    }
  }
}
