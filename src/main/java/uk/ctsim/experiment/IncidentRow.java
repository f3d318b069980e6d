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
 * @param grantThresholdPence the lead force's special-grant threshold
 * @param firstDays the first {@value #FIRST_DAYS} days of the response, day by day, CT and other roles
 */
public record IncidentRow(String incidentId, String name, AttackType type, ForceId force, LocalDateTime time,
    boolean fromPlot, double armedResponseMinutes, int peakConcurrentOfficers,
    Map<PhaseSpec.Kind, Double> officerHoursByPhase, double ctHoursFirstWeek, double nonCtHoursFirstWeek,
    int investigationOfficersFirstWeek, long additionalPence, long opportunityPence, long grantThresholdPence,
    List<IncidentDay> firstDays) {

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
        opportunityPence, grantThresholdPence, List.of());
  }

  /** The same incident with its day-by-day record. */
  public IncidentRow withFirstDays(List<IncidentDay> days) {
    return new IncidentRow(incidentId, name, type, force, time, fromPlot, armedResponseMinutes,
        peakConcurrentOfficers, officerHoursByPhase, ctHoursFirstWeek, nonCtHoursFirstWeek,
        investigationOfficersFirstWeek, additionalPence, opportunityPence, grantThresholdPence, days);
  }

  public boolean passesGrantThreshold() {
    return grantThresholdPence > 0 && additionalPence > grantThresholdPence;
  }
}
