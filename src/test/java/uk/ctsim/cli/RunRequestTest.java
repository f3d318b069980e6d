package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.TestScenario;
import uk.ctsim.scenario.RunSettings;
import uk.ctsim.scenario.Scenario;

/** The seed and count of a request override the scenario's; its counterfactual setting is the scenario's own. */
class RunRequestTest {
  @Test
  void theSeedAndCountAreTheRequestsAndTheCounterfactualStaysTheScenarios() {
    Scenario loaded = TestScenario.builder().build().withRun(new RunSettings(5L, 3, true));
    Scenario asRun = new RunRequest(List.of(), 9L, 2, 1, null, false, true, FileOptions.everything()).asRun(loaded);
    assertThat(asRun.run()).isEqualTo(new RunSettings(9L, 2, true));
    Scenario own = new RunRequest(List.of(), null, null, 1, null, false, true, FileOptions.everything()).asRun(loaded);
    assertThat(own.run()).isEqualTo(new RunSettings(5L, 3, true));
  }
}
