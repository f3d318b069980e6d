package uk.ctsim.cost;

import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.DutyFacts;
import uk.ctsim.model.events.DutyMinutes;
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

  /**
   * A deployment starting on {@link #MONDAY_12_JUNE_0800}. The source follows the minutes: leave, else rest day
   * (public-holiday minutes are a rest day worked on a bank holiday), else overtime, else on duty. The officer is told
   * at the start of the duty (so no due notice of a change of tour) and the overtime is planned.
   */
  static OfficerDeployed deployed(Rank rank, DemandRef demand, int rostered, int overtime, int restDay,
      int publicHoliday, int leave, int noticeDays) {
    return at(MONDAY_12_JUNE_0800, rank, demand, rostered, overtime, restDay, publicHoliday, leave, noticeDays);
  }

  static OfficerDeployed at(long minute, Rank rank, DemandRef demand, int rostered, int overtime, int restDay,
      int publicHoliday, int leave, int noticeDays) {
    return with(minute, rank, demand, rostered, overtime, restDay + publicHoliday, leave, noticeDays,
        new DutyFacts(minute, publicHoliday > 0, false, 0, 0, 0));
  }

  /** A deployment on {@link #MONDAY_12_JUNE_0800} with the given facts. */
  static OfficerDeployed deployed(Rank rank, DemandRef demand, int rostered, int overtime, int restDay, int leave,
      int noticeDays, DutyFacts facts) {
    return with(MONDAY_12_JUNE_0800, rank, demand, rostered, overtime, restDay, leave, noticeDays, facts);
  }

  static OfficerDeployed with(long minute, Rank rank, DemandRef demand, int rostered, int overtime, int restDay,
      int leave, int noticeDays, DutyFacts facts) {
    int total = rostered + overtime + restDay + leave;
    SupplySource source = leave > 0 ? SupplySource.LEAVE : restDay > 0 ? SupplySource.REST_DAY
        : overtime > 0 ? SupplySource.OVERTIME : SupplySource.ON_DUTY;
    return new OfficerDeployed(minute, minute + total, 1, ForceId.MET, rank, Role.RESPONSE, demand, source,
        new DutyMinutes(rostered, overtime, restDay, leave), noticeDays, facts);
  }
}
