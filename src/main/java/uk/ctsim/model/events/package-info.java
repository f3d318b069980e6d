/**
 * The typed events the simulation records, and the vocabulary they are written in: simulated time ({@link
 * uk.ctsim.model.events.Minutes}, whole minutes since 00:00 on the first day of the period) and the one calendar of a
 * run ({@link uk.ctsim.model.events.SimCalendar}: dates, weeks, bank holidays, months, financial years). Plain
 * immutable records and pure functions, no MASON: cost accounting, statistics and writers are handlers over these
 * events, and {@code cost} may see nothing else of the model. Imports only scenario and the JDK.
 */
package uk.ctsim.model.events;
