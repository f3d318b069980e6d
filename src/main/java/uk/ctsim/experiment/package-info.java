/**
 * Experiments: one replication as a pure function of (scenario as run, seed) to result rows; replications in
 * parallel with derived seeds; statistics across replications. Imports scenario, model, cost; never output or cli.
 */
package uk.ctsim.experiment;
