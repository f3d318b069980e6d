package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.ctsim.cost.CostKind;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/**
 * The patterns of the speech that the shipped london-2017 scenario must reproduce (docs/MODEL.md, section 1), on
 * one replication with the scenario's own seed.
 *
 * <p>Tagged slow: a full london-2017 year; left out of the fast set and of mutation testing.
 */
@Tag("slow")
class London2017PatternsTest {
  private static ReplicationResult result;

  @BeforeAll
  static void run() {
    Scenario scenario = ScenarioLoader.load(Path.of("scenarios/london-2017.yaml"));
    result = Replication.run(scenario, 0, Seeds.replicationSeed(scenario.run().seed(), 0));
  }

  private static IncidentRow incident(String id) {
    return result.incidents().stream().filter(i -> i.incidentId().equals(id)).findFirst().orElseThrow();
  }

  private static EventRow event(String id) {
    return result.events().stream().filter(e -> e.eventId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void londonBridgeBringsOverAThousandOfficersOnTheNight() {
    assertThat(incident("london-bridge").peakConcurrentOfficers()).isGreaterThan(1000);
  }

  @Test
  void overNineHundredOnTheInvestigationInWeekOneAtLeastTwiceAsManyHoursFromOutsideCt() {
    IncidentRow lb = incident("london-bridge");
    assertThat(lb.investigationOfficersFirstWeek()).isGreaterThan(900);
    assertThat(lb.nonCtHoursFirstWeek()).isGreaterThanOrEqualTo(2 * lb.ctHoursFirstWeek());
  }

  @Test
  void theAthleticsChampionshipsCostNearlyTwiceTheirEarlyPlan() {
    for (String id : new String[] {"wac-2017", "wpac-2017"}) {
      EventRow e = event(id);
      double ratio = (double) e.totalPence() / e.initialPlanPence();
      assertThat(ratio).as(id).isBetween(1.7, 2.3);
    }
  }

  @Test
  void costsAreSplitIntoAdditionalAndOpportunityAndBothArePositive() {
    assertThat(result.ledger().totalPence(CostKind.ADDITIONAL)).isPositive();
    assertThat(result.ledger().totalPence(CostKind.OPPORTUNITY)).isPositive();
    assertThat(result.ledger().totalPence()).isEqualTo(
        result.ledger().totalPence(CostKind.ADDITIONAL) + result.ledger().totalPence(CostKind.OPPORTUNITY));
  }

  @Test
  void theYearHasTheCriticalDaysOfTheTimeline() {
    // CRITICAL 23-27 May and 16-17 September 2017: 7 days at 00:00.
    assertThat(result.kpis().get("critical_days")).isEqualTo(7.0);
  }
}
