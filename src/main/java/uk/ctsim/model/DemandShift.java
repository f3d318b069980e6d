package uk.ctsim.model;

import uk.ctsim.model.events.DemandRef;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.Role;

/**
 * A need for {@code officers} officers of a role at the same time, from {@code start} to {@code end} (minutes),
 * decided at {@code decidedAt}.
 *
 * @param noticeDays clear days of notice the officers get (for premiums and re-rostering)
 * @param emergency whether working-time limits may be suspended for it
 * @param realign whether officers rostered on the day can be moved onto the demand's hours whatever the notice (an
 *     investigation team is re-rostered onto the investigation; premiums still follow the true notice)
 * @param notifiedAt minute the officers were told of the duty (the planning date for a planned event), from which
 *     due notice of a change of tour (8 hours) is judged
 */
record DemandShift(DemandRef ref, Role role, Accreditation accreditation, int officers, long start, long end,
    long decidedAt, int noticeDays, boolean emergency, boolean realign, long notifiedAt) {

  DemandShift(DemandRef ref, Role role, Accreditation accreditation, int officers, long start, long end,
      long decidedAt, int noticeDays, boolean emergency) {
    this(ref, role, accreditation, officers, start, end, decidedAt, noticeDays, emergency, false, decidedAt);
  }

  DemandShift(DemandRef ref, Role role, Accreditation accreditation, int officers, long start, long end,
      long decidedAt, int noticeDays, boolean emergency, boolean realign) {
    this(ref, role, accreditation, officers, start, end, decidedAt, noticeDays, emergency, realign, decidedAt);
  }

  /** Whether any officer rostered on the day may be moved onto the demand's hours. */
  boolean movable(int rerosterNoticeDays) {
    return realign || noticeDays >= rerosterNoticeDays;
  }

  /**
   * The demand as staffed under emergency working: officers rostered on the day may be moved onto its hours and
   * working-time limits are suspended (each breach recorded), but an officer still works one tour a day.
   */
  DemandShift underEmergencyWorking() {
    return new DemandShift(ref, role, accreditation, officers, start, end, decidedAt, noticeDays, true, true, notifiedAt);
  }

  /** Whether an officer already deployed on the day may take it too (an emergency not under emergency working). */
  boolean secondTourAllowed() {
    return emergency && !realign;
  }

  int minutes() {
    return (int) (end - start);
  }
}
