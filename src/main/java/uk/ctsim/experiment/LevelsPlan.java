package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ctsim.scenario.ThreatLevel;

/**
 * A scenario run with the threat level held fixed at each of {@code levels}, on common random numbers, each level
 * compared with {@code reference}.
 *
 * @param levels distinct, in level order
 */
public record LevelsPlan(String scenario, long masterSeed, int replications, List<ThreatLevel> levels,
    ThreatLevel reference) {
  public LevelsPlan {
    Objects.requireNonNull(scenario, "scenario");
    levels = levels.stream().distinct().sorted().toList();
    if (levels.isEmpty()) throw new IllegalArgumentException("no threat level to run");
    Objects.requireNonNull(reference, "reference");
    if (!levels.contains(reference)) throw new IllegalArgumentException("the reference " + reference + " is not run");
  }

  /** The seed of every replication, the same at every level. */
  public List<Long> seeds() {
    List<Long> seeds = new ArrayList<>();
    for (int r = 0; r < replications; r++) seeds.add(Seeds.replicationSeed(masterSeed, r));
    return seeds;
  }
}
