package uk.ctsim.output.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import uk.ctsim.experiment.DailyRow;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;

/** Everyday (non-CT) demand and what met it, day by day, as the mean of replications. */
final class EverydayData {
  static final String DEMAND = "Everyday demand";
  static final String ORDINARY = "Ordinary duty available";
  static final String EXTRA = "Overtime, rest days or leave";
  static final String UNMET = "Unmet or dropped";
  static final String BACKLOG = "Backlog (waiting work)";

  private EverydayData() {}

  static Lines demandAndSupply(ExperimentResult run) {
    List<Series> series = List.of(mean(run, DEMAND, e -> e.demandHours()), mean(run, ORDINARY, e -> e.ordinaryHours()),
        mean(run, EXTRA, e -> e.extraHours()), mean(run, UNMET, e -> e.unmetHours()));
    return new Lines("Everyday demand and supply (mean of replications)", "Day of the period", "Officer-hours a day",
        series);
  }

  static Lines backlog(ExperimentResult run) {
    return new Lines("Everyday work waiting at the end of each day (mean of replications)", "Day of the period",
        "Officer-hours waiting", List.of(mean(run, BACKLOG, e -> e.backlogHours())));
  }

  private static Series mean(ExperimentResult run, String key, ToDoubleFunction<DailyRow.Everyday> f) {
    List<ReplicationResult> reps = run.replications();
    int days = reps.stream().mapToInt(r -> r.daily().size()).min().orElse(0);
    List<Double> values = new ArrayList<>(days);
    for (int d = 0; d < days; d++) {
      double sum = 0;
      for (ReplicationResult r : reps) sum += f.applyAsDouble(r.daily().get(d).everyday());
      values.add(reps.isEmpty() ? 0 : sum / reps.size());
    }
    return new Series(key, values);
  }
}
