package uk.ctsim.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uk.ctsim.scenario.PayAward;
import uk.ctsim.scenario.PayPoints;
import uk.ctsim.scenario.PayScaleTable;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;

/**
 * The pay rates of each pay period and pay point, worked out once at set-up: a deployment is priced at the rates of
 * its day and the officer's point. A pay period starts on the first day of the run, on each of the scenario's awards
 * and, when the pay scale table prices the ranks, on each date the table changes a scale (an award or a new scale).
 */
final class DatedPayRates {
  private final List<LocalDate> from = new ArrayList<>();
  private final List<PayRates[]> rates = new ArrayList<>();

  /** The rates of a run of unknown start: the first period is the pay before any award. */
  DatedPayRates(PaySpec pay) {
    this(pay, LocalDate.MIN);
  }

  DatedPayRates(PaySpec pay, LocalDate periodStart) {
    this(pay, periodStart, PayScaleTable.shipped());
  }

  DatedPayRates(PaySpec pay, LocalDate periodStart, PayScaleTable table) {
    TreeSet<LocalDate> starts = new TreeSet<>();
    for (PayAward award : pay.awards()) if (award.from().isAfter(periodStart)) starts.add(award.from());
    PayPoints points = pay.points();
    if (points.scaleTable()) {
      for (LocalDate day : table.changeDays()) if (day.isAfter(periodStart)) starts.add(day);
    }
    from.add(LocalDate.MIN);
    rates.add(byStep(pay, periodStart, table));
    for (LocalDate day : starts) {
      from.add(day);
      rates.add(byStep(pay, day, table));
    }
  }

  /** The rates by steps below the top point, on {@code day}: index 0 is the top point. */
  private static PayRates[] byStep(PaySpec pay, LocalDate day, PayScaleTable table) {
    PayPoints points = pay.points();
    Map<Rank, double[]> scales = new EnumMap<>(Rank.class);
    int steps = 1;
    for (Rank rank : Rank.values()) {
      double[] scale = points.scaleTable() ? table.scale(rank, points.londonScales(), day) : new double[0];
      if (scale.length == 0) scale = new double[] {pay.annualPayGbp().get(rank) * PayRates.payFactorOn(pay, day)};
      scales.put(rank, scale);
      steps = Math.max(steps, scale.length);
    }
    double londonWeighting = PayRates.londonWeightingOn(pay, day);
    PayRates[] out = new PayRates[steps];
    for (int k = 0; k < steps; k++) {
      Map<Rank, Double> annual = new EnumMap<>(Rank.class);
      for (Rank rank : Rank.values()) {
        double[] scale = scales.get(rank);
        annual.put(rank, scale[Math.max(0, scale.length - 1 - k)]);
      }
      out[k] = PayRates.of(pay, annual, londonWeighting);
    }
    return out;
  }

  /** The rates of the top point on {@code day}. */
  PayRates on(LocalDate day) {
    return on(day, 0);
  }

  /** The rates on {@code day} of an officer {@code stepsBelowTop} points below the top (the bottom when further). */
  PayRates on(LocalDate day, int stepsBelowTop) {
    int found = Collections.binarySearch(from, day);
    int i = found >= 0 ? found : -found - 2;  // the last start on or before the day; from.get(0) is LocalDate.MIN
    PayRates[] byStep = rates.get(i);
    return byStep[Math.min(stepsBelowTop, byStep.length - 1)];
  }
}
