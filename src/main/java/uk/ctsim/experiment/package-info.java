/**
 * Experiments: one replication as a pure function of (scenario as run, seed) to result rows; replications in
 * parallel with derived seeds; named metrics of a replication ({@link uk.ctsim.experiment.Metrics}), their statistics
 * across replications ({@link uk.ctsim.experiment.MetricTable}), indicator names ({@link uk.ctsim.experiment.Kpi}),
 * grant exposure, and comparisons of runs ({@link uk.ctsim.experiment.Comparison}): the rules that choose paired or
 * Welch intervals ({@link uk.ctsim.experiment.ComparisonMethod}), refuse runs that cannot be compared and label them
 * live in {@link uk.ctsim.experiment.Comparisons}, over typed {@link uk.ctsim.experiment.ComparedRun} and
 * {@link uk.ctsim.experiment.LevelsPlan} values. Imports scenario, model, cost; never output or cli.
 */
package uk.ctsim.experiment;
