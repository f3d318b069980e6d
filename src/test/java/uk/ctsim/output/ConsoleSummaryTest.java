package uk.ctsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {
  private final String text = ConsoleSummary.render(Fixtures.result(), Path.of("/runs/tiny-1"));

  @Test
  void showsMeanCostsWithThousandsSeparators() {
    // additional: (1,234,558.88 + 2,469,126.77) / 2 = 1,851,842.83 → £1,851,843
    assertThat(text).containsPattern("  additional +£1,851,843\n");
    assertThat(text).containsPattern("  opportunity +£5,000\n");
    assertThat(text).contains("Period:        2017-06-01 to 2017-06-02 (2 days)");
    assertThat(text).contains("Replications:  2 (master seed 42)");
  }

  @Test
  void breaksDownByCategoryStrandAndForceListingOnlyWhatHasCost() {
    assertThat(text).containsPattern("  Overtime +£1,851,852\n").containsPattern("  Recovery +-£10\n");
    assertThat(text).containsPattern("  Prepare +£1\n").containsPattern("  National \\(mutual aid\\) +£1\n");
    assertThat(text).doesNotContain("PREVENT").doesNotContain("BTP");
  }

  @Test
  void givesAdditionalCostByFinancialYearAndByFunder() {
    // every additional line is in 2017-18: (1,234,558.88 + 2,469,126.77) / 2 = £1,851,843;
    // core budget: overtime (1,234,567.89 + 2,469,135.78) / 2 + mutual aid 0.99 = 1,851,852.83 → £1,851,853;
    // the organiser: the recovery line, -£10
    assertThat(text).contains("Additional cost by financial year (April to March)\n")
        .containsPattern("  2017-18 +£1,851,843\n");
    assertThat(text).contains("Additional cost by funder\n").containsPattern("  Force core budget +£1,851,853\n")
        .containsPattern("  Event organiser +-£10\n").doesNotContain("CT policing grant");
  }

  @Test
  void listsTopEventsIncidentsUnmetHoursAndTheFolder() {
    assertThat(text.indexOf("World Athletics Championships")).isLessThan(text.indexOf("Concert"));
    assertThat(text).contains("Incidents:     1.0 a replication, mean peak 1000 officers");
    assertThat(text).contains("Run folder:    /runs/tiny-1");
    assertThat(text).contains("Unmet demand:  0 officer-hours (mean)");
  }

  @Test
  void withSeveralReplicationsShowsTheIntervalAndP90OfEachCostTotal() {
    // additional 1,234,558.88 and 2,469,126.77: t(1) = 12.7062, interval −5,991,493.36 to 9,695,179.01, cut at zero
    // (a cost cannot be negative; Summary's t-cut-at-zero with so few replications);
    // P90 (R-7) = 1,234,558.88 + 0.9 × 1,234,567.89 = 2,345,669.98
    assertThat(text).contains("Uncertainty over 2 replications");
    assertThat(text).containsPattern("  additional +£1,851,843 +£0 to £9,695,179 +£2,345,670\n");
  }

  @Test
  void givesConstantPricesBesideNominalWhenTheScenarioNamesABaseYear() throws java.io.IOException {
    assertThat(text).doesNotContain("prices (GDP deflator)");
    var costs = new uk.ctsim.scenario.CostRates(null, null, null, null, null, "2016-17");
    var atBase = new uk.ctsim.experiment.ExperimentResult(Fixtures.scenario(costs), 42L,
        Fixtures.result().replications());
    // every line is in 2017-18: × 96.245 / 97.908 (HM Treasury GDP deflator); additional 123,455,888p → 121,358,949p
    // and 246,912,677p → 242,718,783p, mean £1,820,388.66; opportunity 500,005p → 491,512p
    String constant = ConsoleSummary.render(atBase, Path.of("/runs/tiny-1"));
    assertThat(constant).contains("Cost at 2016-17 prices (GDP deflator), mean\n")
        .containsPattern("  additional +£1,820,389\n").containsPattern("  opportunity +£4,915\n")
        .containsPattern("  total +£1,825,304\n");
    java.io.StringWriter json = new java.io.StringWriter();
    SummaryJson.write(atBase, json);
    var node = Json.MAPPER.readTree(json.toString()).get("constant_prices");
    assertThat(node.get("base_year").asText()).isEqualTo("2016-17");
    assertThat(node.get("additional_gbp").decimalValue()).isEqualByComparingTo("1820388.66");
    assertThat(node.get("opportunity_gbp").decimalValue()).isEqualByComparingTo("4915.12");
    assertThat(node.get("total_gbp").decimalValue()).isEqualByComparingTo("1825303.78");
    java.io.StringWriter nominal = new java.io.StringWriter();
    SummaryJson.write(Fixtures.result(), nominal);
    assertThat(Json.MAPPER.readTree(nominal.toString()).has("constant_prices")).isFalse();
  }

  @Test
  void oneReplicationHasNoIntervalBlock() {
    var one = new uk.ctsim.experiment.ExperimentResult(Fixtures.scenario(), 1L,
        java.util.List.of(Fixtures.result().replications().get(0)));
    assertThat(ConsoleSummary.render(one, Path.of("/runs/one"))).doesNotContain("Uncertainty");
  }
}
