package uk.ctsim.model;

import uk.ctsim.model.events.DemandRef;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.Role;

/**
 * A need for {@code officers} officers of a role at the same time, from {@code start} to {@code end} (minutes),
 * decided at {@code decidedAt}.
 *
 * @param noticeDays whole days of notice the officers get (for premiums and re-rostering)
 * @param emergency whether working-time limits may be suspended for it
 */
record DemandShift(DemandRef ref, Role role, Accreditation accreditation, int officers, long start, long end,
    long decidedAt, int noticeDays, boolean emergency) {

  int minutes() {
    return (int) (end - start);
  }
}
