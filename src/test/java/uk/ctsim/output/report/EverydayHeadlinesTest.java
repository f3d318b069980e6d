package uk.ctsim.output.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.experiment.Counterfactual;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.Kpi;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.model.TestScenario;
import uk.ctsim.scenario.EverydayFunction;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.RunSettings;
import uk.ctsim.scenario.Scenario;

/** The report's counter-terrorism share and everyday work, only when the run has them. */
class EverydayHeadlinesTest {
  private static ReplicationResult rep(int r, double attributable) {
    return new ReplicationResult(r, r, CostLedger.of(List.of()), List.of(), List.of(), List.of(),
        Map.of(Counterfactual.ADDITIONAL, attributable, Counterfactual.TOTAL, 2 * attributable,
            Kpi.EVERYDAY_UNMET_HOURS.key(), 1000.0 * r, Kpi.EVERYDAY_BACKLOG_HOURS_END.key(), 5.0));
  }

  private static String html(Scenario s) {
    StringBuilder out = new StringBuilder();
    EverydayHeadlines.write(out, new ExperimentResult(s, 1, List.of(rep(1, 1_000_000), rep(2, 3_000_000))));
    return out.toString();
  }

  @Test
  void aRunWithNeitherWritesNothing() {
    assertThat(html(TestScenario.builder().build())).isEmpty();
  }

  @Test
  void aCounterfactualRunGivesTheAttributableCostWithItsInterval() {
    String html = html(TestScenario.builder().build().withRun(new RunSettings(1L, 2, true)));
    assertThat(html).contains("Cost attributable to counter-terrorism").contains("£2,000,000")
        .contains("£4,000,000").contains("95% CI").doesNotContain("<h2>Everyday work");
  }

  @Test
  void everydayDemandGivesTheWorkLeftUndone() {
    String html = html(TestScenario.builder().everyday(new EverydayFunction("r", Role.RESPONSE, null, null, null,
        null, null, null, null, null)).build());
    assertThat(html).contains("<h2>Everyday work").contains("1,500 h").contains("5 h")
        .doesNotContain("attributable");
  }
}
