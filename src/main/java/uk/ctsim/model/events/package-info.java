/**
 * The typed events the simulation records. Plain immutable records, no MASON: cost accounting, statistics and
 * writers are handlers over these events. Times are whole minutes since 00:00 on the first day of the period.
 */
package uk.ctsim.model.events;
