package uk.ctsim.output.report;

import java.util.List;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.MetricAlignment;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.output.Fixtures;

/** A paired comparison of two runs of the fixture, the second labelled with text that must stay text. */
final class CompareFixture {
  static final String HOSTILE = "B </script><b>bold</b>";

  private CompareFixture() {}

  static Comparison comparison() {
    MetricTable a = MetricTable.of(Fixtures.result());
    MetricTable b = MetricTable.of(Fixtures.result());
    List<String> labels = List.of("A", HOSTILE);
    return new Comparison(labels, List.of(a, b), 0, uk.ctsim.experiment.ComparisonMethod.PAIRED, MetricAlignment.common(labels, List.of(a, b)));
  }
}
