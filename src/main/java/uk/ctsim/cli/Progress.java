package uk.ctsim.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the error stream: replications done, rate, elapsed and remaining time. Silent when the output is
 * not a terminal (logs and pipes get no carriage-return noise) or with {@code --quiet}. The engine only calls the
 * {@link IntConsumer} it is given, so it stays free of user interface.
 */
final class Progress implements IntConsumer, AutoCloseable {
  private static final int WIDTH = 100;
  private final ProgressBar bar;
  private final WriterConsumer line;

  private Progress(ProgressBar bar, WriterConsumer line) {
    this.bar = bar;
    this.line = line;
  }

  static Progress start(String task, int total, PrintWriter err, boolean show) {
    if (!show) return new Progress(null, null);
    WriterConsumer line = new WriterConsumer(err);
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" rep", 1)
        .showSpeed(new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)))
        .setConsumer(line).setUpdateIntervalMillis(500).build();
    return new Progress(bar, line);
  }

  @Override
  public void accept(int replication) {
    if (bar != null) bar.step();
  }

  @Override
  public void close() {
    if (bar == null) return;
    bar.close(); // draws the final state before returning
    line.close();
  }

  /** Draws the bar on one line of the command's error writer, so tests capture it like any other output. */
  private static final class WriterConsumer implements ProgressBarConsumer {
    private final PrintWriter err;
    private boolean ended;

    WriterConsumer(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int getMaxRenderedLength() {
      return WIDTH;
    }

    @Override
    public void accept(String rendered) {
      synchronized (err) {
        err.print('\r');
        err.print(rendered);
        err.flush();
      }
    }

    /** Ends the bar's line, once, whether the library or {@link Progress#close} calls it first. */
    @Override
    public void close() {
      synchronized (err) {
        if (ended) return;
        ended = true;
        err.println();
        err.flush();
      }
    }
  }
}
