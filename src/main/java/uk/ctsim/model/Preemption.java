package uk.ctsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
  /**
   * Held bookings by the day their shift starts (bucket {@code day + 2}, the first and last buckets taking any day
   * before or after), each day's in the order they were booked. Handed out in start order, bookings of one start in
   * booking order (deterministic). Buckets by day rather than a sorted map by minute: a booking is held for most
   * deployments, and the map's boxed keys and tree were a measurable share of a replication.
   */
  private final List<List<Booking>> held = new ArrayList<>();
  /** No bucket below this one holds a booking. */
  private int lowest;
  private static final Comparator<Booking> BY_START = Comparator.comparingLong(b -> b.demand().start());

  Preemption(PreemptionSpec spec, int days) {
    this.enabled = spec.enabled();
    this.horizonMinutes = Math.round(spec.horizonHours() * Minutes.PER_HOUR);
    if (enabled) for (int i = 0; i < days + 4; i++) held.add(new ArrayList<>(0));
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

  private int bucket(long start) {
    long day = Math.floorDiv(start, Minutes.PER_DAY);
    return (int) Math.max(0, Math.min(held.size() - 1, day + 2));
  }

  void hold(Booking b) {
    int at = bucket(b.demand().start());
    held.get(at).add(b);
    lowest = Math.min(lowest, at);
  }

  /** Removes and returns, in start order, the held bookings whose shift starts before {@code now}. */
  List<Booking> started(long now) {
    List<Booking> due = new ArrayList<>();
    int last = bucket(now);
    for (int i = lowest; i <= last; i++) {
      List<Booking> day = held.get(i);
      if (day.isEmpty()) continue;
      List<Booking> later = new ArrayList<>(0);
      int from = due.size();
      for (Booking b : day) (b.demand().start() < now ? due : later).add(b);
      due.subList(from, due.size()).sort(BY_START);
      held.set(i, later);
    }
    while (lowest < held.size() && held.get(lowest).isEmpty()) lowest++;
    return due;
  }

  /** Every booking still held, in start order (the end of the run). */
  List<Booking> all() {
    return started(Long.MAX_VALUE);
  }

  /** The held bookings whose shift starts after {@code now} and within the horizon, in start and booking order. */
  List<Booking> candidates(long now) {
    List<Booking> found = new ArrayList<>();
    long until = now + horizonMinutes;
    for (int i = bucket(now); i <= bucket(until); i++) {
      for (Booking b : held.get(i)) {
        if (b.demand().start() > now && b.demand().start() <= until) found.add(b);
      }
    }
    found.sort(BY_START);
    return found;
  }

  /** Forgets a held booking that was released. */
  void released(Booking b) {
    held.get(bucket(b.demand().start())).remove(b);
  }
}
