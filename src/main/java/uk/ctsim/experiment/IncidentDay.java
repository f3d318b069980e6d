package uk.ctsim.experiment;

/**
 * One day of the response to an incident, counted from the day of the incident (day 0 is its first 24 hours).
 *
 * @param ctOfficers distinct officers of CT roles who started a deployment to the incident that day
 * @param nonCtOfficers distinct officers of other roles (for both, mutual-aid officers are counted per shift)
 * @param ctHours officer-hours of CT roles on deployments that started that day
 * @param nonCtHours officer-hours of other roles
 */
public record IncidentDay(int day, int ctOfficers, int nonCtOfficers, double ctHours, double nonCtHours) {}
