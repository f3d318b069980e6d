package uk.ctsim.experiment;

import java.time.LocalDateTime;
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
 */
public record IncidentRow(String incidentId, String name, AttackType type, ForceId force, LocalDateTime time,
    boolean fromPlot, double armedResponseMinutes, int peakConcurrentOfficers,
    Map<PhaseSpec.Kind, Double> officerHoursByPhase, double ctHoursFirstWeek, double nonCtHoursFirstWeek,
    int investigationOfficersFirstWeek, long additionalPence, long opportunityPence, long grantThresholdPence) {

  public boolean passesGrantThreshold() {
    return grantThresholdPence > 0 && additionalPence > grantThresholdPence;
  }
}
