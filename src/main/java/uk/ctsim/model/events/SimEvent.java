package uk.ctsim.model.events;

import java.time.LocalDate;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffFunction;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.ThreatLevel;

/**
 * Everything the simulation records. {@link #minute()} is when it happened (for a deployment, when it starts), in
 * {@link Minutes} since 00:00 on the period's first day; {@link SimCalendar} turns it into dates.
 */
public sealed interface SimEvent {
  long minute();

  /**
   * One officer deployed for one shift to one demand; {@code split} says where its minutes fall in the officer's
   * roster, and {@code facts} carries what the pay rules need besides.
   *
   * @param split the minutes by how they are paid (rostered, overtime, rest day, leave)
   * @param noticeDays clear days between the day the officer was told and the day of the duty
   */
  record OfficerDeployed(long minute, long endMinute, int officerId, ForceId force, Rank rank, Role role,
      DemandRef demand, SupplySource source, DutyMinutes split, int noticeDays, DutyFacts facts) implements SimEvent {
    public int minutes() {
      return (int) (endMinute - minute);
    }
  }

  /** A new day: the threat level and posture multipliers (relative to the posture reference level) at 00:00. */
  record DayStarted(long minute, LocalDate date, ThreatLevel level, double postureMultiplier,
      double armedPostureMultiplier) implements SimEvent {}

  /** Officers rostered on duty on a day, per force and role (emitted at 00:00 each day). */
  record DayRostered(long minute, LocalDate date, ForceId force, Role role, int officersOnDuty, int rosteredMinutes)
      implements SimEvent {}

  /** An officer's rest day cancelled so they can be deployed. */
  record RestDayCancelled(long minute, int officerId, ForceId force, Rank rank, Role role, LocalDate day,
      int noticeDays, DemandRef demand) implements SimEvent {}

  /**
   * An officer held on call on a day by the on-call rota ({@code pay.allowances.onCall}): contactable and deployable
   * for recall outside their tour (between two tours, or on a rest day where the rota allows it).
   *
   * @param rotaId the rota line that held the officer
   * @param restDay whether the day is a rest day of the officer's roster
   */
  record OfficerOnCall(long minute, int officerId, ForceId force, Rank rank, Role role, LocalDate day, String rotaId,
      boolean restDay) implements SimEvent {}

  /** An officer's annual leave cancelled so they can be deployed. */
  record LeaveCancelled(long minute, int officerId, ForceId force, Rank rank, Role role, LocalDate day,
      int noticeDays, DemandRef demand) implements SimEvent {}

  /** A working-time limit broken under the emergency policy. */
  record WorkingTimeSuspended(long minute, int officerId, WorkingTimeRule rule, DemandRef demand) implements SimEvent {}

  /** Mutual aid asked for; it can arrive from {@code arrivalMinute}. */
  record MutualAidRequested(long minute, DemandRef demand, Role role, int officers, long arrivalMinute)
      implements SimEvent {}

  /** Mutual-aid officers on duty for a demand from {@code minute} to {@code endMinute}. */
  record MutualAidDeployed(long minute, long endMinute, DemandRef demand, Role role, int officers, int nightsAway)
      implements SimEvent {}

  /**
   * One officer lent by another force through the national coordination centre (mutual aid as people): leaves home at
   * {@code minute}, travels {@code travelMinutes}, stays at the receiving force (the demand's lead force) for the tour
   * and is home again at {@code endMinute}. The officer can do nothing else in between.
   */
  record MutualAidOfficerLent(long minute, long endMinute, int officerId, ForceId lender, Rank rank, Role role,
      DemandRef demand, int travelMinutes) implements SimEvent {}

  /** A shift worked at the receiving force (the demand's lead force) by an officer lent through mutual aid. */
  record MutualAidShiftWorked(long minute, long endMinute, int officerId, ForceId lender, Rank rank, Role role,
      DemandRef demand) implements SimEvent {}

