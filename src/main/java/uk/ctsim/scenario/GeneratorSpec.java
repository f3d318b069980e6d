package uk.ctsim.scenario;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A generator of stochastic or listed events.
 *
 * <p>{@code kind: POISSON} draws events as a Poisson process at {@code ratePerWeek}, each needing a lognormal number
 * of officers (median {@code officersMedian}, log-sd {@code officersSigma}) announced {@code noticeDays} ahead.
 * {@code kind: FIXTURES} holds one event on each date of {@code dates}, each needing {@code officersMedian} officers
 * (times a lognormal factor when {@code officersSigma} &gt; 0). The size distribution is checked by its 99.9th
 * percentile, which must not exceed {@link StaffingRow#MAX_OFFICERS}; draws above that cap (fewer than one in a
 * thousand) are truncated to it, so no seed can draw an event the model cannot staff.
 *
 * @param roleMix share of the officers drawn from each role; adds up to 1
 */
public record GeneratorSpec(String id, Kind kind, EventType type, ForceId force, Double ratePerWeek,
    List<LocalDate> dates, Double officersMedian, Double officersSigma, LocalTime dailyStart, Double dailyHours,
    Integer noticeDays, Integer priority, Map<Role, Double> roleMix, Double recoveredShare) {
  /** 64 characters of an event id, less a dash and six digits of the generated events' number. */
  public static final int MAX_ID_LENGTH = 57;

  /** The standard normal's 99.9th percentile: a generated event's size is checked at this quantile. */
  public static final double Z_999 = 3.090232306167813;

  /** How a generator makes events. */
  public enum Kind { POISSON, FIXTURES }

  public GeneratorSpec {
    Require.id(id, "id");
    // Its events are named id-0001, id-0002, ...: at most 157,000 in a period (1,000 a week over 1,098 days), so 6
    // digits and a dash after the id must still fit an event id's 64 characters.
    Require.isTrue(id.length() <= MAX_ID_LENGTH, "id: a generator's id is at most " + MAX_ID_LENGTH
        + " characters (its events are named id-0001, id-0002, ... and an event id is at most 64), was " + id.length());
    Require.present(kind, "kind");
    Require.present(type, "type");
    force = Require.orDefault(force, ForceId.MET);
    Require.isTrue(force != ForceId.NATIONAL, "force: an event is led by one of the scenario's forces; NATIONAL is the mutual-aid pool");
    if (kind == Kind.POISSON) {
      ratePerWeek = Require.range(ratePerWeek, "ratePerWeek", 0, 1000);
      Require.isTrue(dates == null || dates.isEmpty(), "dates: only a FIXTURES generator has dates");
      dates = List.of();
    } else {
      dates = List.copyOf(Require.present(dates, "dates"));
      // 0 is accepted so that a FIXTURES generator written out (with its rate of 0) reads back.
      Require.isTrue(ratePerWeek == null || ratePerWeek == 0, "ratePerWeek: only a POISSON generator has a rate");
      ratePerWeek = 0.0;
    }
    officersMedian = Require.range(officersMedian, "officersMedian", 1, 20_000);
    officersSigma = Require.range(Require.orDefault(officersSigma, 0.0), "officersSigma", 0, 3);
    double p999 = officersMedian * Math.exp(Z_999 * officersSigma);
    Require.isTrue(p999 <= StaffingRow.MAX_OFFICERS, "officersSigma: with officersMedian " + officersMedian
        + " and officersSigma " + officersSigma + ", one event in a thousand would need more than "
        + Math.round(p999) + " officers (the 99.9th percentile); at most " + StaffingRow.MAX_OFFICERS
        + " are allowed, so lower the median or the sigma");
    dailyStart = Require.orDefault(dailyStart, LocalTime.of(10, 0));
    dailyHours = Require.range(Require.orDefault(dailyHours, 8.0), "dailyHours", 1, 24);
    noticeDays = Require.count(Require.orDefault(noticeDays, 7), "noticeDays", 730);
    priority = Require.count(Require.orDefault(priority, 6), "priority", 9);
    Require.isTrue(priority >= 1, "priority: must be 1 (highest) to 9");
    roleMix = Require.copy(Require.present(roleMix, "roleMix"));
    Require.sharesSumToOne(roleMix, "roleMix");
    recoveredShare = Require.share(Require.orDefault(recoveredShare, 0.0), "recoveredShare");
  }
}
