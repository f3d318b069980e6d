package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Legal but probably unmeant: events and incidents outside the period, incident types with no phases. */
class ScenarioWarningsTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml");

  @Test
  void theShippedScenariosHaveNoWarnings() {
    assertThat(ScenarioWarnings.of(ScenarioLoader.load(QUICKSTART))).isEmpty();
    assertThat(ScenarioWarnings.of(ScenarioLoader.load(Path.of("scenarios/london-2017.yaml")))).isEmpty();
  }

  @Test
  void eventsAndIncidentsOutsideThePeriodAndPhaselessTypesAreNamed() {
    Scenario s = ScenarioLoader.load(QUICKSTART, List.of("period.end=2017-06-02", "incidents.types.HOAX.phases=[]"));
    assertThat(ScenarioWarnings.of(s)).containsExactly(
        "events[0] (trooping-2017): 2017-06-17 to 2017-06-17 lies wholly outside the period 2017-05-29 to 2017-06-02; "
            + "it is not simulated",
        "events[1] (park-concert): 2017-06-10 to 2017-06-11 lies wholly outside the period 2017-05-29 to 2017-06-02; "
            + "it is not simulated",
        "events[2] (city-ceremony): 2017-06-21 to 2017-06-21 lies wholly outside the period 2017-05-29 to 2017-06-02; "
            + "it is not simulated",
        "incidents.scheduled[0] (london-bridge-2017): 2017-06-03T22:06 lies outside the period 2017-05-29 to 2017-06-02; "
            + "it does not happen",
        "incidents.types.HOAX: no response phases, so its incidents draw no officers and cost only their nonPayGbp");
  }

  @Test
  void datedPostureAndMilitaryPeriodsWithoutATimelineAreNamed() {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/london-2017.yaml"),
        List.of("threat.mode=FIXED", "threat.timeline=[]"));
    assertThat(ScenarioWarnings.of(s)).containsExactly(
        "posture.periods: dated periods apply only with threat.mode TIMELINE; with FIXED posture follows the level",
        "deployment.military.periods: dated periods apply only with threat.mode TIMELINE; with FIXED soldiers guard "
            + "from leadTimeHours after posture becomes CRITICAL");
  }
}
