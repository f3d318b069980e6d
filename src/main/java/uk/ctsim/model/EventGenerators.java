package uk.ctsim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.scenario.EventSpec;
import uk.ctsim.scenario.GeneratorSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;

/** Draws the generated events of a replication: Poisson arrivals (protests, visits) and fixture lists. */
final class EventGenerators {
  private EventGenerators() {}

  static List<PlannedEvent> draw(List<GeneratorSpec> specs, SimCalendar clock, ThreatLevel referenceLevel,
      RandomGenerator arrivals, RandomGenerator sizes) {
    List<PlannedEvent> out = new ArrayList<>();
    for (GeneratorSpec g : specs) {
      List<LocalDate> dates = g.kind() == GeneratorSpec.Kind.POISSON ? poissonDates(g, clock, arrivals) : g.dates();
      int n = 0;
      for (LocalDate date : dates) {
        int day = clock.dayOf(date);
        if (day < 0 || day >= clock.days()) continue;
        // Truncated at the cap a staffing row allows; validation keeps the cap above the 99.9th percentile.
        double size = Math.min(StaffingRow.MAX_OFFICERS, g.officersMedian() * Math.exp(g.officersSigma() * sizes.nextGaussian()));
        List<StaffingRow> rows = rows(g.roleMix(), size);
        String id = g.id() + "-" + fourDigits(++n);
        EventSpec spec = new EventSpec(id, g.type() + " " + date, g.type(), g.force(), date, 1, g.dailyStart(),
            g.dailyHours(), 0, g.priority(), date.minusDays(g.noticeDays()), referenceLevel, rows, List.of(),
            g.recoveredShare());
        out.add(new PlannedEvent(spec, g.id()));
      }
    }
    return out;
  }

  /** Event dates of a Poisson process of announcements, each held {@code noticeDays} after it is announced. */
  private static List<LocalDate> poissonDates(GeneratorSpec g, SimCalendar clock, RandomGenerator rng) {
    List<LocalDate> dates = new ArrayList<>();
    double ratePerDay = g.ratePerWeek() / 7.0;
    if (ratePerDay <= 0) return dates;
    double t = -g.noticeDays();
    while (true) {
      t += -Math.log(1 - rng.nextDouble()) / ratePerDay;
      int day = (int) Math.floor(t) + g.noticeDays();
      if (day >= clock.days()) break;
      if (day >= 0) dates.add(clock.date(day));
    }
    return dates;
  }

  /** {@code String.format("%04d", n)} for n >= 0, without the formatter (1% of a replication: thousands of events). */
  static String fourDigits(int n) {
    String digits = Integer.toString(n);
    return digits.length() >= 4 ? digits : "0000".substring(digits.length()) + digits;
  }

  private static List<StaffingRow> rows(Map<Role, Double> mix, double size) {
    List<StaffingRow> rows = new ArrayList<>();
    int total = Math.max(1, (int) Math.round(size));
    for (Role role : Role.values()) {
      double share = mix.getOrDefault(role, 0.0);
      int officers = (int) Math.round(total * share);
      if (officers > 0) rows.add(new StaffingRow(role, officers, null));
    }
    if (rows.isEmpty()) {
      Role largest = mix.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      rows.add(new StaffingRow(largest, total, null));
    }
    return rows;
  }
}
