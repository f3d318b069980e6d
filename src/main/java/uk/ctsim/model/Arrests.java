package uk.ctsim.model;

import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ArrestSpec;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Role;

/**
 * The arrests that follow a plot's end and the custody and search they need: each is one demand (kind ARREST, strand
 * PURSUE) of whole 8-hour shifts from the minute of the arrests, at no notice, filled through the deployment policy.
 */
final class Arrests {
  static final int SHIFT_MINUTES = 8 * Minutes.PER_HOUR;

  private final ArrestSpec spec;
  private final ForceId home;
  private final Deployer deployer;
  private final ThreatState threat;
  private final EventHandler out;

  Arrests(ArrestSpec spec, ForceId home, Deployer deployer, ThreatState threat, EventHandler out) {
    this.spec = spec;
    this.home = home;
    this.deployer = deployer;
    this.threat = threat;
    this.out = out;
  }

  /** Records {@code arrests} made at {@code now} after the plot {@code reference} and fills their demands. */
  void made(String reference, boolean afterAttack, int arrests, long now) {
    if (arrests == 0) return;
    double custody = arrests * spec.custodyHoursPerArrest();
    double search = arrests * spec.searchHoursPerArrest();
    out.accept(new SimEvent.ArrestsMade(now, reference, afterAttack, arrests, custody, search));
    DemandRef ref = new DemandRef(DemandKind.ARREST, reference, home, 0);
    fill(ref, spec.custodyRole(), officers(custody), now);
    fill(ref, spec.searchRole(), officers(search), now);
  }

  /** Officers for {@code hours} of work in whole 8-hour shifts (rounded up: a part shift is a shift). */
  static int officers(double hours) {
    return (int) Math.ceil(hours / Minutes.hours(SHIFT_MINUTES) - 1e-9);
  }

  private void fill(DemandRef ref, Role role, int officers, long now) {
    if (officers == 0) return;
    deployer.fill(new DemandShift(ref, role, null, officers, now, now + SHIFT_MINUTES, now, 0, false),
        threat.snapshot(now));
  }
}
