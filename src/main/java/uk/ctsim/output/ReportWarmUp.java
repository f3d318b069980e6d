package uk.ctsim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import uk.ctsim.output.chart.BarCharts;
import uk.ctsim.output.chart.Bars;
import uk.ctsim.output.chart.ChartFiles;
import uk.ctsim.output.chart.Lines;
import uk.ctsim.output.chart.Series;
import uk.ctsim.output.chart.TimeCharts;
import uk.ctsim.output.report.CostsWorkbook;
import uk.ctsim.output.report.Table;
import uk.ctsim.output.report.Table.Type;

/**
 * Loads and first runs the libraries that the files for readers need, on a background thread while a run's
 * replications are simulated: JFreeChart, Java2D's fonts and anti-aliased renderer, the PNG and SVG writers and, for
 * the workbook, POI and its XML classes (about 2,500 classes in all). It draws small charts and writes a small
 * workbook, all thrown away. A one-replication run simulates on one thread, so the second core of a 2-core machine had
 * time to spare then, while the same loading done after the replication, by the threads that make the files, lay on
 * the run's critical path. Nothing made here is written, and the files do not depend on it.
 */
public final class ReportWarmUp {
  private final Thread thread;

  private ReportWarmUp(Thread thread) {
    this.thread = thread;
  }

  /** Starts warming up what {@code choice} writes; does nothing when it writes data files only. */
  public static ReportWarmUp start(OutputChoice choice) {
    if (!choice.readerFiles()) return new ReportWarmUp(null);
    boolean png = choice.charts().png() || choice.files() == OutputChoice.Files.ALL;
    boolean svg = choice.charts().svg();
    boolean workbook = choice.files() == OutputChoice.Files.ALL;
    Thread thread = new Thread(() -> warmUp(png, svg, workbook), "ctsim-warm-up");
    thread.setDaemon(true);
    // A failure here is left to the files' own work, which runs the same code next and reports its failure with the
    // data kept (FolderRun's REPORTS-FAILED.txt); the default handler would only print a stack trace no one asked for.
    thread.setUncaughtExceptionHandler((t, e) -> { });
    thread.start();
    return new ReportWarmUp(thread);
  }

  /**
   * Waits until the warm-up has finished, so that it no longer competes with the files' own work for the processors
   * and its temporary workbook file is gone.
   */
  public void await() {
    if (thread == null) return;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void warmUp(boolean png, boolean svg, boolean workbook) {
    List<Series> values = List.of(new Series("Additional: CT roles", List.of(1.0, 2.0, 3.0)),
        new Series("Additional: other roles", List.of(2.0, 1.0, 0.0)));
    List<String> categories = List.of("one", "two", "three");
    for (JFreeChart chart : List.of(
        BarCharts.bars(new Bars("Bars", "Category", "Cost", Bars.Unit.POUNDS, true, true, categories, values)),
        TimeCharts.lines(new Lines("Lines", "Day", "Hours", values)),
        TimeCharts.panels(new Lines("Panels", "Day", "Officers", values)))) {
      if (png) ChartFiles.png(chart);
      if (svg) ChartFiles.svg(chart);
    }
    if (workbook) workbook(categories);
  }

  /** The two sheets that carry native charts, so that POI's chart classes load too. */
  private static void workbook(List<String> keys) {
    List<List<Object>> rows = keys.stream().map(k -> List.<Object>of(k, 1.0, 2.0, 3.0)).toList();
    List<Table> tables = List.of("By category", "By week").stream().map(title -> new Table(title, Table.columns(
        "Key", Type.TEXT, "Additional (mean)", Type.POUNDS, "Opportunity (mean)", Type.POUNDS, "Total (mean)",
        Type.POUNDS), rows)).toList();
    try {
      CostsWorkbook.write(tables, OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
