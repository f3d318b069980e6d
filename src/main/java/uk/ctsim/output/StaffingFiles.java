package uk.ctsim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.ctsim.experiment.sweep.StaffingSearch;

/**
 * {@code staffing.csv} of {@code ctsim min-staffing}: every establishment evaluated, with the share of replications
 * that met the limit, its exact 95% interval, the metric's mean and whether the share was reached.
 */
public final class StaffingFiles {
  public static final String CSV = "staffing.csv";

  private StaffingFiles() {}

  public static void write(List<StaffingSearch.Candidate> evaluated, Writer out) throws IOException {
    try (CsvTable t = new CsvTable(out, List.of("officers", "replications", "passing", "share", "share_ci_low",
        "share_ci_high", "metric_mean", "passes"))) {
      for (StaffingSearch.Candidate c : evaluated) {
        t.row(List.of(Integer.toString(c.officers()), Integer.toString(c.replications()), Integer.toString(c.passing()),
            Cells.decimal(c.share(), 4), Cells.decimal(c.shareLow(), 4), Cells.decimal(c.shareHigh(), 4),
            Cells.decimal(c.meanMetric(), 4), Boolean.toString(c.passes())));
      }
    }
  }
}
