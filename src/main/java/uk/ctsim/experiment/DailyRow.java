package uk.ctsim.experiment;

import java.time.LocalDate;
import java.util.Map;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ThreatLevel;

/**
 * One simulated day. Officer counts are distinct officers who started a deployment of that kind on the day;
 * {@code officersOrdinary} is officers rostered on duty and not deployed.
 *
 * @param postureMultiplier the unarmed posture multiplier at 12:00
 * @param abstractionHours rostered hours taken from ordinary duty, by role
 * @param unmetHours officer-hours demanded and not supplied
 * @param pursueCapacityShare share of CT investigators' reference hours available for Pursue casework
 * @param everyday everyday (non-CT) demand and what met it, summed over forces and functions
 * @param aftermath what a surge leaves behind: owed time repaid and outstanding, sickness after long weeks
 */
public record DailyRow(LocalDate date, ThreatLevel threatLevel, double postureMultiplier, int officersOnDuty,
    int officersOrdinary, int officersEvent, int officersPosture, int officersIncident, int officersInvestigation,
    int mutualAidOfficers, int militaryPersonnel, double overtimeHours, Map<Role, Double> abstractionHours,
    double unmetHours, int restDaysCancelled, int leaveDaysCancelled, double pursueCapacityShare, Everyday everyday,
    CtWork ct, Aftermath aftermath) {

  public DailyRow {
    ct = ct == null ? CtWork.NONE : ct;
    aftermath = aftermath == null ? Aftermath.NONE : aftermath;
  }

  /** A day without plots, arrests, Prevent work, owed time or fatigue recorded. */
  public DailyRow(LocalDate date, ThreatLevel threatLevel, double postureMultiplier, int officersOnDuty,
      int officersOrdinary, int officersEvent, int officersPosture, int officersIncident, int officersInvestigation,
      int mutualAidOfficers, int militaryPersonnel, double overtimeHours, Map<Role, Double> abstractionHours,
      double unmetHours, int restDaysCancelled, int leaveDaysCancelled, double pursueCapacityShare, Everyday everyday) {
    this(date, threatLevel, postureMultiplier, officersOnDuty, officersOrdinary, officersEvent, officersPosture,
        officersIncident, officersInvestigation, mutualAidOfficers, militaryPersonnel, overtimeHours, abstractionHours,
        unmetHours, restDaysCancelled, leaveDaysCancelled, pursueCapacityShare, everyday, CtWork.NONE, Aftermath.NONE);
  }

  /** A day without everyday demand. */
  public DailyRow(LocalDate date, ThreatLevel threatLevel, double postureMultiplier, int officersOnDuty,
      int officersOrdinary, int officersEvent, int officersPosture, int officersIncident, int officersInvestigation,
      int mutualAidOfficers, int militaryPersonnel, double overtimeHours, Map<Role, Double> abstractionHours,
      double unmetHours, int restDaysCancelled, int leaveDaysCancelled, double pursueCapacityShare) {
    this(date, threatLevel, postureMultiplier, officersOnDuty, officersOrdinary, officersEvent, officersPosture,
        officersIncident, officersInvestigation, mutualAidOfficers, militaryPersonnel, overtimeHours, abstractionHours,
        unmetHours, restDaysCancelled, leaveDaysCancelled, pursueCapacityShare, Everyday.NONE);
  }

  /**
   * A day's everyday demand, in officer-hours.
   *
   * @param demandHours new demand in the day's shifts
   * @param ordinaryHours hours of ordinary duty the functions had (on duty, not taken by counter-terrorism demand)
   * @param extraHours hours of officers called in from rest days or leave for everyday work
   * @param unmetHours demand that could not wait and was not met
   * @param backlogHours work waiting at the end of the day's last shift
   * @param deferredHours how much backlogs grew over the day's shifts
   */
  public record Everyday(double demandHours, double ordinaryHours, double extraHours, double unmetHours,
      double backlogHours, double deferredHours) {
    public static final Everyday NONE = new Everyday(0, 0, 0, 0, 0, 0);
  }

  /**
   * A day's Pursue and Prevent work.
   *
   * @param plots plots that arrived
   * @param plotsDisrupted plots disrupted
   * @param arrests arrests after plots' ends
   * @param arrestHours officer-hours deployed to custody and search (shifts starting on the day)
   * @param caseload live investigations on the day (0 without plots)
   * @param preventReferrals Prevent referrals
   * @param channelCases referrals adopted as Channel cases
   * @param preventHours officer-hours deployed to Prevent work (shifts starting on the day)
   */
  public record CtWork(int plots, int plotsDisrupted, int arrests, double arrestHours, double caseload,
      int preventReferrals, int channelCases, double preventHours) {
    public static final CtWork NONE = new CtWork(0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * What a surge leaves behind, in officer-hours.
   *
   * @param repaidHours owed time repaid as days off taken on the day
   * @param outstandingHours owed time accrued by the end of the day and neither repaid nor bought out by then
   * @param fatigueSickHours rostered tours lost to sickness after weeks of long hours
   */
  public record Aftermath(double repaidHours, double outstandingHours, double fatigueSickHours) {
    public static final Aftermath NONE = new Aftermath(0, 0, 0);
  }
}
