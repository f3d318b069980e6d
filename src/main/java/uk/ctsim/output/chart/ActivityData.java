package uk.ctsim.output.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import uk.ctsim.experiment.DailyRow;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.IncidentRow;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.experiment.Summary;
import uk.ctsim.scenario.Role;

/**
 * Builds the inputs of the charts over time (cumulative cost, deployment, abstraction, overtime) and of the attack
 * charts. Means are over replications; percentiles come from {@link Summary#of}. Attack markers and attack charts
 * show the first replication's attacks, because random attacks differ between replications.
 */
public final class ActivityData {
  static final int SURGE_DAYS = 14;
  static final int MAX_ATTACKS = 8;

  private ActivityData() {}

  /** Cumulative total cost at the end of each ISO week: median and P5-P95 across replications. */
  public static CumulativeCost cumulativeCost(ExperimentResult result) {
    Map<String, LocalDate> weeks = Weeks.ends(result.scenario().period());
    List<ReplicationResult> reps = result.replications();
    double[][] cumulative = new double[weeks.size()][reps.size()];
    for (int r = 0; r < reps.size(); r++) {
      Map<String, Long> byWeek = reps.get(r).ledger().sumBy(l -> l.isoWeek());
      double sum = 0;
      int w = 0;
      for (String week : weeks.keySet()) {
        sum += byWeek.getOrDefault(week, 0L) / 100.0;
        cumulative[w++][r] = sum;
      }
    }
    // The line starts at zero on the first day, so costs of the first (part) week show as a rise, not as a start.
    List<LocalDate> ends = new ArrayList<>(List.of(result.scenario().period().start()));
    ends.addAll(weeks.values());
    List<Double> p5 = new ArrayList<>(List.of(0.0));
    List<Double> p50 = new ArrayList<>(List.of(0.0));
    List<Double> p95 = new ArrayList<>(List.of(0.0));
    for (double[] week : cumulative) {
      Summary s = Summary.of(week);
      p5.add(s.p5());
      p50.add(s.p50());
      p95.add(s.p95());
    }
    return new CumulativeCost(ends, p5, p50, p95, markers(reps.get(0)), reps.size());
  }

  /** The first replication's attacks and threat-level changes, in date order. */
  static List<DayMarker> markers(ReplicationResult rep) {
    List<DayMarker> markers = new ArrayList<>();
    for (int i = 1; i < rep.daily().size(); i++) {
      DailyRow d = rep.daily().get(i);
      if (d.threatLevel() != rep.daily().get(i - 1).threatLevel()) {
        markers.add(new DayMarker(d.date(), Labels.of(d.threatLevel()), DayMarker.Kind.THREAT_LEVEL));
      }
    }
    for (IncidentRow incident : attacks(rep)) {
      markers.add(new DayMarker(incident.time().toLocalDate(), incident.name(), DayMarker.Kind.ATTACK));
    }
    markers.sort((a, b) -> a.date().compareTo(b.date()));
    return markers;
  }

  static List<IncidentRow> attacks(ReplicationResult rep) {
    return allAttacks(rep).stream().limit(MAX_ATTACKS).toList();
  }

  private static List<IncidentRow> allAttacks(ReplicationResult rep) {
    return rep.incidents().stream().filter(i -> i.type().isAttack()).toList();
  }

  /** Mean officers a day by kind of work, and mean unmet officer-hours a day. */
  public static DailyDeployment deployment(ExperimentResult result) {
    List<ReplicationResult> reps = result.replications();
    List<DailyRow> first = reps.get(0).daily();
    List<LocalDate> days = first.stream().map(DailyRow::date).toList();
    Map<String, ToDoubleFunction<DailyRow>> kinds = new LinkedHashMap<>();
    kinds.put(Labels.ORDINARY, DailyRow::officersOrdinary);
    kinds.put(Labels.EVENTS, DailyRow::officersEvent);
    kinds.put(Labels.POSTURE, DailyRow::officersPosture);
    kinds.put(Labels.INCIDENTS, DailyRow::officersIncident);
    kinds.put(Labels.INVESTIGATIONS, DailyRow::officersInvestigation);
    List<Series> series = new ArrayList<>();
    kinds.forEach((label, f) -> series.add(new Series(label, dailyMeans(reps, days.size(), f))));
    return new DailyDeployment(days, series, dailyMeans(reps, days.size(), DailyRow::unmetHours), markers(reps.get(0)));
  }

