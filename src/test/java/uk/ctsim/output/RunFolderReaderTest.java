package uk.ctsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.scenario.ScenarioWriter;

/** Writing a result, reading the folder back and writing that again gives the same files, row for row. */
class RunFolderReaderTest {
  @TempDir
  Path tmp;

  static RunInfo info(ExperimentResult result) {
    OffsetDateTime t = OffsetDateTime.parse("2017-07-20T09:00:00Z");
    return new RunInfo("test", null, "17", Path.of("/tiny.yaml"), List.of(), ScenarioWriter.toJson(result.scenario()), 1, t, t);
  }

  @Test
  void aRunFolderReadsBackToTheSameRows() throws Exception {
    ExperimentResult original = Fixtures.result();
    RunOutputs.writeAll(RunFolder.createAt(tmp.resolve("a")), original, info(original));
    ExperimentResult read = RunFolderReader.read(tmp.resolve("a"));
    RunOutputs.writeAll(RunFolder.createAt(tmp.resolve("b")), read, info(read));
    for (String file : RunOutputs.DATA_FILES) {
      assertThat(Files.readAllLines(tmp.resolve("b").resolve(file))).as(file)
          .isEqualTo(Files.readAllLines(tmp.resolve("a").resolve(file)));
    }
    assertThat(read.scenario()).isEqualTo(original.scenario());
    assertThat(read.masterSeed()).isEqualTo(42L);
    assertThat(read.replications().get(1).ledger()).isEqualTo(original.replications().get(1).ledger());
    assertThat(read.replications().get(0).incidents().get(0).time()).isEqualTo(original.replications().get(0).incidents().get(0).time());
  }
}
