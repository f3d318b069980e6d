package uk.ctsim.output.report;

import uk.ctsim.experiment.ExperimentResult;

/**
 * The tables that both {@code report.html} and {@code costs.xlsx} show, made once for a run and given to both: each
 * file made its own, and the assumptions register alone took a quarter of a second of a one-replication run.
 */
public record SharedTables(Table byCategory, Table byStrand, Table byForce, Table byEvent, Table byIncident,
    Table assumptions) {

  public static SharedTables of(ExperimentResult result) {
    return new SharedTables(CostTables.byCategory(result), CostTables.byStrand(result), CostTables.byForce(result),
        CostTables.byEvent(result), CostTables.byIncident(result), Assumptions.register(result.scenario()));
  }
}
