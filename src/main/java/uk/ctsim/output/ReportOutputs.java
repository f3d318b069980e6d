package uk.ctsim.output;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.output.chart.ChartFiles;
import uk.ctsim.output.chart.ChartSet;
import uk.ctsim.output.chart.NamedChart;
import uk.ctsim.output.report.CostsWorkbook;
import uk.ctsim.output.report.ReportHtml;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Writes the files for readers into a run folder: {@code charts/<name>.png} and {@code .svg}, {@code report.html}
 * and {@code costs.xlsx}. Used at the end of {@code ctsim run}, by {@code ctsim report} on a folder read back, and by
 * a threat-level comparison, which passes each level's result.
 */
public final class ReportOutputs {
  public static final String CHARTS = "charts";

  private ReportOutputs() {}

  /**
   * Writes every report file; returns their names relative to the folder, in the order written.
   *
   * @param levels the same scenario run at each threat level, or empty
   * @param info how the run was made (goes into the report and workbook)
   */
  public static List<String> write(RunFolder folder, ExperimentResult result, Map<ThreatLevel, ExperimentResult> levels,
      RunInfo info) {
    return write(folder, result, levels, info, OutputChoice.EVERYTHING);
  }

  /**
   * Writes the report files {@code choice} asks for (nothing for data only; the charts; or everything), charts in
   * its format; returns their names relative to the folder, in the order written.
   */
  public static List<String> write(RunFolder folder, ExperimentResult result, Map<ThreatLevel, ExperimentResult> levels,
      RunInfo info, OutputChoice choice) {
    List<String> files = new ArrayList<>();
    if (!choice.readerFiles()) return files;
    boolean report = choice.files() == OutputChoice.Files.ALL;
    List<ReportHtml.Figure> figures = new ArrayList<>();
    for (NamedChart chart : ChartSet.of(result, levels)) {
      String base = CHARTS + "/" + chart.name();
      byte[] png = choice.charts().png() || report ? ChartFiles.png(chart.chart()) : null;
      if (choice.charts().png()) {
        folder.writeBytes(base + ".png", out -> out.write(png));
        files.add(base + ".png");
      }
      if (choice.charts().svg()) {
        folder.writeBytes(base + ".svg", out -> out.write(ChartFiles.svg(chart.chart()).getBytes(StandardCharsets.UTF_8)));
        files.add(base + ".svg");
      }
      if (report) figures.add(new ReportHtml.Figure(chart.title(), chart.caption(), png));
    }
    if (!report) return files;
    var run = RunMetadata.of(info, result);
    folder.write(ReportHtml.FILE, out -> out.write(ReportHtml.render(result, levels, figures, run)));
    files.add(ReportHtml.FILE);
    folder.writeBytes(CostsWorkbook.FILE, out -> CostsWorkbook.write(CostsWorkbook.tables(result, levels, run), out));
    files.add(CostsWorkbook.FILE);
    return files;
  }
}
