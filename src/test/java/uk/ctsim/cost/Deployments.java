package uk.ctsim.cost;

import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent.OfficerDeployed;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.SupplySource;

/** Builds officer deployments for cost tests: one MET officer, minutes given by how they are paid. */
final class Deployments {
  /** 08:00 on Monday 12 June 2017, counted from 1 June 2017 (the minimal scenario's start): ISO week 2017-W24. */
  static final long MONDAY_12_JUNE_0800 = 11 * 1440 + 8 * 60;
  static final DemandRef EVENT = new DemandRef(DemandKind.EVENT, "athletics", ForceId.MET, 0);
  static final DemandRef PATROL = new DemandRef(DemandKind.VISIBLE_PATROL, "posture", ForceId.MET, 0);

  private Deployments() {}

  /** A deployment starting on {@link #MONDAY_12_JUNE_0800}. */
  static OfficerDeployed deployed(Rank rank, DemandRef demand, int rostered, int overtime, int restDay,
      int publicHoliday, int leave, int noticeDays) {
    return at(MONDAY_12_JUNE_0800, rank, demand, rostered, overtime, restDay, publicHoliday, leave, noticeDays);
  }

  static OfficerDeployed at(long minute, Rank rank, DemandRef demand, int rostered, int overtime, int restDay,
      int publicHoliday, int leave, int noticeDays) {
    int total = rostered + overtime + restDay + publicHoliday + leave;
    return new OfficerDeployed(minute, minute + total, 1, ForceId.MET, rank, Role.RESPONSE, demand,
        SupplySource.ON_DUTY, rostered, overtime, restDay, publicHoliday, leave, noticeDays);
  }
}
