package uk.ctsim.output.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.cost.CostKind;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.output.Fixtures;
import uk.ctsim.output.ReportOutputs;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunFolderReader;
import uk.ctsim.output.RunInfo;
import uk.ctsim.output.RunOutputs;
import uk.ctsim.output.chart.ChartSet;
import uk.ctsim.scenario.ScenarioWriter;
import uk.ctsim.scenario.ThreatLevel;

/** Every report file exists and is valid: PNGs that ImageIO reads, SVGs that parse, a workbook POI reopens. */
@Tag("slow") // writes full run folders: left out of the fast set (-Pfast)
class ReportFilesTest {
  @TempDir
  static Path tmp;

  static Path run;
  static final ExperimentResult RESULT = Fixtures.result();

  @BeforeAll
  static void writeRun() {
    run = writeRunInto(tmp);
  }

  /** A run folder of the fixture with every report file, compared at two threat levels. */
  static Path writeRunInto(Path dir) {
    var t = java.time.OffsetDateTime.parse("2017-07-20T09:00:00Z");
    RunInfo info = new RunInfo("test", null, "17", Path.of("/tiny.yaml"), List.of(),
        ScenarioWriter.toJson(RESULT.scenario()), 1, t, t);
    Path folder = dir.resolve("run");
    RunOutputs.writeAll(RunFolder.createAt(folder), RESULT, info);
    ReportOutputs.write(RunFolder.existing(folder), RESULT, Map.of(ThreatLevel.SEVERE, RESULT, ThreatLevel.CRITICAL, RESULT),
        info);
    return folder;
  }

  @Test
  void everyChartIsAReadablePngAndAnSvgDocument() throws Exception {
    var charts = ChartSet.of(RESULT, Map.of(ThreatLevel.SEVERE, RESULT, ThreatLevel.CRITICAL, RESULT));
    // The level charts come only from a threat-level comparison; every other chart from every run.
    assertThat(ChartSet.of(RESULT, Map.of())).as("no one-bar level chart for a run at one level")
        .hasSize(charts.size() - 2).noneMatch(c -> c.name().equals("cost-by-threat-level"))
        .noneMatch(c -> c.name().equals("level-differences"));
    assertThat(charts.stream().map(c -> c.name()).distinct()).hasSameSizeAs(charts);
    // A chart added to ChartSet is documented: output/README.md names every chart in backticks.
    String readme = Files.readString(Path.of("output/README.md").toAbsolutePath());
    assertThat(charts).allSatisfy(c -> assertThat(readme).as("output/README.md names " + c.name())
        .contains("`" + c.name() + "`"));
    for (var chart : charts) {
      Path png = run.resolve("charts/" + chart.name() + ".png");
      var image = ImageIO.read(png.toFile());
      assertThat(image).as(png.toString()).isNotNull();
      assertThat(image.getWidth()).isEqualTo(1000);
      Path svg = run.resolve("charts/" + chart.name() + ".svg");
      var factory = DocumentBuilderFactory.newInstance();
      // The SVG names the W3C DTD; a test must not fetch it over the network.
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      var doc = factory.newDocumentBuilder().parse(svg.toFile());
      assertThat(doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
          : doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    }
  }

  @Test
  void theWorkbookHasItsSheetsNumbersAndCharts() throws Exception {
    try (InputStream in = Files.newInputStream(run.resolve("costs.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
      List<String> names = new java.util.ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("Summary", "Cash by financial year", "Special grant position",
          "Unmet demand priced at overtime", "By financial year", "By month", "By funder", "By category", "By strand", "By force",
          "By event", "By incident", "By week", "Threat levels", "Level differences",
          "Assumptions", "Run");
      Sheet summary = book.getSheet("Summary");
      double meanTotal = RESULT.replications().stream().mapToLong(r -> r.ledger().totalPence()).average().orElseThrow() / 100;
      assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(meanTotal);
      assertThat(summary.getRow(3).getCell(1).getCellStyle().getDataFormatString()).contains("£#,##0");
      for (Sheet sheet : book) {
        assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNotNull();
      }
      assertThat(summary.getColumnWidth(0)).isGreaterThan("Opportunity (diverted time)".length() * 256);
      Sheet incidents = book.getSheet("By incident");
      assertThat(incidents.getRow(1).getCell(9).getBooleanCellValue()).isFalse();
      assertThat(((XSSFSheet) book.getSheet("By category")).getDrawingPatriarch().getCharts()).hasSize(1);
      assertThat(((XSSFSheet) book.getSheet("By week")).getDrawingPatriarch().getCharts()).hasSize(1);
      double additional = RESULT.replications().get(0).ledger().totalPence(CostKind.ADDITIONAL) / 100.0;
      assertThat(book.getSheet("Threat levels").getRow(1).getCell(5).getNumericCellValue()).isGreaterThanOrEqualTo(additional);
    }
  }

  @Test
  void theReportIsOneFileWithChartsInlinedAndTextEscaped() throws Exception {
    String html = Files.readString(run.resolve("report.html"));
    assertThat(html).contains("How to read this report", "Cash: what the forces pay", "Special grant",
        "Opportunity cost and unmet demand", "Assumptions register", "Scenario as run", "Key tables");
    assertThat(html.indexOf("Cash: what the forces pay")).as("cash comes first")
        .isLessThan(html.indexOf("Opportunity cost and unmet demand"));
    assertThat(html).doesNotContain("src=\"http", "<script", "href=\"http");
    // The event id 'concert, "big"' is escaped wherever it appears.
    assertThat(html).contains("concert, &quot;big&quot;").doesNotContain("concert, \"big\"");
    int charts = ChartSet.of(RESULT, Map.of(ThreatLevel.SEVERE, RESULT, ThreatLevel.CRITICAL, RESULT)).size();
    assertThat(html.split("<img ", -1)).as("every chart inlined").hasSize(charts + 1);
    assertThat(html).contains("Threat levels: differences from Severe");
    // Unmet demand priced at a constable's overtime: 38,382... here the fixture's constable pay 40,000:
    // H = 40,000 × 7/365 ÷ 40 = 19.178082; × 4/3 × 1.138 = £29.10 an officer-hour.
    assertThat(html).contains("£29.10 an officer-hour");
  }

  @Test
  void assumptionsNameTheSourceOfEveryParameterFoundInSourcesMd() {
    Table register = Assumptions.register(RESULT.scenario());
    assertThat(register.rows()).extracting(r -> r.get(0)).contains("leave.annualLeaveDays", "period.start");
    var leave = register.rows().stream().filter(r -> r.get(0).equals("leave.annualLeaveDays")).findFirst().orElseThrow();
    assertThat(leave.get(1)).isEqualTo("26");
    assertThat((String) leave.get(2)).contains("annual leave");
    // The row the source refers to ("row: annual leave, 22 rising to 30 [Pay and working time]"), with its publication.
    assertThat((String) leave.get(3)).isEqualTo("annual leave: 22 days rising to 30, plus bank holidays (police.uk)");
    assertThat(leave.get(4)).isEqualTo("docs/PUBLIC-FIGURES.md#pay-and-working-time-england-and-wales");
    // A plain-words row of SOURCES.md: "period | 2017-01-01 to 2017-12-31 | the year of the speech".
    var start = register.rows().stream().filter(r -> r.get(0).equals("period.start")).findFirst().orElseThrow();
    assertThat(start.get(2)).isEqualTo("the year of the speech");
  }
}
