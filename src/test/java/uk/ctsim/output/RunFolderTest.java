package uk.ctsim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
  private static final LocalDateTime T = LocalDateTime.of(2017, 6, 3, 22, 8, 5);

  @TempDir
  Path tmp;

  private List<String> names(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aSecondRunInTheSameSecondGetsASuffixInsteadOfOverwriting() {
    Path first = RunFolder.createUnder(tmp, "My Scenario", T).path();
    Path second = RunFolder.createUnder(tmp, "My Scenario", T).path();
    Path third = RunFolder.createUnder(tmp, "My Scenario", T).path();
    assertThat(first.getFileName()).hasToString("my-scenario-20170603-220805");
    assertThat(second.getFileName()).hasToString("my-scenario-20170603-220805-2");
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
  }

  @Test
  void takesAnEmptyExistingFolder() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("empty"));
    assertThat(RunFolder.createAt(dir).path()).isEqualTo(dir);
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
  void aFailedWriteLeavesNoPartialOrTemporaryFile() throws IOException {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    assertThatThrownBy(() -> folder.write("a.csv", out -> {
      out.write("half a line");
      throw new IOException("disk full");
    })).hasMessageContaining("disk full");
    assertThat(names(folder.path())).containsExactly(RunFolder.INCOMPLETE);
  }

  @Test
  void isMarkedIncompleteUntilCompleted() throws IOException {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    folder.write("a.csv", out -> out.write("x"));
    assertThat(names(folder.path())).containsExactly(RunFolder.INCOMPLETE, "a.csv");
    folder.complete();
    assertThat(names(folder.path())).containsExactly("a.csv");
  }

  @Test
  void discardRemovesWhatTheRunWroteAndTheFolderItCreated() {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    folder.write("a.csv", out -> out.write("x"));
    folder.discard(new RuntimeException("run failed"));
    assertThat(tmp.resolve("run")).doesNotExist();
  }

  @Test
  void discardKeepsAnEmptyFolderTheUserGave() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("given"));
    RunFolder folder = RunFolder.createAt(dir);
    folder.write("a.csv", out -> out.write("x"));
    folder.discard(new RuntimeException("run failed"));
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void slugsAreSafeFolderNames() {
    assertThat(RunFolder.slug("  Severe / CRITICAL: 2017!  ")).isEqualTo("severe-critical-2017");
    assertThat(RunFolder.slug("£££")).isEqualTo("run");
  }

  @Test
  void resultsAreReadableByOthersLikeAnyFileTheUserWrites() throws java.io.IOException {
    java.nio.file.Path dir = tmp.resolve("perm");
    RunFolder folder = RunFolder.createAt(dir);
    java.nio.file.Path file = folder.write("a.csv", w -> w.write("x\n"));
    org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.getPosixFilePermissions(file))
        .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ, java.nio.file.attribute.PosixFilePermission.GROUP_READ);
  }
}
