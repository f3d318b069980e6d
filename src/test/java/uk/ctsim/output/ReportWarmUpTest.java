package uk.ctsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The warm-up runs only when a run writes files for readers, and is over once it has been awaited. */
class ReportWarmUpTest {
  private static boolean warming() {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("ctsim-warm-up") && t.isAlive());
  }

  @Test
  void aRunOfDataFilesOnlyStartsNoWarmUp() {
    ReportWarmUp.start(new OutputChoice(OutputChoice.Files.DATA, OutputChoice.ChartFormat.BOTH)).await();
    assertThat(warming()).isFalse();
  }

  @Test
  @Timeout(120)
  void everyChoiceOfReaderFilesWarmsUpOnItsOwnDaemonThreadAndEndsWhenAwaited() {
    for (OutputChoice.Files files : new OutputChoice.Files[] {OutputChoice.Files.CHARTS, OutputChoice.Files.ALL}) {
      for (OutputChoice.ChartFormat format : OutputChoice.ChartFormat.values()) {
        ReportWarmUp warmUp = ReportWarmUp.start(new OutputChoice(files, format));
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("ctsim-warm-up"))
            .allMatch(Thread::isDaemon);
        warmUp.await();
        assertThat(warming()).as("%s %s", files, format).isFalse();
      }
    }
  }
}
