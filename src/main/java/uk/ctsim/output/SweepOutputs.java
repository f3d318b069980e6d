package uk.ctsim.output;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import uk.ctsim.experiment.design.ExperimentPlan;
import uk.ctsim.experiment.sensitivity.Sensitivity;
import uk.ctsim.experiment.sweep.PointResult;
import uk.ctsim.output.chart.ChartFiles;

/**
 * Writes everything a sweep folder holds besides its point files, from the points' results: the tables, the
 * sensitivity files and charts when the design supports an analysis, and the report. The same results give the same
 * bytes, so a resumed sweep ends with the same folder as one that ran through.
 */
public final class SweepOutputs {
  public static final String REPORT = "report.html";

  private SweepOutputs() {}

  public static void write(SweepFolder folder, ExperimentPlan plan, List<PointResult> results) {
    folder.write(SweepTables.POINTS, out -> SweepTables.writePoints(plan.design(), out));
    folder.write(SweepTables.RESULTS, out -> SweepTables.writeResults(results, plan.outputs(), plan.masterSeed(), out));
    folder.write(SweepTables.SUMMARY, out -> SweepTables.writeSummary(plan.design(), results, plan.outputs(), out));
    List<Sensitivity> analyses = Sensitivity.of(plan.design(), results, plan.outputs());
    Map<String, byte[]> pngs = new LinkedHashMap<>();
    if (!analyses.isEmpty()) {
      folder.write(SensitivityFiles.csvName(plan.design()), out -> SensitivityFiles.writeCsv(analyses, out));
      folder.write(SensitivityFiles.JSON, out -> SensitivityFiles.writeJson(plan.design(), analyses, out));
      for (Sensitivity s : analyses) {
        JFreeChart chart = SensitivityCharts.chart(s);
        byte[] png = ChartFiles.png(chart);
        pngs.put(s.output(), png);
        folder.writeBytes(SensitivityCharts.name(s) + ".png", out -> out.write(png));
        String svg = SensitivityCharts.svg(chart);
        folder.writeBytes(SensitivityCharts.name(s) + ".svg", out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
      }
    }
    String html = SweepReport.html(plan, results, analyses, pngs);
    folder.write(REPORT, out -> out.write(html));
  }
}
