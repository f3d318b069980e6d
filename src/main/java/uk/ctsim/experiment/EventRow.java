package uk.ctsim.experiment;

import java.time.LocalDate;
import java.util.Map;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Role;

/**
 * One event's policing in one replication.
 *
 * @param plannedOfficersPerDay officers a day in the plan made on the planning date
 * @param finalOfficersPerDay officers a day in the last plan (after short-notice re-plans)
 * @param officerHours officer-hours worked, by role (mutual aid under the role it stood in for)
 * @param initialPlanPence cost of what the original plan would have cost (revision-0 deployments only)
 * @param additionalPence net additional cost including recovery (negative) and non-pay
 * @param opportunityPence opportunity cost
 */
public record EventRow(String eventId, String name, EventType type, ForceId force, LocalDate start, int days,
    int priority, boolean generated, int plannedOfficersPerDay, int finalOfficersPerDay, Map<Role, Double> officerHours,
    double unmetHours, long initialPlanPence, long additionalPence, long opportunityPence, long recoveredPence) {

  public long totalPence() {
    return additionalPence + opportunityPence;
  }
}