  /** Military personnel on static guard in place of police officers (one shift of a demand, all its soldiers). */
  record MilitaryDeployed(long minute, long endMinute, DemandRef demand, int personnel) implements SimEvent {}

  /**
   * One soldier of the national military pool on one static-guard shift; {@code soldierId} counts from 1 and is the
   * soldier's own across the run. A {@link MilitaryDeployed} sums the soldiers of the shift.
   */
  record SoldierOnGuard(long minute, long endMinute, int soldierId, DemandRef demand) implements SimEvent {}

  /** Officers a demand needed and did not get. */
  record DemandUnmet(long minute, long endMinute, DemandRef demand, Role role, int officersShort) implements SimEvent {}

  /**
   * One member of police staff deployed for one shift to one demand. The minutes split by how they are paid: inside
   * the member's working day, outside it (overtime), and on a public holiday.
   *
   * @param staffId the member's id, unique among staff (officers have ids of their own)
   */
  record StaffDeployed(long minute, long endMinute, int staffId, ForceId force, StaffFunction function,
      DemandRef demand, int workingDayMinutes, int overtimeMinutes, int publicHolidayMinutes) implements SimEvent {
    public StaffDeployed {
      if (workingDayMinutes < 0 || overtimeMinutes < 0 || publicHolidayMinutes < 0
          || workingDayMinutes + overtimeMinutes + publicHolidayMinutes != endMinute - minute) {
        throw new IllegalArgumentException("staff minutes do not add up to the shift: " + workingDayMinutes + " + "
            + overtimeMinutes + " + " + publicHolidayMinutes + " for " + minute + " to " + endMinute);
      }
    }

    public int minutes() {
      return (int) (endMinute - minute);
    }
  }

  /** Police staff of a function that a demand asked for and no free member could give. */
  record StaffUnmet(long minute, long endMinute, DemandRef demand, StaffFunction function, int peopleShort)
      implements SimEvent {}

  /** The national threat level changed. */
  record ThreatLevelChanged(long minute, ThreatLevel from, ThreatLevel to, ThreatChangeCause cause)
      implements SimEvent {}

  /** An incident (attack, hoax or suspicious item) happened. */
  record IncidentOccurred(long minute, String incidentId, String name, AttackType type, ForceId force,
      boolean fromPlot, double armedResponseMinutes) implements SimEvent {}

  /** A plot came to the attention of, or began unknown to, the authorities. */
  record PlotArrived(long minute, int plotId, long resolveMinute) implements SimEvent {}

  /** A plot reached its end: disrupted, or it became an attack. */
  record PlotResolved(long minute, int plotId, boolean disrupted, double capacityShare, double disruptionProbability)
      implements SimEvent {}

  /**
   * Arrests after a disrupted plot or an attack (from a plot, scheduled or random), with the officer-hours of custody
   * and search they need.
   *
   * @param reference the disrupted plot's reference ({@code plot-<id>}) or the attack's incident id, also the
   *     reference of the custody and search demands
   */
  record ArrestsMade(long minute, String reference, boolean afterAttack, int arrests, double custodyHours,
      double searchHours) implements SimEvent {}

  /** The caseload of live investigations on a day (emitted at 00:00 each day when the scenario has plots). */
  record CaseloadCounted(long minute, LocalDate date, double caseload) implements SimEvent {}

  /**
   * A day's Prevent referrals, those discussed at a Channel panel and those adopted as Channel cases, and the
   * officer-hours of work they bring.
   */
  record PreventReferred(long minute, LocalDate date, int referrals, int panels, int channelCases, double hours)
      implements SimEvent {}

  /** An event's policing plan made or revised, at the posture known at {@code minute}. */
  record EventPlanned(long minute, String eventId, int revision, double postureMultiplier, int officersRequired,
      int noticeDays) implements SimEvent {}

  /** An event held on a day, at the posture of its latest plan. */
  record EventDayHeld(long minute, String eventId, LocalDate date, ForceId force, double postureMultiplier,
      int officersRequired) implements SimEvent {}

