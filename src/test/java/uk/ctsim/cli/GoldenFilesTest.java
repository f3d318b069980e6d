package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.output.Fixtures;
import uk.ctsim.output.RunOutputs;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ScenarioWriter;

/**
 * Every data file of a small run compared, byte for byte, with a committed expected file: a change anywhere in the
 * model, the cost rules or the writers that moves a number shows up here as the file and the first line that differ.
 *
 * <p>When a change is meant to move numbers, refresh the expected files and review the diff before committing it:
 *
 * <pre>
 * mvn -B -q test -Dtest=GoldenFilesTest -Dgolden.update=true &amp;&amp; git diff --stat src/test/resources/golden
 * </pre>
 */
class GoldenFilesTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();
  private static final Path GOLDEN = Path.of("src/test/resources/golden/quickstart").toAbsolutePath();

  @TempDir
  Path tmp;

  @Test
  void quickstartTwoReplicationsSeed42MatchTheCommittedFiles() throws IOException {
    var ctsim = new CtsimCommandContext(tmp, Fixtures.result());
    ctsim.loader = ScenarioLoader::load;
    ctsim.runner = Experiment::run;
    ctsim.exporter = ScenarioWriter::toJson;
    var outcome = ctsim.run("run", QUICKSTART.toString(), "--seed", "42", "--replications", "2", "--threads", "2",
        "--quiet", "--output", "golden");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    Path run = tmp.resolve("golden");

    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      for (String file : RunOutputs.DATA_FILES) Files.copy(run.resolve(file), GOLDEN.resolve(file),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    List<String> differences = new ArrayList<>();
    for (String file : RunOutputs.DATA_FILES) {
      Path expected = GOLDEN.resolve(file);
      if (!Files.exists(expected)) {
        differences.add(file + ": no expected file (refresh with -Dgolden.update=true)");
        continue;
      }
      String difference = firstDifference(Files.readAllLines(expected), Files.readAllLines(run.resolve(file)));
      if (difference != null) differences.add(file + ": " + difference);
    }
    if (!differences.isEmpty()) {
      fail("the run's data files differ from src/test/resources/golden/quickstart (if the change is meant,"
          + " refresh with -Dgolden.update=true and review the diff):\n  " + String.join("\n  ", differences));
    }
  }

  /** The first line that differs, both versions quoted; null when the files are the same. */
  static String firstDifference(List<String> expected, List<String> actual) {
    int n = Math.min(expected.size(), actual.size());
    for (int i = 0; i < n; i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        return "line " + (i + 1) + "\n    expected: " + clip(expected.get(i)) + "\n    actual:   " + clip(actual.get(i));
      }
    }
    if (expected.size() != actual.size()) {
      return expected.size() + " lines expected, " + actual.size() + " written";
    }
    return null;
  }

  private static String clip(String line) {
    return line.length() <= 200 ? line : line.substring(0, 200) + "…";
  }
}
