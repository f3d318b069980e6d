package uk.ctsim.experiment;

/**
 * A replication that failed for a reason that is not the user's (a bug), named by its index and seed, so that it can
 * be run again alone ({@code --replication-range R..R} with the same master seed) to find the fault: in a run of
 * thousands of replications the failure alone did not say which one.
 */
public final class ReplicationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReplicationFailedException(int replication, long seed, RuntimeException cause) {
    super("replication " + replication + " (seed " + seed + ") failed: " + cause, cause);
  }
}
