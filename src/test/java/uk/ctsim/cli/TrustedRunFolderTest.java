package uk.ctsim.cli;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.output.Fixtures;
import uk.ctsim.output.Manifests;
import uk.ctsim.scenario.ScenarioWriter;

/** verify, verify-first in report, two runs on one --output, and a report failure that keeps the data. */
@Tag("slow")
class TrustedRunFolderTest {
  @TempDir
  Path tmp;

  private CtsimCommandContext ctsim;

  @BeforeEach
  void setUp() throws IOException {
    Files.writeString(tmp.resolve("tiny.yaml"), "name: tiny\n");
    ctsim = new CtsimCommandContext(tmp, Fixtures.result());
    ctsim.exporter = ScenarioWriter::toJson;
  }

  private Path run(String name) {
    var outcome = ctsim.run("run", "tiny.yaml", "--output", name, "--quiet");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    return tmp.resolve(name);
  }

  @Test
  void verifyPassesAFreshRunAndCatchesAOneByteEdit() throws IOException {
    Path run = run("run1");
    var ok = ctsim.run("verify", "run1");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).matches("run1: ok \\(\\d+ files match manifest.json\\)\\n");
    Path costs = run.resolve("costs.csv");
    byte[] bytes = Files.readAllBytes(costs);
    int at = bytes.length - 3; // a digit of the last amount: £ figures are what an edit would change
    bytes[at] = (byte) (bytes[at] == '9' ? '8' : bytes[at] + 1);
    Files.write(costs, bytes);
    var edited = ctsim.run("verify", "run1");
    assertThat(edited.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(edited.err()).contains(costs + ": content changed since the run (SHA-256 differs from the manifest)")
        .contains("run1: FAILED (1 problem)");
  }

  @Test
  void reportRefusesAnEditedOrTruncatedFolderAsAUserErrorNamingTheFile() throws IOException {
    Path run = run("run1");
    Files.delete(run.resolve("report.html"));
    Path costs = run.resolve("costs.csv");
    Files.writeString(costs, Files.readString(costs).substring(0, 100));
    var outcome = ctsim.run("report", "run1", "--output", "again");
    assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(outcome.err()).contains("does not verify against its manifest")
        .contains(costs + ": 100 bytes, the manifest says").contains("(truncated or edited after the run)")
        .contains("report.html: missing (the manifest lists it)").doesNotContain("internal error");
    assertThat(tmp.resolve("again")).doesNotExist();
  }

  @Test
  void twoRunsOnOneOutputFolderOneWinsTheOtherIsRefused() throws Exception {
    CountDownLatch firstIsRunning = new CountDownLatch(1);
    CountDownLatch secondHasTried = new CountDownLatch(1);
    ctsim.runner = (scenario, n, seed, threads, done) -> {
      firstIsRunning.countDown();
      try {
        assertThat(secondHasTried.await(60, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return Fixtures.result();
    };
    var first = CompletableFuture.supplyAsync(() -> ctsim.run("run", "tiny.yaml", "--output", "same", "--quiet"));
    assertThat(firstIsRunning.await(60, TimeUnit.SECONDS)).isTrue();
    var second = ctsim.run("run", "tiny.yaml", "--output", "same", "--quiet");
    secondHasTried.countDown();
    assertThat(second.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(second.err()).contains("output folder " + tmp.resolve("same") + " is being written by another ctsim run");
    var winner = first.get(120, TimeUnit.SECONDS);
    assertThat(winner.exitCode()).as(winner.err()).isZero();
    assertThat(Manifests.verify(tmp.resolve("same"))).isEmpty();
    var third = ctsim.run("run", "tiny.yaml", "--output", "same", "--quiet");
    assertThat(third.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(third.err()).contains("exists and is not empty");
  }

  @Test
  void aFailingReportWriterKeepsTheDataCommittedMarkedAndRecoverable() throws IOException {
    ctsim.reports = (folder, result, levels, manifest) -> {
      folder.writeBytes("charts/half-drawn.png", out -> out.write(1));
      throw new IllegalArgumentException("already contains a series with the key FIREARMS 2017-05-31");
    };
    var failed = ctsim.run("run", "tiny.yaml", "--output", "run1", "--quiet");
    Path run = tmp.resolve("run1");
    assertThat(failed.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(failed.err()).contains("the simulation finished and its data files are complete in " + run)
        .contains("already contains a series with the key FIREARMS 2017-05-31")
        .contains("ctsim report " + run).doesNotContain("internal error");
    assertThat(Manifests.verify(run)).isEmpty();
    assertThat(run.resolve("costs.csv")).isRegularFile();
    assertThat(run.resolve("REPORTS-FAILED.txt")).content().contains("FIREARMS 2017-05-31");
    assertThat(run.resolve("charts")).doesNotExist();
    assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"reports_failed\"");

    ctsim.reports = uk.ctsim.output.ReportOutputs::write; // the cause is fixed
    var again = ctsim.run("report", "run1");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(run.resolve("report.html")).isRegularFile();
    assertThat(run.resolve("REPORTS-FAILED.txt")).doesNotExist();
    assertThat(Files.readString(run.resolve("manifest.json"))).doesNotContain("reports_failed");
    assertThat(Manifests.verify(run)).isEmpty();
  }
}
