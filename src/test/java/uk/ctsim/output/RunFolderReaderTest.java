package uk.ctsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLine;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
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
    assertThat(read.replications().get(1).mutualAid()).hasSize(2).isEqualTo(original.replications().get(1).mutualAid());
    assertThat(read.replications().get(0).incidents().get(0).time()).isEqualTo(original.replications().get(0).incidents().get(0).time());
  }

  @Test
  void aCostRowOfAFolderWrittenBeforeFundersIsOnTheCoreBudgetOnTheMondayOfItsWeek() {
    Map<String, String> row = Map.of("replication", "1", "force", "MET", "category", "OVERTIME", "strand", "PROTECT",
        "kind", "ADDITIONAL", "demand", "EVENT", "reference", "e", "week", "2017-W13", "gbp", "12.34");
    // Monday of 2017-W13 is 27 March 2017: month 2017-03, financial year 2016-17
    assertThat(RowParsers.costLine(row)).isEqualTo(new CostLine(ForceId.MET, Funder.FORCE_CORE_BUDGET,
        CostCategory.OVERTIME, Strand.PROTECT, CostKind.ADDITIONAL, DemandKind.EVENT, "e", "2017-W13", "2017-03",
        "2016-17", 1_234L));
    Map<String, String> recovery = new java.util.HashMap<>(row);
    recovery.put("category", "RECOVERY");
    assertThat(RowParsers.costLine(recovery).funder()).isEqualTo(Funder.EVENT_ORGANISER);
    Map<String, String> current = new java.util.HashMap<>(row);
    current.putAll(Map.of("funder", "CT_POLICING_GRANT", "month", "2017-04", "financial_year", "2017-18"));
    assertThat(RowParsers.costLine(current)).extracting(CostLine::funder, CostLine::month, CostLine::financialYear)
        .containsExactly(Funder.CT_POLICING_GRANT, "2017-04", "2017-18");
  }
}
