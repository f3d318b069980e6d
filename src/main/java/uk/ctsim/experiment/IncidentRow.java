package uk.ctsim.experiment;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.PhaseSpec;

/**
 * One incident in one replication.
 *
 * @param peakConcurrentOfficers most officers deployed to the incident at the same moment in its first 24 hours
 * @param officerHoursByPhase officer-hours by response phase
 * @param ctHoursFirstWeek investigation-phase officer-hours of CT roles in the first 7 days
 * @param nonCtHoursFirstWeek investigation-phase officer-hours of other roles in the first 7 days
 * @param investigationOfficersFirstWeek distinct officers (and mutual-aid officer-shifts) on the investigation in
 *     the first 7 days
 * @param additionalPence additional cost of every force for the incident (the special-grant transfer lines cancel)
 * @param grantThresholdPence the incident force's special-grant threshold; 0 where it is not eligible (BTP)
 * @param firstDays the first {@value #FIRST_DAYS} days of the response, day by day, CT and other roles
 * @param forceAdditionalPence the incident force's own additional cost, which the special-grant test uses
 * @param claimablePence the special grant claimable: the force's own additional cost above the threshold at the Home
 *     Office share
 */
public record IncidentRow(String incidentId, String name, AttackType type, ForceId force, LocalDateTime time,
    boolean fromPlot, double armedResponseMinutes, int peakConcurrentOfficers,
    Map<PhaseSpec.Kind, Double> officerHoursByPhase, double ctHoursFirstWeek, double nonCtHoursFirstWeek,
    int investigationOfficersFirstWeek, long additionalPence, long opportunityPence, long grantThresholdPence,
    List<IncidentDay> firstDays, long forceAdditionalPence, long claimablePence) {

  /** Days of the response recorded day by day. */
  public static final int FIRST_DAYS = 14;

  public IncidentRow {
    firstDays = List.copyOf(firstDays);
  }

  /** An incident row without its day-by-day record (as read from run folders written before it existed). */
  public IncidentRow(String incidentId, String name, AttackType type, ForceId force, LocalDateTime time,
      boolean fromPlot, double armedResponseMinutes, int peakConcurrentOfficers,
      Map<PhaseSpec.Kind, Double> officerHoursByPhase, double ctHoursFirstWeek, double nonCtHoursFirstWeek,
      int investigationOfficersFirstWeek, long additionalPence, long opportunityPence, long grantThresholdPence) {
    this(incidentId, name, type, force, time, fromPlot, armedResponseMinutes, peakConcurrentOfficers,
        officerHoursByPhase, ctHoursFirstWeek, nonCtHoursFirstWeek, investigationOfficersFirstWeek, additionalPence,
        opportunityPence, grantThresholdPence, List.of(), additionalPence, 0);
  }

  /** The same incident with its day-by-day record. */
  public IncidentRow withFirstDays(List<IncidentDay> days) {
    return new IncidentRow(incidentId, name, type, force, time, fromPlot, armedResponseMinutes,
        peakConcurrentOfficers, officerHoursByPhase, ctHoursFirstWeek, nonCtHoursFirstWeek,
        investigationOfficersFirstWeek, additionalPence, opportunityPence, grantThresholdPence, days,
        forceAdditionalPence, claimablePence);
  }

  /**
   * Whether the incident force's own additional cost is above its special-grant threshold; a threshold of 0 means the
   * force is not eligible (British Transport Police) or has no budget.
   */
  public boolean passesGrantThreshold() {
    return grantThresholdPence > 0 && forceAdditionalPence > grantThresholdPence;
  }
}
