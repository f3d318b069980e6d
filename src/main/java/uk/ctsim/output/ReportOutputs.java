package uk.ctsim.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.output.chart.ChartFiles;
import uk.ctsim.output.chart.ChartSet;
import uk.ctsim.output.chart.NamedChart;
import uk.ctsim.output.report.CostsWorkbook;
import uk.ctsim.output.report.ReportHtml;
import uk.ctsim.output.report.SharedTables;
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
    var run = RunMetadata.of(info, result);
    // The tables that report.html and the workbook both show are made once, on another thread, and the workbook, which
    // needs no chart, is made from them there while the charts are drawn.
    CompletableFuture<SharedTables> shared = report ? CompletableFuture.supplyAsync(() -> SharedTables.of(result)) : null;
    CompletableFuture<byte[]> workbook = report
        ? shared.thenApplyAsync(tables -> workbook(CostsWorkbook.tables(result, levels, tables, run))) : null;
    List<ReportHtml.Figure> figures = new ArrayList<>();
    boolean png = choice.charts().png() || report;
    boolean svg = choice.charts().svg();
    for (Rendered r : render(ChartSet.of(result, levels), png, svg)) {
      String base = CHARTS + "/" + r.chart().name();
      if (choice.charts().png()) {
        folder.writeBytes(base + ".png", out -> out.write(r.png()));
        files.add(base + ".png");
      }
      if (svg) {
        folder.writeBytes(base + ".svg", out -> out.write(r.svg()));
        files.add(base + ".svg");
      }
      if (report) figures.add(new ReportHtml.Figure(r.chart().title(), r.chart().caption(), r.png()));
    }
    if (!report) return files;
    String html = ReportHtml.render(result, levels, figures, joined(shared), run);
    folder.write(ReportHtml.FILE, out -> out.write(html));
    files.add(ReportHtml.FILE);
    byte[] xlsx = joined(workbook);
    folder.writeBytes(CostsWorkbook.FILE, out -> out.write(xlsx));
    files.add(CostsWorkbook.FILE);
    return files;
  }

  private static byte[] workbook(List<uk.ctsim.output.report.Table> tables) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      CostsWorkbook.write(tables, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + CostsWorkbook.FILE, e);
    }
    return bytes.toByteArray();
  }

  /** The value of a finished task; its own failure rethrown as it was, not wrapped. */
  private static <T> T joined(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw e;
    }
  }

  /** A chart with its PNG and SVG bytes (null when not asked for). */
  private record Rendered(NamedChart chart, byte[] png, byte[] svg) {}

  /**
   * Renders the charts on the common fork-join pool, each chart on one thread (a chart is drawn by one thread at a
   * time), and returns them in the order given: the files are written in that order by the caller, so the folder is
   * the same whatever the threads. Rendering one after another took most of a one-replication run's report time.
   */
  private static List<Rendered> render(List<NamedChart> charts, boolean png, boolean svg) {
    return charts.parallelStream().map(c -> new Rendered(c, png ? ChartFiles.png(c.chart()) : null,
        svg ? ChartFiles.svg(c.chart()).getBytes(StandardCharsets.UTF_8) : null)).toList();
  }
}
