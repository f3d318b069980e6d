package uk.ctsim.output.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLine;
import uk.ctsim.experiment.EventRow;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.experiment.Summary;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Builds the cost charts' inputs from experiment results: every number a chart shows is computed here (means over
 * replications, and {@link Summary#of} for intervals), so drawing code only draws. Money is in pounds. Daily and
 * incident charts are built by {@link ActivityData}.
 */
public final class ChartData {
  static final int TOP_EVENTS = 20;
  private static final List<String> KINDS = List.of(Labels.kind(CostKind.ADDITIONAL), Labels.kind(CostKind.OPPORTUNITY));

  private ChartData() {}

  /**
   * Cost by threat level, in level order. With no levels, one bar of the run as made, labelled with its scenario's
   * starting threat level and "as run".
   */
  public static CostByLevel costByLevel(ExperimentResult run, Map<ThreatLevel, ExperimentResult> levels) {
    List<LevelBar> bars = new ArrayList<>();
    if (levels.isEmpty()) {
      bars.add(levelBar(Labels.of(run.scenario().threat().level()) + " (as run)", run));
    } else {
      levels.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> bars.add(levelBar(Labels.of(e.getKey()), e.getValue())));
    }
    return new CostByLevel(bars);
  }

  /**
   * Each level's difference from the reference level, paired replication by replication (the levels share random
   * numbers), additional and opportunity cost; the reference itself is left out.
   */
  public static CostByLevel levelDifferences(Map<ThreatLevel, ExperimentResult> levels, ThreatLevel reference) {
    ExperimentResult ref = levels.get(reference);
    List<LevelBar> bars = new ArrayList<>();
    levels.entrySet().stream().sorted(Map.Entry.comparingByKey()).filter(e -> e.getKey() != reference)
        .forEach(e -> bars.add(new LevelBar(Labels.of(e.getKey()),
            difference(ref, e.getValue(), r -> r.ledger().totalPence(CostKind.ADDITIONAL)),
            difference(ref, e.getValue(), r -> r.ledger().totalPence(CostKind.OPPORTUNITY)))));
    return new CostByLevel(bars);
  }

  private static Interval difference(ExperimentResult a, ExperimentResult b, ToLongFunction<ReplicationResult> pence) {
    double[] x = a.replications().stream().mapToDouble(r -> pence.applyAsLong(r) / 100.0).toArray();
    double[] y = b.replications().stream().mapToDouble(r -> pence.applyAsLong(r) / 100.0).toArray();
    if (x.length < 2) {
      double d = java.util.Arrays.stream(y).sum() - java.util.Arrays.stream(x).sum();
      return new Interval(d / Math.max(1, x.length), Double.NaN, Double.NaN);
    }
    uk.ctsim.experiment.Difference d = uk.ctsim.experiment.Difference.paired(x, y);
    return new Interval(d.mean(), d.ciLow(), d.ciHigh());
  }

  private static LevelBar levelBar(String label, ExperimentResult result) {
    return new LevelBar(label, interval(result, r -> r.ledger().totalPence(CostKind.ADDITIONAL)),
        interval(result, r -> r.ledger().totalPence(CostKind.OPPORTUNITY)));
  }

  /** Mean and 95% confidence interval across replications of a total in pence, as pounds. */
  public static Interval interval(ExperimentResult result, ToLongFunction<ReplicationResult> pence) {
    Summary s = Summary.of(result.replications().stream().mapToDouble(r -> pence.applyAsLong(r) / 100.0).toArray());
    return new Interval(s.mean(), s.ciLow(), s.ciHigh());
  }

  /** Mean cost by category: one stacked bar for additional and one for opportunity cost. */
  public static Bars byCategory(ExperimentResult result) {
    return byKind(result, "Cost by category (mean per replication)", CostCategory.values(), CostLine::category);
  }

  /** Mean cost by CONTEST strand: one stacked bar for additional and one for opportunity cost. */
  public static Bars byStrand(ExperimentResult result) {
    return byKind(result, "Cost by CONTEST strand (mean per replication)", Strand.values(), CostLine::strand);
  }

  private static <E extends Enum<E>> Bars byKind(ExperimentResult result, String title, E[] constants,
      Function<CostLine, E> key) {
    int n = result.replications().size();
    List<Series> series = new ArrayList<>();
    for (E constant : constants) {
      double[] byKind = new double[CostKind.values().length];
      boolean any = false;
      for (ReplicationResult rep : result.replications()) {
        for (CostLine line : rep.ledger().lines()) {
          if (key.apply(line) != constant) continue;
          byKind[line.kind().ordinal()] += line.pence() / 100.0 / n;
          any = true;
        }
      }
      if (any) series.add(new Series(Labels.of(constant), List.of(byKind[0], byKind[1])));
    }
    return new Bars(title, "Kind of cost", "Cost (£)", Bars.Unit.POUNDS, false, true, KINDS, series);
  }

  /** The {@value #TOP_EVENTS} events with the highest mean total cost; an event absent from a replication counts 0. */
  public static Bars topEvents(ExperimentResult result) {
    int n = result.replications().size();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (ReplicationResult rep : result.replications()) {
      for (EventRow e : rep.events()) {
        names.putIfAbsent(e.eventId(), e.name());
        double[] s = sums.computeIfAbsent(e.eventId(), id -> new double[2]);
        s[0] += e.additionalPence() / 100.0 / n;
        s[1] += e.opportunityPence() / 100.0 / n;
      }
    }
    List<String> top = sums.keySet().stream()
        .sorted(Comparator.comparingDouble((String id) -> -(sums.get(id)[0] + sums.get(id)[1]))
            .thenComparing(Comparator.naturalOrder()))
        .limit(TOP_EVENTS).toList();
    List<String> labels = new ArrayList<>();
    for (String id : top) {
      String name = names.get(id);
      labels.add(labels.contains(name) || names.values().stream().filter(name::equals).count() > 1
          ? name + " (" + id + ")" : name);
    }
    return new Bars("Top " + top.size() + " events by cost (mean per replication)", "Event", "Cost (£)",
        Bars.Unit.POUNDS, true, false, labels,
        List.of(new Series(KINDS.get(0), top.stream().map(id -> sums.get(id)[0]).toList()),
            new Series(KINDS.get(1), top.stream().map(id -> sums.get(id)[1]).toList())));
  }
}
