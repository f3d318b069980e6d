package uk.ctsim.experiment;

import java.util.Locale;

/** How a difference between two runs' means gets its interval. */
public enum ComparisonMethod {
  /** A t-interval of replication-by-replication differences: runs on common random numbers (the same seeds). */
  PAIRED,
  /** Independent samples, Welch–Satterthwaite degrees of freedom: runs on different seeds. */
  WELCH;

  /** The name written in files and tables: {@code paired} or {@code welch}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Paired when every run has the first run's replication seeds, in order; Welch otherwise. */
  public static ComparisonMethod forSeeds(java.util.List<? extends java.util.List<Long>> seedsByRun) {
    java.util.List<Long> first = seedsByRun.get(0);
    return seedsByRun.stream().allMatch(first::equals) ? PAIRED : WELCH;
  }
}
