/**
 * Output: the run folder, and writers that turn an experiment's result rows into tidy CSV and JSON files and a
 * console summary. Writers adapt result objects; they compute no statistics beyond sums and means of recorded rows.
 * May import scenario, cost, experiment and model event types; never cli. The column documentation of every file
 * is in {@code output/README.md} and in each writer's javadoc.
 */
package uk.ctsim.output;
