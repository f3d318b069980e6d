package uk.ctsim.scenario;

import java.util.List;

/**
 * One phase of the response to an incident.
 *
 * <p>The phase starts {@code startHours} after the incident and lasts {@code durationDays}. Staffing is the number of
 * officers needed at once on day 0 of the phase; on day d it is {@code staffing × (1 - dailyTaper)^d}, rounded.
 * A round-the-clock phase is covered by consecutive shifts of {@code shiftHours}; otherwise by one shift a day.
 * Police staff rows ({@code staff}) are drawn from the incident force's staff for the same shifts and taper.
 */
public record PhaseSpec(Kind kind, Double startHours, Double durationDays, Double shiftHours, Boolean roundTheClock,
    Double dailyTaper, List<StaffingRow> staffing, List<StaffRow> staff) {

  /** The kinds of phase; each has its priority and CONTEST strand. */
  public enum Kind {
    /** Armed response, every nearby on-duty officer, cordons: life-threatening, first priority. Prepare. */
    IMMEDIATE,
    /** Scene guards, forensic work, reassurance patrols, rest days cancelled. Prepare. */
    SCENE,
    /** Counter-terrorism investigation with non-CT support, tapering over weeks. Pursue. */
    INVESTIGATION
  }

  public PhaseSpec {
    Require.present(kind, "kind");
    startHours = Require.range(Require.orDefault(startHours, 0.0), "startHours", 0, 24 * 60);
    durationDays = Require.range(durationDays, "durationDays", 1.0 / 24, 365);
    shiftHours = Require.range(Require.orDefault(shiftHours, 8.0), "shiftHours", 1, 16);
    roundTheClock = Require.orDefault(roundTheClock, Boolean.TRUE);
    dailyTaper = Require.range(Require.orDefault(dailyTaper, 0.0), "dailyTaper", 0, 0.99);
    staffing = List.copyOf(Require.present(staffing, "staffing"));
    Require.isTrue(!staffing.isEmpty(), "staffing: a phase needs at least one staffing row");
    staff = List.copyOf(Require.orDefault(staff, List.of()));
  }

  /** A phase that draws no police staff. */
  public PhaseSpec(Kind kind, Double startHours, Double durationDays, Double shiftHours, Boolean roundTheClock,
      Double dailyTaper, List<StaffingRow> staffing) {
    this(kind, startHours, durationDays, shiftHours, roundTheClock, dailyTaper, staffing, null);
  }
}