  private static List<Double> dailyMeans(List<ReplicationResult> reps, int days, ToDoubleFunction<DailyRow> f) {
    double[] sums = new double[days];
    for (ReplicationResult rep : reps) {
      if (rep.daily().size() != days) throw new IllegalArgumentException("replications differ in their number of days");
      for (int d = 0; d < days; d++) sums[d] += f.applyAsDouble(rep.daily().get(d)) / reps.size();
    }
    return java.util.Arrays.stream(sums).boxed().toList();
  }

  /** Mean rostered hours taken from ordinary duty a week, stacked by role (roles with none left out). */
  public static Bars abstractionByRole(ExperimentResult result) {
    List<String> weeks = Weeks.labels(result.scenario().period());
    List<Series> series = new ArrayList<>();
    for (Role role : Role.values()) {
      List<Double> values = weeklyMeans(result, weeks, d -> d.abstractionHours().getOrDefault(role, 0.0));
      if (values.stream().anyMatch(v -> v != 0)) series.add(new Series(Labels.of(role), values));
    }
    return new Bars("Abstraction from ordinary duty by role (mean per replication)", "ISO week",
        "Officer-hours per week", Bars.Unit.HOURS, false, true, weeks, series);
  }

  /** Mean overtime officer-hours a week. */
  public static Bars overtimeByWeek(ExperimentResult result) {
    List<String> weeks = Weeks.labels(result.scenario().period());
    return new Bars("Overtime worked per week (mean per replication)", "ISO week", "Overtime officer-hours per week",
        Bars.Unit.HOURS, false, false, weeks,
        List.of(new Series("Overtime", weeklyMeans(result, weeks, DailyRow::overtimeHours))));
  }

  /** Mean rest days and leave days cancelled (worked) a week. */
  public static Bars restDaysByWeek(ExperimentResult result) {
    List<String> weeks = Weeks.labels(result.scenario().period());
    return new Bars("Rest days and leave cancelled per week (mean per replication)", "ISO week", "Days per week",
        Bars.Unit.COUNT, false, true, weeks,
        List.of(new Series("Rest days cancelled", weeklyMeans(result, weeks, DailyRow::restDaysCancelled)),
            new Series("Leave days cancelled", weeklyMeans(result, weeks, DailyRow::leaveDaysCancelled))));
  }

  private static List<Double> weeklyMeans(ExperimentResult result, List<String> weeks, ToDoubleFunction<DailyRow> f) {
    Map<String, Double> sums = new LinkedHashMap<>();
    weeks.forEach(w -> sums.put(w, 0.0));
    int n = result.replications().size();
    for (ReplicationResult rep : result.replications()) {
      for (DailyRow d : rep.daily()) sums.merge(Weeks.label(d.date()), f.applyAsDouble(d) / n, Double::sum);
    }
    return List.copyOf(sums.values());
  }

  /** Attacks drawn day by day: more would make the lines unreadable. */
  static final int MAX_ATTACK_LINES = 4;

  /**
   * For the {@value #MAX_ATTACK_LINES} attacks of the first replication with the most officer-hours, distinct officers
   * deployed to each on each of the {@value #SURGE_DAYS} days from the attack, from counter-terrorism roles and from
   * other roles. Series are keyed by incident, so two attacks of one type on one day are two pairs of lines.
   */
  public static Lines attackOfficers(ExperimentResult result) {
    ReplicationResult rep = result.replications().get(0);
    Map<String, String> labels = attackLabels(allAttacks(rep));
    List<Series> series = new ArrayList<>();
    for (IncidentRow attack : largestAttacks(rep, MAX_ATTACK_LINES)) {
      Double[] ct = new Double[SURGE_DAYS];
      Double[] other = new Double[SURGE_DAYS];
      java.util.Arrays.fill(ct, 0.0);
      java.util.Arrays.fill(other, 0.0);
      for (var day : attack.firstDays()) {
        if (day.day() >= SURGE_DAYS) continue;
        ct[day.day()] = (double) day.ctOfficers();
        other[day.day()] = (double) day.nonCtOfficers();
      }
      String label = labels.get(attack.incidentId());
      series.add(new Series(label + ": " + Labels.CT, List.of(ct)));
      series.add(new Series(label + ": " + Labels.NON_CT, List.of(other)));
    }
    String title = allAttacks(rep).size() > MAX_ATTACK_LINES
        ? "Officers on the " + MAX_ATTACK_LINES + " largest attacks, first 14 days (first replication)"
        : "Officers on each attack, first 14 days (first replication)";
    return new Lines(title, "Days since the attack", "Officers deployed to the attack that day", series);
  }

