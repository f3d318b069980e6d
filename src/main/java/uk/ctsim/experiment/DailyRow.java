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
 */
public record DailyRow(LocalDate date, ThreatLevel threatLevel, double postureMultiplier, int officersOnDuty,
    int officersOrdinary, int officersEvent, int officersPosture, int officersIncident, int officersInvestigation,
    int mutualAidOfficers, int militaryPersonnel, double overtimeHours, Map<Role, Double> abstractionHours,
    double unmetHours, int restDaysCancelled, int leaveDaysCancelled, double pursueCapacityShare) {}
