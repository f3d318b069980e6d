package uk.ctsim.scenario;

/**
 * Master seed and the number of replications; both can be overridden on the command line.
 *
 * @param counterfactual whether each replication is paired, on the same seed, with the scenario without
 *     counter-terrorism demand, to measure the cost attributable to counter-terrorism (default false)
 */
public record RunSettings(Long seed, Integer replications, Boolean counterfactual) {
  public static final int MAX_REPLICATIONS = 100_000;

  public RunSettings {
    seed = Require.orDefault(seed, 20170720L);
    replications = Require.count(Require.orDefault(replications, 1), "replications", MAX_REPLICATIONS);
    Require.isTrue(replications >= 1, "replications: must be at least 1");
    counterfactual = Require.orDefault(counterfactual, false);
  }

  public static RunSettings defaults() {
    return new RunSettings(null, null, null);
  }
}
