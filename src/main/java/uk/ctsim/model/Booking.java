package uk.ctsim.model;

import uk.ctsim.scenario.SupplySource;

/**
 * One officer booked on one shift of a demand, held back from the record while an attack may still pre-empt it:
 * everything needed to record it later, or to release it.
 *
 * @param day the day of the demand's start
 */
record Booking(Officer officer, Pool pool, Assignment assignment, DemandShift demand, int day, SupplySource source) {}
