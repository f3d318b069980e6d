package uk.ctsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.ctsim.output.RunOutputs;

/** Compares two run folders: every data file byte for byte, the manifests without times and thread count. */
final class RunFolders {
  private RunFolders() {}

  static void assertSameRun(Path actual, Path expected) throws IOException {
    for (String file : RunOutputs.DATA_FILES) {
      assertThat(Files.readAllBytes(actual.resolve(file))).as(file).isEqualTo(Files.readAllBytes(expected.resolve(file)));
    }
    assertThat(manifestWithoutTimes(actual)).isEqualTo(manifestWithoutTimes(expected));
  }

  private static String manifestWithoutTimes(Path dir) throws IOException {
    ObjectNode m = (ObjectNode) new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    m.remove(List.of("started", "ended", "threads"));
    return m.toPrettyString();
  }
}
