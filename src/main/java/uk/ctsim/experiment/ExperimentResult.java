package uk.ctsim.experiment;

import java.util.List;
import uk.ctsim.scenario.Scenario;

/** The replications of one scenario, in replication order. */
public record ExperimentResult(Scenario scenario, long masterSeed, List<ReplicationResult> replications) {}
