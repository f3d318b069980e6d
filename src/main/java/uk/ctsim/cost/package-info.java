/**
 * Pure accounting: from the recorded simulation events and the scenario's rates to a ledger of cost lines.
 * No MASON, no random numbers, no clock, no I/O. Money is held as whole pence ({@code long}); each line is
 * rounded once, half-even, when it is made.
 *
 * <p>Entry points: {@link uk.ctsim.cost.CostAccountant} (a handler over {@code SimEvent}s that builds a
 * {@link uk.ctsim.cost.CostLedger}), {@link uk.ctsim.cost.PlanCosting} (a handler that prices each event's original
 * plan alone), {@link uk.ctsim.cost.PayRates} and {@link uk.ctsim.cost.GrantThreshold}. Days, weeks, months and
 * financial years are {@code model.events.SimCalendar}'s. The rules are documented for finance readers in
 * {@code docs/COSTS.md}. May import {@code uk.ctsim.scenario} and {@code uk.ctsim.model.events} only (an
 * architecture test holds it).
 */
package uk.ctsim.cost;