  /** The {@code n} attacks with the most officer-hours, largest first (ties by time, then id). */
  static List<IncidentRow> largestAttacks(ReplicationResult rep, int n) {
    return allAttacks(rep).stream().sorted(java.util.Comparator
            .comparingDouble((IncidentRow i) -> -i.officerHoursByPhase().values().stream().mapToDouble(d -> d).sum())
            .thenComparing(IncidentRow::time).thenComparing(IncidentRow::incidentId))
        .limit(n).toList();
  }

  /** Officers by overtime worked over the period, mean over replications; those with none are left out. */
  public static Bars overtimeHistogram(ExperimentResult result) {
    Map<String, Double> officers = new LinkedHashMap<>();
    double none = 0;
    int n = result.replications().size();
    int bins = result.replications().stream().mapToInt(r -> r.overtimeHistogram().size()).max().orElse(0);
    for (int b = 1; b < bins; b++) officers.put((b - 1) * 10 + "-" + b * 10, 0.0);
    for (ReplicationResult rep : result.replications()) {
      for (var bin : rep.overtimeHistogram()) {
        if (bin.toHours() == 0) none += bin.officers() / (double) n;
        else officers.merge(Math.round(bin.fromHours()) + "-" + Math.round(bin.toHours()), bin.officers() / (double) n, Double::sum);
      }
    }
    return new Bars(String.format("Overtime per officer over the period (%,.0f officers had none)", none),
        "Overtime hours worked over the period", "Officers (mean per replication)", Bars.Unit.COUNT, false, false,
        List.copyOf(officers.keySet()), List.of(new Series("Officers", List.copyOf(officers.values()))));
  }

  /** First-week investigation officer-hours of CT and other roles, for each of the first replication's attacks. */
  public static Bars attackCtSplit(ExperimentResult result) {
    List<IncidentRow> attacks = attacks(result.replications().get(0));
    Map<String, String> labels = attackLabels(attacks);
    return new Bars("Investigation in the first week: CT and other roles (first replication)", "Attack",
        "Officer-hours in the first 7 days", Bars.Unit.HOURS, attacks.size() > 4, false,
        attacks.stream().map(a -> labels.get(a.incidentId())).toList(),
        List.of(new Series(Labels.CT, attacks.stream().map(IncidentRow::ctHoursFirstWeek).toList()),
            new Series(Labels.NON_CT, attacks.stream().map(IncidentRow::nonCtHoursFirstWeek).toList())));
  }

  /**
   * A label for each attack, by incident id: its name and date, and its incident id as well where two attacks would
   * otherwise read the same (random attacks of one type on one day have the same name and date).
   */
  static Map<String, String> attackLabels(List<IncidentRow> attacks) {
    Map<String, Long> counts = new java.util.HashMap<>();
    for (IncidentRow a : attacks) counts.merge(attackLabel(a), 1L, Long::sum);
    Map<String, String> labels = new LinkedHashMap<>();
    for (IncidentRow a : attacks) {
      String plain = attackLabel(a);
      labels.put(a.incidentId(), counts.get(plain) > 1 ? plain + " [" + a.incidentId() + "]" : plain);
    }
    return labels;
  }

  static String attackLabel(IncidentRow attack) {
    return attack.name() + " (" + attack.time().toLocalDate() + ")";
  }
}
