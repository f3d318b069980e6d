package uk.ctsim.experiment;

/** Runs that cannot be compared as asked: different replication counts for a paired comparison, metrics that differ. */
public final class IncomparableRunsException extends RuntimeException {
  public IncomparableRunsException(String message) {
    super(message);
  }
}
