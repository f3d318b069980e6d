package uk.ctsim.output;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.EventRow;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;

/** Names are free text, so every CSV cell that a spreadsheet would run as a formula is neutralised (OWASP). */
@Tag("slow")
class CsvInjectionTest {
  private static final List<String> NAMES = List.of("=HYPERLINK(\"http://evil\",\"click\")", "+1+2", "-2+3", "@SUM(A1)",
      "\tTab", "\rReturn", "'quoted", "Plain, with comma");

  @TempDir
  Path tmp;

  @Test
  void cellsThatBeginLikeAFormulaGetALeadingQuoteAndNumbersDoNot() {
    assertThat(Cells.neutral("=1+2")).isEqualTo("'=1+2");
    assertThat(Cells.neutral("+1")).isEqualTo("'+1");
    assertThat(Cells.neutral("-x")).isEqualTo("'-x");
    assertThat(Cells.neutral("@x")).isEqualTo("'@x");
    assertThat(Cells.neutral("\tx")).isEqualTo("'\tx");
    assertThat(Cells.neutral("\rx")).isEqualTo("'\rx");
    assertThat(Cells.neutral("'x")).isEqualTo("''x");
    assertThat(Cells.neutral("-12.50")).isEqualTo("-12.50");
    assertThat(Cells.neutral("-3")).isEqualTo("-3");
    assertThat(Cells.neutral("2017-W23")).isEqualTo("2017-W23");
    assertThat(Cells.neutral("")).isEmpty();
    for (String name : NAMES) assertThat(Cells.plain(Cells.neutral(name))).isEqualTo(name);
  }

  @Test
  void formulaLikeEventNamesAreNeutralisedInEventsCsvAndReadBackAsWritten() throws Exception {
    ExperimentResult base = Fixtures.result();
    List<ReplicationResult> reps = new ArrayList<>();
    for (ReplicationResult r : base.replications()) {
      List<EventRow> events = new ArrayList<>();
      for (int i = 0; i < NAMES.size(); i++) {
        events.add(new EventRow("e" + i, NAMES.get(i), EventType.PROTEST, ForceId.MET, LocalDate.of(2017, 6, 1), 1, 5,
            false, 10, 10, Map.of(), 0, 0, 100L, 0, 0));
      }
      reps.add(new ReplicationResult(r.replication(), r.seed(), r.ledger(), r.daily(), events, r.incidents(), r.kpis(),
          r.overtimeHistogram()));
    }
    ExperimentResult result = new ExperimentResult(base.scenario(), base.masterSeed(), reps);
    RunOutputs.writeAll(RunFolder.createAt(tmp.resolve("run")), result, RunFolderReaderTest.info(result));

    String csv = Files.readString(tmp.resolve("run/events.csv"));
    assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",").contains(",'+1+2,")
        .contains(",'-2+3,").contains(",'@SUM(A1),").contains(",'\tTab,").contains(",''quoted,")
        .contains(",\"Plain, with comma\",");
    for (String line : csv.split("\n")) {
      for (String cell : line.split(",")) {
        assertThat(cell).as("no cell begins like a formula").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
      }
    }
    RunFolderReader.Run run = RunFolderReader.readRun(tmp.resolve("run"));
    ExperimentResult read = run.result();
    assertThat(read.replications().get(0).events().stream().map(EventRow::name)).containsExactlyElementsOf(NAMES);

    // The workbook holds user text as text cells, never in a formula.
    ReportOutputs.write(RunFolder.existing(tmp.resolve("run")), read, Map.of(), run.info());
    List<String> texts = new ArrayList<>();
    try (var in = Files.newInputStream(tmp.resolve("run/costs.xlsx"));
        var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      for (var sheet : book) {
        for (var row : sheet) {
          for (var cell : row) {
            // Totals are formulas, but built from cell addresses only: no user text ever reaches a formula.
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
              assertThat(cell.getCellFormula()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                  .matches("(SUM\\(|[A-Z]{1,3}[0-9]+|[:+),])+");
            }
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) texts.add(cell.getStringCellValue());
          }
        }
      }
    }
    assertThat(texts).contains("=HYPERLINK(\"http://evil\",\"click\")", "@SUM(A1)");
  }
}
