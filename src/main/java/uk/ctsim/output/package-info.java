/**
 * Output: the run folder, and writers that turn an experiment's result rows into tidy CSV and JSON files and a
 * console summary. Writers adapt result objects; they compute no statistics beyond sums and means of recorded rows.
 * May import scenario, cost, experiment and model event types; never cli. Each CSV writer declares its columns once
 * (an enum) and {@code RowParsers} reads them by the same constants. Results stay typed until written: a run's report
 * takes its metadata as a {@link uk.ctsim.output.RunInfo}, and only the readers ({@link uk.ctsim.output.RunFolderReader},
 * {@link uk.ctsim.output.RunMetricsReader}) parse a run folder, into the same typed values. The column documentation
 * of every file is in {@code output/README.md} and in each writer's javadoc.
 */
package uk.ctsim.output;
