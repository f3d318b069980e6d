/**
 * Experiments: one replication as a pure function of (scenario as run, seed) to result rows; replications in
 * parallel with derived seeds; named metrics of a replication ({@link uk.ctsim.experiment.Metrics}), their statistics
 * across replications ({@link uk.ctsim.experiment.MetricTable}), grant exposure, and comparisons of runs with paired or
 * Welch intervals ({@link uk.ctsim.experiment.Comparison}). Imports scenario, model, cost; never output or cli.
 */
package uk.ctsim.experiment;
