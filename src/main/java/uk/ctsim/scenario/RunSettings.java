package uk.ctsim.scenario;

/** Master seed and the number of replications; both can be overridden on the command line. */
public record RunSettings(Long seed, Integer replications) {
  public static final int MAX_REPLICATIONS = 100_000;

  public RunSettings {
    seed = Require.orDefault(seed, 20170720L);
    replications = Require.count(Require.orDefault(replications, 1), "replications", MAX_REPLICATIONS);
    Require.isTrue(replications >= 1, "replications: must be at least 1");
  }

  public static RunSettings defaults() {
    return new RunSettings(null, null);
  }
}
