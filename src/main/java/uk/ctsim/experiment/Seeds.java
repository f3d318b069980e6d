package uk.ctsim.experiment;

import uk.ctsim.model.RandomStreams;

/**
 * Replication seeds. Replication r (from 0) of master seed m gets {@code splitmix64(m + (r + 1) × 0x9E3779B97F4A7C15)},
 * the (r+1)-th output of a SplitMix64 generator started at m. Seeds depend only on m and r, never on the thread that
 * runs the replication or the order replications finish in.
 */
public final class Seeds {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  public static long replicationSeed(long master, int replication) {
    return RandomStreams.splitMix64(master + (replication + 1L) * GOLDEN_GAMMA - GOLDEN_GAMMA);
  }
}
