/**
 * The command line: picocli commands, one class per subcommand, thin over scenario, experiment and output. A command's
 * {@code call()} reads its options into a request record ({@link uk.ctsim.cli.RunRequest}, {@code CompareRequest},
 * {@code LevelsRequest}, ...), calls one service ({@code RunService}, {@code CompareService}, {@code LevelsService},
 * {@code ReportService}, {@code SweepService}, {@code MinStaffingService}), prints the outcome and returns an exit
 * code; the services hold the sequence of loading, running and writing. Commands write through their command line's
 * writers so tests capture them; {@link uk.ctsim.cli.ExecutionExceptionHandler}
 * maps failures to messages and exit codes (0 ok, 1 internal error, 2 bad input). {@link uk.ctsim.cli.Main} is the
 * only place that calls {@code System.exit}. Nothing imports this package.
 */
package uk.ctsim.cli;