  /**
   * An event put on the calendar: from the scenario (generatorId null) or drawn by a generator.
   *
   * @param recoveredShare chargeable share of the event's policing, charged to the organiser at full cost
   * @param nonPay non-pay items for each day the event is held
   * @param generatorId the generator that drew the event, or null for a calendar event
   */
  record EventScheduled(long minute, String eventId, String name, uk.ctsim.scenario.EventType type, ForceId force,
      LocalDate start, int days, int priority, double recoveredShare, java.util.List<uk.ctsim.scenario.NonPayItem> nonPay,
      String generatorId) implements SimEvent {}

  /**
   * One shift of one everyday function in one force: the demand, the hours ordinary duty gave it, the hours officers
   * called in from rest days or leave gave it, and what was left: unmet (work that cannot wait) or carried as a
   * backlog (work that can). Hours, not minutes: the demand is an aggregate.
   *
   * @param demandHours the shift's new demand (without the backlog carried in)
   * @param ordinaryHours officer-hours of ordinary duty the function had in the shift
   * @param extraHours officer-hours of officers called in from rest days or leave, used by the function
   * @param unmetHours demand that could not wait and was not met, plus waiting work dropped after its maximum wait
   * @param backlogHours work waiting at the end of the shift (demand that can wait)
   * @param deferredHours the shift's new demand that was not done in it and waits
   */
  record EverydayShift(long minute, ForceId force, String function, Role role, double demandHours,
      double ordinaryHours, double extraHours, double unmetHours, double backlogHours, double deferredHours)
      implements SimEvent {}

  /**
   * A force moved to emergency working: demands it leads are staffed in {@code shiftHours}-hour shifts, officers
   * rostered that day may be moved onto them, rest days and leave are cancelled by the emergency fill order, and
   * working-time limits are suspended (each breach still recorded), until at least {@code untilMinute}.
   *
   * @param cause what started it: "CRITICAL" or "incident:" and the incident's id
   */
  record EmergencyWorkingStarted(long minute, ForceId force, String cause, int shiftHours, long untilMinute)
      implements SimEvent {}

  /** A force returned to its normal rosters; {@code cause} is the one its emergency working started with. */
  record EmergencyWorkingEnded(long minute, ForceId force, String cause, long startedMinute) implements SimEvent {}

  /**
   * An officer became owed {@code minutes} of time off ({@code kind}: REST_DAY re-rostered, LEAVE given back) for
   * the duty starting at {@code minute}.
   */
  record OwedTimeAccrued(long minute, int officerId, ForceId force, Rank rank, Role role, int minutes, SupplySource kind)
      implements SimEvent {}

  /** Owed time repaid: the officer takes the rostered tour starting at {@code minute} off. */
  record OwedTimeRepaid(long minute, int officerId, ForceId force, Rank rank, Role role, int minutes)
      implements SimEvent {}

  /**
   * Owed time bought out at {@code minute}: at once by the policy's share ({@code lapsed} false), or at the end of
   * its window when no day off could be found in it ({@code lapsed} true).
   */
  record OwedTimeBoughtOut(long minute, int officerId, ForceId force, Rank rank, Role role, int minutes,
      boolean lapsed) implements SimEvent {}

  /** Owed time of a force neither repaid nor bought out by the period's end ({@code minute}). */
  record OwedTimeOutstanding(long minute, ForceId force, long minutes) implements SimEvent {}

  /** An officer off sick for the rostered tour starting at {@code minute} after a week of long hours. */
  record FatigueSickness(long minute, int officerId, ForceId force, Role role, int minutes) implements SimEvent {}

  /**
   * An officer booked on a later duty ({@code from}, the shift starting at {@code fromStart}) was taken for an attack
   * ({@code to}) at {@code minute}: the booking was released before it was recorded as a deployment, so it is never
   * paid; the later duty's place is re-filled at the notice then left.
   */
  record OfficerPreempted(long minute, int officerId, ForceId force, Role role, DemandRef from, long fromStart,
      DemandRef to) implements SimEvent {}
}
