package uk.ctsim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
  private static final LocalDateTime T = LocalDateTime.of(2017, 6, 3, 22, 8, 5);

  @TempDir
  Path tmp;

  private static List<String> names(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Path commit(RunFolder folder) {
    return folder.commit(ManifestJson.ofFolder("test", "0"));
  }

  @Test
  void aSecondRunInTheSameSecondGetsASuffixInsteadOfOverwriting() {
    RunFolder first = RunFolder.createUnder(tmp, "My Scenario", T);
    RunFolder second = RunFolder.createUnder(tmp, "My Scenario", T); // the first still holds its name
    commit(first);
    commit(second);
    Path third = commit(RunFolder.createUnder(tmp, "My Scenario", T));
    assertThat(first.target().getFileName()).hasToString("my-scenario-20170603-220805");
    assertThat(second.target().getFileName()).hasToString("my-scenario-20170603-220805-2");
    assertThat(third.getFileName()).hasToString("my-scenario-20170603-220805-3");
  }

  @Test
  void refusesAnExistingNonEmptyOutputFolderAndLeavesItAlone() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("taken"));
    Files.writeString(dir.resolve("costs.csv"), "old");
    assertThatThrownBy(() -> RunFolder.createAt(dir)).isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("taken").hasMessageContaining("not empty");
    assertThat(names(dir)).containsExactly("costs.csv");
    assertThat(Files.readString(dir.resolve("costs.csv"))).isEqualTo("old");
    assertThat(names(tmp)).containsExactly("taken");
  }

  @Test
  void takesAnEmptyExistingFolder() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("empty"));
    RunFolder folder = RunFolder.createAt(dir);
    folder.write("a.csv", out -> out.write("x"));
    assertThat(commit(folder)).isEqualTo(dir);
    assertThat(names(dir)).containsExactly("a.csv", "manifest.json");
  }

  @Test
  void neverOverwritesAFile() throws IOException {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    folder.write("a.csv", out -> out.write("first"));
    assertThatThrownBy(() -> folder.write("a.csv", out -> out.write("second")))
        .isInstanceOf(OutputFolderException.class).hasMessageContaining("overwrite");
    assertThat(Files.readString(folder.path().resolve("a.csv"))).isEqualTo("first");
  }

  @Test
  void aFailedWriteLeavesNoPartialFile() throws IOException {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    assertThatThrownBy(() -> folder.write("a.csv", out -> {
      out.write("half a line");
      throw new IOException("disk full");
    })).hasMessageContaining("disk full");
    assertThat(names(folder.path())).isEmpty();
  }

  @Test
  void theTargetIsAbsentUntilCommittedThenHoldsEveryFileAndNothingElseIsLeftBeside() throws IOException {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    folder.write("a.csv", out -> out.write("x"));
    folder.writeBytes("charts/b.png", out -> out.write(new byte[] {1, 2, 3}));
    assertThat(tmp.resolve("run")).doesNotExist();
    assertThat(names(tmp)).containsExactly(".run.lock", ".run.partial");
    Path done = commit(folder);
    assertThat(done).isEqualTo(tmp.resolve("run").toAbsolutePath());
    assertThat(names(tmp)).containsExactly("run");
    assertThat(names(done)).containsExactly("a.csv", "charts", "manifest.json");
    assertThat(Manifests.verify(done)).isEmpty();
  }

  @Test
  void theManifestListsEverySizeAndSha256ButNotItself() throws IOException {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    folder.write("a.csv", out -> out.write("abc"));
    folder.writeBytes("charts/b.png", out -> out.write(new byte[0]));
    Path done = commit(folder);
    JsonNode files = Json.MAPPER.readTree(done.resolve("manifest.json").toFile()).get("files");
    assertThat(files).hasSize(2);
    assertThat(files.get(0).get("path").asText()).isEqualTo("a.csv");
    assertThat(files.get(0).get("bytes").asLong()).isEqualTo(3);
    // SHA-256 of "abc" and of nothing (FIPS 180-2 test vectors).
    assertThat(files.get(0).get("sha256").asText()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(files.get(1).get("path").asText()).isEqualTo("charts/b.png");
    assertThat(files.get(1).get("sha256").asText()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsIt() {
    RunFolder first = RunFolder.createAt(tmp.resolve("run"));
    assertThatThrownBy(() -> RunFolder.createAt(tmp.resolve("run"))).isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("being written by another ctsim run");
    commit(first);
    assertThatThrownBy(() -> RunFolder.createAt(tmp.resolve("run"))).hasMessageContaining("not empty");
  }

  @Test
  void theStagingFolderOfAKilledRunIsReplacedByTheNextRun() throws IOException {
    Path stale = Files.createDirectories(tmp.resolve(".run.partial"));
    Files.writeString(stale.resolve("costs.csv"), "half");
    Files.createFile(tmp.resolve(".run.lock")); // a killed process's lock file; the OS released its lock
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    folder.write("a.csv", out -> out.write("x"));
    assertThat(names(commit(folder))).containsExactly("a.csv", "manifest.json");
    assertThat(names(tmp)).containsExactly("run");
  }

  @Test
  void discardRemovesEverythingTheRunWrote() throws IOException {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    folder.write("a.csv", out -> out.write("x"));
    folder.discard(new RuntimeException("run failed"));
    assertThat(names(tmp)).isEmpty();
  }

  @Test
  void discardKeepsAnEmptyFolderTheUserGave() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("given"));
    RunFolder folder = RunFolder.createAt(dir);
    folder.write("a.csv", out -> out.write("x"));
    folder.discard(new RuntimeException("run failed"));
    assertThat(names(dir)).isEmpty();
    assertThat(names(tmp)).containsExactly("given");
  }

  @Test
  void aChildFolderIsWrittenInsideTheStagingFolderAndListedByBothManifests() throws IOException {
    RunFolder top = RunFolder.createAt(tmp.resolve("levels"));
    RunFolder child = top.child("SEVERE");
    child.write("a.csv", out -> out.write("x"));
    child.commit(ManifestJson.ofFolder("test", "0"));
    assertThat(child.target()).isEqualTo(tmp.resolve("levels/SEVERE").toAbsolutePath());
    Path done = commit(top);
    assertThat(Manifests.verify(done)).isEmpty();
    assertThat(Manifests.verify(done.resolve("SEVERE"))).isEmpty();
    assertThat(Manifests.listedCount(done)).isEqualTo(2);
  }

  @Test
  void discardSinceRemovesOnlyTheLaterFiles() throws IOException {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    folder.write("a.csv", out -> out.write("x"));
    int mark = folder.mark();
    folder.writeBytes("charts/b.png", out -> out.write(1));
    folder.discardSince(mark, new RuntimeException("chart failed"));
    assertThat(names(folder.path())).containsExactly("a.csv");
  }

  @Test
  void slugsAreSafeFolderNames() {
    assertThat(RunFolder.slug("  Severe / CRITICAL: 2017!  ")).isEqualTo("severe-critical-2017");
    assertThat(RunFolder.slug("£££")).isEqualTo("run");
  }

  @Test
  void resultsAreReadableByOthersLikeAnyFileTheUserWrites() throws IOException {
    RunFolder folder = RunFolder.createAt(tmp.resolve("perm"));
    folder.write("a.csv", w -> w.write("x\n"));
    Path done = commit(folder);
    assertThat(Files.getPosixFilePermissions(done.resolve("a.csv")))
        .contains(PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_READ);
  }
}
