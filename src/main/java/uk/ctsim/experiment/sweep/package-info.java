/**
 * Sweeps: every point of a design run for the same replications on common random numbers (replication r has the same
 * seed at every point), points in parallel on the local thread pool, each finished point handed to a durable
 * {@link uk.ctsim.experiment.sweep.PointStore} so that a restarted sweep runs only the missing points; and statistics
 * per point. There is no cluster engine yet: a sweep runs on the local machine's threads only. Imports scenario, model,
 * cost, experiment and experiment.design; never output or cli.
 */
package uk.ctsim.experiment.sweep;
