package uk.ctsim.model;

import java.util.List;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Role;

/**
 * The officers of one role in one force, with per-day counters: officers rostered on duty, how many have been
 * taken from ordinary duty, and the rostered minutes taken. The floor caps how many can be taken on a day.
 */
final class Pool {
  final ForceId force;
  final Role role;
  final List<Officer> officers;
  final int[] onDuty;
  final long[] rosteredMinutes;
  final int[] abstracted;
  final long[] abstractedMinutes;
  private final double floorShare;
  int cursor;

  Pool(ForceId force, Role role, List<Officer> officers, int days, double floorShare) {
    this.force = force;
    this.role = role;
    this.officers = officers;
    this.onDuty = new int[days + 2];
    this.rosteredMinutes = new long[days + 2];
    this.abstracted = new int[days + 2];
    this.abstractedMinutes = new long[days + 2];
    this.floorShare = floorShare;
  }

  /** Whether one more officer can be taken from ordinary duty on the day without breaching the floor. */
  boolean aboveFloor(int day) {
    return day >= 0 && day < onDuty.length && abstracted[day] < Math.floor(onDuty[day] * (1 - floorShare));
  }

  int ordinary(int day) {
    return onDuty[day] - abstracted[day];
  }
}
