package uk.ctsim.cli;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.output.Manifests;

/**
 * {@code ctsim run} in a separate JVM, killed with SIGKILL at random moments: afterwards the target folder is either
 * absent or complete (it verifies against its manifest), nothing beside it looks like a result, and a new run to the
 * same target works. Half the kills come at a random time after the start, half at a random time after the run has
 * begun writing its files, so that the writing phase is hit as well as start-up and simulation.
 *
 * <p>{@value #DEFAULT_KILLS} kills by default; more with {@code -Dctsim.kills=100}. The kill times come from a fixed
 * seed, though when each lands in the run depends on the machine's speed.
 */
@Tag("slow")
class KillTest {
  private static final int DEFAULT_KILLS = 10;
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();

  @TempDir
  Path parent;

  private Process start(Path output) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-Djava.awt.headless=true", "-Xmx1g",
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "run", QUICKSTART.toString(), "--output", output.toString(), "--quiet", "--replications", "1", "--threads", "1",
        "--set", "period.end=2017-06-04"); // the quickstart's first week, London Bridge included: quick, and complete
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(parent.resolve("log.txt").toFile()).start();
  }

  private long runToEnd(Path output) throws Exception {
    long t0 = System.nanoTime();
    Process p = start(output);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("a run finishes").isTrue();
    assertThat(p.exitValue()).as(Files.readString(parent.resolve("log.txt"))).isZero();
    assertThat(Manifests.verify(output)).isEmpty();
    return (System.nanoTime() - t0) / 1_000_000;
  }

  @Test
  void aKilledRunLeavesNoFolderOrACompleteOneAndTheNextRunWorks() throws Exception {
    Path target = parent.resolve("run");
    long fullMillis = runToEnd(parent.resolve("calibration"));
    int kills = Integer.getInteger("ctsim.kills", DEFAULT_KILLS);
    Random random = new Random(20170603);
    int beforeEnd = 0;
    int duringWriting = 0;
    List<String> seen = new ArrayList<>();
    for (int k = 0; k < kills; k++) {
      long started = System.currentTimeMillis();
      Process p = start(target);
      if (k % 2 == 0) {
        Thread.sleep((long) (fullMillis * (0.1 + random.nextDouble())));
      } else if (waitForWriting(p, parent.resolve(".run.partial/costs.csv"), started, fullMillis * 3)) {
        duringWriting++;
        Thread.sleep(random.nextInt(Math.max(1, (int) (fullMillis / 4)))); // the data and report files are being written
      }
      if (p.isAlive()) beforeEnd++;
      p.destroyForcibly();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      if (Files.exists(target)) {
        assertThat(Manifests.verify(target)).as("kill %d left a folder that does not verify", k).isEmpty();
        seen.add("complete");
        deleteTree(target); // the next kill starts again from an absent target
      } else {
        seen.add("absent");
      }
      try (var names = Files.list(parent)) {
        assertThat(names.map(n -> n.getFileName().toString()).filter(n -> !n.startsWith(".")))
            .as("nothing visible beside the target looks like a result").containsOnly("calibration", "log.txt");
      }
    }
    runToEnd(target);
    try (var names = Files.list(parent)) {
      assertThat(names.map(n -> n.getFileName().toString())).containsOnly("calibration", "run", "log.txt");
    }
    System.out.printf("KillTest: %d kills (%d while the run was alive, %d after it began writing its files); "
        + "target afterwards: %s; a full run took %d ms%n", kills, beforeEnd, duringWriting, seen, fullMillis);
    assertThat(beforeEnd).as("most kills land before the run ends").isGreaterThanOrEqualTo(kills / 2);
  }

  /**
   * Waits until this run has begun writing: its first data file exists in its staging folder, written after
   * {@code started} (a killed run's staging folder may still hold an older one). False if the run ended first.
   */
  private static boolean waitForWriting(Process p, Path firstFile, long started, long timeoutMillis)
      throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < end && p.isAlive()) {
      try {
        if (Files.getLastModifiedTime(firstFile).toMillis() >= started) return true;
      } catch (IOException notYet) {
        // not written yet
      }
      Thread.sleep(5);
    }
    return false;
  }

  private static void deleteTree(Path root) throws IOException {
    try (var all = Files.walk(root)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
