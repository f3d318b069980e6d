package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.List;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;

/** Sums each officer's overtime over the period and bins the officers by it. */
final class OvertimeCollector implements EventHandler {
  static final int BIN_HOURS = 10;
  private final double[] hours;

  OvertimeCollector(int officers) {
    this.hours = new double[officers];
  }

  @Override
  public void accept(SimEvent e) {
    if (e instanceof SimEvent.OfficerDeployed o && o.split().overtime() > 0) {
      hours[o.officerId()] += Minutes.hours(o.split().overtime());
    }
  }

  /**
   * The officers with no overtime as a bin from 0 to 0, then bins of {@value #BIN_HOURS} hours up to the one holding
   * the most overtime; every officer is in exactly one bin.
   */
  List<HistogramBin> histogram() {
    int none = 0;
    int[] counts = new int[0];
    for (double h : hours) {
      if (h == 0) {
        none++;
        continue;
      }
      int bin = (int) (h / BIN_HOURS);
      if (bin >= counts.length) counts = java.util.Arrays.copyOf(counts, bin + 1);
      counts[bin]++;
    }
    List<HistogramBin> bins = new ArrayList<>(counts.length + 1);
    bins.add(new HistogramBin(0, 0, none));
    for (int b = 0; b < counts.length; b++) bins.add(new HistogramBin(b * BIN_HOURS, (b + 1) * BIN_HOURS, counts[b]));
    return bins;
  }
}
