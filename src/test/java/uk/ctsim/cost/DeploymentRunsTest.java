package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ctsim.cost.Deployments.EVENT;
import static uk.ctsim.cost.Deployments.MONDAY_12_JUNE_0800;
import static uk.ctsim.cost.Deployments.PATROL;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.SimEvent.OfficerDeployed;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Scenario;

/**
 * The accountant looks a deployment's line positions up once for a run of deployments with the same key: the ledger
 * must be the one of each deployment accounted alone, whatever the runs (a key left, one come back, a category new in
 * the middle of a run).
 */
class DeploymentRunsTest {
  private static final Scenario SCENARIO = TestScenarios.minimal();

  private static CostLedger together(List<OfficerDeployed> deployments) {
    CostAccountant accountant = new CostAccountant(SCENARIO);
    deployments.forEach(accountant::accept);
    return accountant.finish();
  }

  private static CostLedger alone(List<OfficerDeployed> deployments) {
    List<CostLine> lines = new ArrayList<>();
    for (OfficerDeployed d : deployments) {
      CostAccountant accountant = new CostAccountant(SCENARIO);
      accountant.accept(d);
      lines.addAll(accountant.finish().lines());
    }
    return CostLedger.of(lines);
  }

  @Test
  void runsOfOneKeyAndKeysThatComeBackGiveTheLedgerOfEachDeploymentAlone() {
    List<OfficerDeployed> deployments = List.of(
        Deployments.deployed(Rank.CONSTABLE, EVENT, 480, 0, 0, 0, 0, 0),
        Deployments.deployed(Rank.CONSTABLE, EVENT, 480, 120, 0, 0, 0, 0),  // overtime new in the run
        Deployments.deployed(Rank.SERGEANT, PATROL, 480, 0, 0, 0, 0, 0),  // another key
        Deployments.deployed(Rank.CONSTABLE, EVENT, 0, 0, 600, 0, 0, 3),  // the first key again, with a rest day
        Deployments.at(MONDAY_12_JUNE_0800 + 7 * 1440, Rank.CONSTABLE, EVENT, 480, 60, 0, 0, 0, 0),  // next week
        Deployments.deployed(Rank.CONSTABLE, EVENT, 480, 60, 0, 0, 0, 0));
    CostLedger ledger = together(deployments);
    assertThat(ledger).isEqualTo(alone(deployments));
    // the event's abstraction: the three of 2017-W24 (8 h each) in one line, the one of W25 in another
    List<CostLine> abstraction = ledger.lines().stream().filter(l -> l.category() == CostCategory.ABSTRACTION
        && l.reference().equals("athletics")).toList();
    assertThat(abstraction).extracting(CostLine::isoWeek).containsExactly("2017-W24", "2017-W25");
    assertThat(abstraction.get(0).pence()).isEqualTo(3 * abstraction.get(1).pence());
    assertThat(ledger.lines().stream().filter(l -> l.category() == CostCategory.REST_DAY).count()).isEqualTo(1);
    assertThat(ledger.lines().stream().filter(l -> l.category() == CostCategory.OVERTIME).count()).isEqualTo(2);
  }
}
