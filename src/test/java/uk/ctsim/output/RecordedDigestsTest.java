package uk.ctsim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest lists sizes and hashes counted while files were written, and refuses a file it did not see written. */
class RecordedDigestsTest {
  @TempDir
  Path tmp;

  /** Every file under {@code dir} but its manifest, with its size and SHA-256 read from the disk (the test's own). */
  static Map<String, String> fromDisk(Path dir) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        String name = dir.relativize(p).toString().replace('\\', '/');
        if (Files.isDirectory(p) || name.equals("manifest.json")) continue;
        byte[] bytes = Files.readAllBytes(p);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        files.put(name, bytes.length + " " + sha);
      }
    }
    return files;
  }

  static Map<String, String> listed(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (JsonNode e : Json.MAPPER.readTree(dir.resolve("manifest.json").toFile()).path("files")) {
      files.put(e.path("path").asText(), e.path("bytes").asLong() + " " + e.path("sha256").asText());
    }
    return files;
  }

  @Test
  void aFileAppendedAcrossManyWritesIsListedWithTheHashOfEverythingAppended() throws Exception {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    try (Writer rows = folder.append("rows.csv")) {
      rows.write("a,b\n");
      for (int i = 0; i < 20_000; i++) rows.write(i + ",£" + i * 7 + "\n"); // beyond one buffer, and not ASCII
    }
    folder.write("notes.txt", out -> out.write("written at once\n"));
    folder.writeBytes("charts/x.png", out -> out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    Path dir = folder.commit(ManifestJson.ofFolder("test", "0"));
    Map<String, String> listed = listed(dir);
    assertThat(listed).isEqualTo(fromDisk(dir)).containsOnlyKeys("rows.csv", "notes.txt", "charts/x.png");
    assertThat(listed.get("rows.csv")).startsWith(Files.size(dir.resolve("rows.csv")) + " ");
    assertThat(listed.get("notes.txt")).isEqualTo(
        "16 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("written at once\n".getBytes(StandardCharsets.UTF_8))));
    assertThat(Manifests.verify(dir)).isEmpty();
  }

  @Test
  void aChildFoldersFilesAndManifestAreListedByTheParentFromWhatWasRecorded() throws Exception {
    RunFolder top = RunFolder.createAt(tmp.resolve("levels"));
    RunFolder low = top.child("LOW");
    low.write("summary.csv", out -> out.write("x\n1\n"));
    low.commit(ManifestJson.ofFolder("run", "0"));
    top.write("levels.csv", out -> out.write("level\nLOW\n"));
    Path dir = top.commit(ManifestJson.ofFolder("levels", "0"));
    assertThat(listed(dir)).isEqualTo(fromDisk(dir)).containsKeys("LOW/manifest.json", "LOW/summary.csv", "levels.csv");
    assertThat(listed(dir.resolve("LOW"))).isEqualTo(fromDisk(dir.resolve("LOW")));
  }

  @Test
  void committingAfterAFileWasWrittenBehindTheFoldersBackFailsNamingIt() throws IOException {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    folder.write("a.csv", out -> out.write("a\n"));
    Path sneaked = folder.path().resolve("sneaked.csv");
    Files.writeString(sneaked, "not seen\n");
    assertThatThrownBy(() -> folder.commit(ManifestJson.ofFolder("test", "0")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(sneaked.toString())
        .hasMessageContaining("not written through it");
    assertThat(folder.isCommitted()).isFalse();
    assertThat(tmp.resolve("run")).doesNotExist();
  }

  @Test
  void committingWithAnAppendedFileStillOpenFailsNamingIt() throws IOException {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    Writer open = folder.append("rows.csv");
    open.write("a\n");
    assertThatThrownBy(() -> folder.commit(ManifestJson.ofFolder("test", "0")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("rows.csv");
    open.close();
  }

  @Test
  void aFileDiscardedAfterAFailureIsNoLongerListed() throws Exception {
    RunFolder folder = RunFolder.createAt(tmp.resolve("run"));
    folder.write("data.csv", out -> out.write("d\n"));
    int mark = folder.mark();
    folder.write("charts/c.png", out -> out.write("png"));
    folder.discardSince(mark, new RuntimeException("chart failed"));
    Path dir = folder.commit(ManifestJson.ofFolder("test", "0"));
    assertThat(listed(dir)).isEqualTo(fromDisk(dir)).containsOnlyKeys("data.csv");
  }

  @Test
  void anExistingFolderKeepsItsListedFilesAndAddsTheNewOnesWithoutReadingThem() throws Exception {
    RunFolder first = RunFolder.createAt(tmp.resolve("run"));
    first.write("data.csv", out -> out.write("d\n"));
    first.write("REPORTS-FAILED.txt", out -> out.write("failed\n"));
    Path dir = first.commit(ManifestJson.ofFolder("test", "0"));
    RunFolder again = RunFolder.existing(dir);
    again.remove("REPORTS-FAILED.txt");
    again.write("report.html", out -> out.write("<p>r</p>\n"));
    again.commit(ManifestJson.ofFolder("test", "0"));
    assertThat(listed(dir)).isEqualTo(fromDisk(dir)).containsOnlyKeys("data.csv", "report.html");
  }
}
