package uk.ctsim.model.events;

/**
 * The working-time limits a deployment can break, each held unless an emergency policy suspends it (and every
 * suspension is recorded, {@link SimEvent.WorkingTimeSuspended}). The limits themselves are the scenario's
 * {@code deployment.workingTime}.
 */
public enum WorkingTimeRule {
  /** The span from the start of work to its end is longer than the maximum shift. */
  MAX_SHIFT,
  /** Less than the minimum rest between this work and the officer's work before or after it. */
  MIN_REST,
  /** The officer's rostered hours of the week plus the extra hours worked exceed the weekly maximum. */
  MAX_WEEKLY
}
