package uk.ctsim.cli;

import picocli.CommandLine;

/** Entry point. The only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine(CliServices.standard()).execute(args));
  }

  /** The command line with every subcommand registered: add new subcommands (bench, compare, report, levels) here. */
  static CommandLine commandLine(CliServices services) {
    CommandLine cli = new CommandLine(new CtsimCommand());
    cli.addSubcommand(new RunCommand(services));
    cli.addSubcommand(new ValidateCommand(services));
    cli.addSubcommand(new BenchCommand(services));
    cli.addSubcommand(new ReportCommand(services));
    cli.addSubcommand(new MergeCommand(services));
    cli.addSubcommand(new LevelsCommand(services));
    cli.addSubcommand(new CompareCommand(services));
    cli.addSubcommand(new SchemaCommand());
    cli.addSubcommand(new VerifyCommand(services));
    cli.addSubcommand(new SweepCommand(services));
    cli.addSubcommand(new CalibrateCommand(services));
    cli.addSubcommand(new CheckCalibrationCommand(services));
    cli.addSubcommand(new MinStaffingCommand(services));
    cli.setExecutionExceptionHandler(new ExecutionExceptionHandler());
    // Parameter errors: message, suggestions and usage on stderr, exit 2 (ExitCodes.BAD_INPUT).
    cli.setParameterExceptionHandler(new ParameterErrors());
    return cli;
  }
}
