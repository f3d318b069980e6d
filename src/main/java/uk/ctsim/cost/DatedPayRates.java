package uk.ctsim.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uk.ctsim.scenario.DatedAllowances;
import uk.ctsim.scenario.PayAward;
import uk.ctsim.scenario.PayPoints;
import uk.ctsim.scenario.PayScaleTable;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;

/**
 * The pay rates of each pay period and pay point, worked out once at set-up: a deployment is priced at the rates of
 * its day and the officer's point. A pay period starts on the first day of the run, on each of the scenario's awards
 * and, when the pay scale table prices the ranks, on each date the table changes a scale (an award or a new scale);
 * with {@code pay.points.londonTable}, also on each date the dated London weighting or London allowance changes.
 */
final class DatedPayRates {
  private final List<LocalDate> from = new ArrayList<>();
  private final List<PayRates[]> rates = new ArrayList<>();
  private final List<Map<Rank, Integer>> scaleSizes = new ArrayList<>();
  private final PayPoints shares;

  /** The rates of a run of unknown start: the first period is the pay before any award. */
  DatedPayRates(PaySpec pay) {
    this(pay, LocalDate.MIN);
  }

  DatedPayRates(PaySpec pay, LocalDate periodStart) {
    this(pay, periodStart, PayScaleTable.shipped());
  }

  DatedPayRates(PaySpec pay, LocalDate periodStart, PayScaleTable table) {
    this(pay, periodStart, table, DatedAllowances.shipped());
  }

  DatedPayRates(PaySpec pay, LocalDate periodStart, PayScaleTable table, DatedAllowances london) {
    this.shares = pay.points();
    TreeSet<LocalDate> starts = new TreeSet<>();
    for (PayAward award : pay.awards()) if (award.from().isAfter(periodStart)) starts.add(award.from());
    PayPoints points = pay.points();
    if (points.scaleTable()) {
      for (LocalDate day : table.changeDays()) if (day.isAfter(periodStart)) starts.add(day);
    }
    if (points.londonTable()) {
      for (LocalDate day : london.changeDays()) if (day.isAfter(periodStart)) starts.add(day);
    }
    from.add(LocalDate.MIN);
    rates.add(byStep(pay, periodStart, table, london));
    scaleSizes.add(sizes(pay, periodStart, table));
    for (LocalDate day : starts) {
      from.add(day);
      rates.add(byStep(pay, day, table, london));
      scaleSizes.add(sizes(pay, day, table));
    }
  }

  /** The number of points of each rank's scale on {@code day}: 1 for a rank paid the scenario's figure. */
  private static Map<Rank, Integer> sizes(PaySpec pay, LocalDate day, PayScaleTable table) {
    Map<Rank, Integer> out = new EnumMap<>(Rank.class);
    PayPoints points = pay.points();
    for (Rank rank : Rank.values()) {
      int n = points.scaleTable() ? table.scale(rank, points.londonScales(), day, points.twoConstableScales()).length : 0;
      out.put(rank, Math.max(1, n));
    }
    return out;
  }

  /**
   * The rates of a rank on {@code day} averaged over its officers' pay points as they are drawn at set-up
   * ({@code pay.points.topPointShare} on the top, the rest evenly below): what an hour of an officer of the rank
   * whose point is not known costs on average. {@code rate} picks the rate (H, O or the full-cost charge F).
   */
  double meanOverPoints(Rank rank, LocalDate day, java.util.function.ToDoubleFunction<PayRates> rate) {
    int n = scaleSizes.get(period(day)).get(rank);
    double mean = 0;
    for (int k = 0; k < n; k++) mean += shares.share(k, n) * rate.applyAsDouble(on(day, k));
    return mean;
  }

  private int period(LocalDate day) {
    int found = Collections.binarySearch(from, day);
    return found >= 0 ? found : -found - 2;  // the last start on or before the day; from.get(0) is LocalDate.MIN
  }

  /**
   * London weighting on {@code day}: the dated table's with {@code pay.points.londonTable} where it has a figure by
   * then, else the scenario's with its awards.
   */
  static double londonWeightingOn(PaySpec pay, LocalDate day, DatedAllowances london) {
    if (pay.points().londonTable()) {
      var found = london.on(DatedAllowances.LONDON_WEIGHTING, day);
      if (found.isPresent()) return found.getAsDouble();
    }
    return PayRates.londonWeightingOn(pay, day);
  }

  /** The London allowance on {@code day}: the dated table's maximum with {@code pay.points.londonTable}, else the scenario's. */
  static double londonAllowanceOn(PaySpec pay, LocalDate day, DatedAllowances london) {
    if (pay.points().londonTable()) {
      var found = london.on(DatedAllowances.LONDON_ALLOWANCE, day);
      if (found.isPresent()) return found.getAsDouble();
    }
    return pay.londonAllowanceGbp();
  }

  /** The rates by steps below the top point, on {@code day}: index 0 is the top point. */
  private static PayRates[] byStep(PaySpec pay, LocalDate day, PayScaleTable table, DatedAllowances london) {
    PayPoints points = pay.points();
    Map<Rank, double[]> scales = new EnumMap<>(Rank.class);
    int steps = 1;
    for (Rank rank : Rank.values()) {
      double[] scale = points.scaleTable()
          ? table.scale(rank, points.londonScales(), day, points.twoConstableScales()) : new double[0];
      if (scale.length == 0) scale = new double[] {pay.annualPayGbp().get(rank) * PayRates.payFactorOn(pay, day)};
      scales.put(rank, scale);
      steps = Math.max(steps, scale.length);
    }
    double londonWeighting = londonWeightingOn(pay, day, london);
    double londonAllowance = londonAllowanceOn(pay, day, london);
    PayRates[] out = new PayRates[steps];
    for (int k = 0; k < steps; k++) {
      Map<Rank, Double> annual = new EnumMap<>(Rank.class);
      for (Rank rank : Rank.values()) {
        double[] scale = scales.get(rank);
        annual.put(rank, scale[Math.max(0, scale.length - 1 - k)]);
      }
      out[k] = PayRates.of(pay, annual, londonWeighting, londonAllowance);
    }
    return out;
  }

  /** The rates on {@code day} by steps below the top point (index 0 is the top point); do not modify the array. */
  PayRates[] byStepOn(LocalDate day) {
    return rates.get(period(day));
  }

  /** The rates of the top point on {@code day}. */
  PayRates on(LocalDate day) {
    return on(day, 0);
  }

  /** The rates on {@code day} of an officer {@code stepsBelowTop} points below the top (the bottom when further). */
  PayRates on(LocalDate day, int stepsBelowTop) {
    PayRates[] byStep = rates.get(period(day));
    return byStep[Math.min(stepsBelowTop, byStep.length - 1)];
  }
}
