/**
 * The simulation: a MASON {@code SimState} with officer agents, demand generators, the threat and posture process,
 * Pursue, and the deployment policy. Event-driven: it schedules state changes (day starts, planning dates, shifts,
 * incident phases, plot ends, threat changes) and never steps every officer. Agents do no I/O; the model reports
 * what happens only as typed events ({@link uk.ctsim.model.events.SimEvent}) to its handler. The posture rule is
 * one class ({@code Posture}); demands get a {@code ThreatSnapshot} of the level and posture when they are filled.
 * Forces are data: where they have locations, the force network decides who responds together and who lends, and
 * mutual aid is individual officers lent through the national coordination centre. Police staff are people of their
 * own ({@code StaffMember}), given duties in incident phases by the {@code StaffDesk}.
 * Imports scenario and model.events; never cost, experiment, output or cli.
 */
package uk.ctsim.model;
