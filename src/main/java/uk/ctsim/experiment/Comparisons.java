package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ctsim.scenario.ThreatLevel;

/**
 * The rules that turn finished runs into a {@link Comparison}: which interval (paired on shared seeds, Welch
 * otherwise), which runs cannot be compared at all, how runs are labelled.
 */
public final class Comparisons {
  private Comparisons() {}

  /**
   * Runs compared with the first: paired when every run has the first run's seeds, Welch otherwise, over the metrics
   * every run has.
   *
   * @throws IncomparableRunsException for runs that share the master seed but not the replication count (a paired
   *     comparison was meant and cannot be made), or runs whose metrics do not line up
   */
  public static Comparison ofRuns(List<ComparedRun> runs) {
    ComparedRun first = runs.get(0);
    ComparisonMethod method = ComparisonMethod.forSeeds(runs.stream().map(ComparedRun::seeds).toList());
    for (ComparedRun r : runs) {
      if (method == ComparisonMethod.WELCH && r.masterSeed() == first.masterSeed()
          && r.seeds().size() != first.seeds().size()) {
        throw new IncomparableRunsException("cannot compare " + first.folder() + " (" + first.seeds().size()
            + " replications) with " + r.folder() + " (" + r.seeds().size() + " replications): they share the master "
            + "seed, so a paired comparison needs the same number of replications; rerun one with --replications "
            + first.seeds().size());
      }
    }
    List<String> labels = labels(runs);
    List<MetricTable> tables = runs.stream().map(ComparedRun::table).toList();
    try {
      return new Comparison(labels, tables, 0, method, MetricAlignment.common(labels, tables));
    } catch (IncomparableRunsException e) {
      throw new IncomparableRunsException("cannot compare these runs: " + e.getMessage());
    }
  }

  /** The same scenario at each threat level on common random numbers (paired), labelled by level, in level order. */
  public static Comparison ofLevels(Map<ThreatLevel, MetricTable> levels, ThreatLevel reference) {
    List<ThreatLevel> order = levels.keySet().stream().sorted().toList();
    if (!order.contains(reference)) throw new IllegalArgumentException("the reference " + reference + " was not run");
    List<String> labels = order.stream().map(Enum::name).toList();
    List<MetricTable> tables = order.stream().map(levels::get).toList();
    return new Comparison(labels, tables, order.indexOf(reference), ComparisonMethod.PAIRED,
        MetricAlignment.common(labels, tables));
  }

  /** Folder names, made unique with a suffix ({@code #2}, {@code #3}) where two runs have the same name. */
  static List<String> labels(List<ComparedRun> runs) {
    List<String> labels = new ArrayList<>();
    for (ComparedRun r : runs) {
      String base = r.folder().getFileName().toString();
      String label = base;
      for (int n = 2; labels.contains(label); n++) label = base + "#" + n;
      labels.add(label);
    }
    return labels;
  }
}
