package uk.ctsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.scenario.PreemptionSpec;
import uk.ctsim.scenario.SupplySource;

/**
 * The bookings an attack may still take ({@code deployment.preemption}). While pre-emption is on, an officer booked
 * on a planned event shift or a posture shift (guards, patrols) is committed at once (no one else can have the hours)
 * but the booking is held here, not yet recorded as a deployment; it is recorded once its shift has started (the
 * first day start after it, or the end of the run). An attack short after its normal fill may release a held booking
 * whose shift starts within the horizon: the released booking is never recorded, so it is never paid. Only bookings
 * in the officer's rostered time are held: one on overtime, a rest day or leave leaves owed time, fatigue or a recall
 * behind when booked, which a release could not undo.
 */
final class Preemption {
  private final boolean enabled;
  private final long horizonMinutes;
  /** Held bookings by shift start, each start's in the order they were booked (deterministic). */
  private final TreeMap<Long, List<Booking>> held = new TreeMap<>();

  Preemption(PreemptionSpec spec) {
    this.enabled = spec.enabled();
    this.horizonMinutes = Math.round(spec.horizonHours() * Minutes.PER_HOUR);
  }

  boolean enabled() {
    return enabled;
  }

  /**
   * Whether a booking on the demand is held (pre-emptible) rather than recorded now: only a booking in the officer's
   * rostered time (on duty, no overtime), which leaves nothing behind that cannot be undone (no owed time, no fatigue,
   * no recall from leave).
   */
  boolean holds(DemandShift d, SupplySource source, Assignment a) {
    if (!enabled || source != SupplySource.ON_DUTY || a.overtimeMinutes() > 0) return false;
    DemandKind kind = d.ref().kind();
    return kind == DemandKind.EVENT || kind == DemandKind.PROTECTED_SITES || kind == DemandKind.VISIBLE_PATROL;
  }

  /** Whether the demand is one that may pre-empt: an attack's immediate or scene phase. */
  boolean preempts(DemandShift d) {
    DemandKind kind = d.ref().kind();
    return enabled && (kind == DemandKind.INCIDENT_IMMEDIATE || kind == DemandKind.INCIDENT_SCENE);
  }

  void hold(Booking b) {
    held.computeIfAbsent(b.demand().start(), k -> new ArrayList<>()).add(b);
  }

  /** Removes and returns, in start order, the held bookings whose shift starts before {@code now}. */
  List<Booking> started(long now) {
    List<Booking> due = new ArrayList<>();
    while (!held.isEmpty() && held.firstKey() < now) due.addAll(held.pollFirstEntry().getValue());
    return due;
  }

  /** Every booking still held, in start order (the end of the run). */
  List<Booking> all() {
    return started(Long.MAX_VALUE);
  }

  /** The held bookings whose shift starts after {@code now} and within the horizon, in start and booking order. */
  List<Booking> candidates(long now) {
    List<Booking> found = new ArrayList<>();
    for (Map.Entry<Long, List<Booking>> e : held.subMap(now, false, now + horizonMinutes, true).entrySet()) {
      found.addAll(e.getValue());
    }
    return found;
  }

  /** Forgets a held booking that was released. */
  void released(Booking b) {
    List<Booking> at = held.get(b.demand().start());
    at.remove(b);
    if (at.isEmpty()) held.remove(b.demand().start());
  }
}
