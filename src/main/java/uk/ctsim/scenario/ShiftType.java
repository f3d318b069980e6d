package uk.ctsim.scenario;

import java.time.LocalTime;

/** A named shift: its start time and length. A night shift runs past midnight into the next day. */
public record ShiftType(LocalTime start, Double hours) {
  public ShiftType {
    Require.present(start, "start");
    hours = Require.range(hours, "hours", 1, 16);
  }

  public int startMinute() {
    return start.getHour() * 60 + start.getMinute();
  }

  public int minutes() {
    return (int) Math.round(hours * 60);
  }
}
