/**
 * Pure accounting: from the recorded simulation events and the scenario's rates to a ledger of cost lines.
 * No MASON, no random numbers, no clock, no I/O. Money is held as whole pence ({@code long}); each line is
 * rounded once, half-even, when it is made.
 */
package uk.ctsim.cost;
