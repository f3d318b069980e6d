package uk.ctsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import uk.ctsim.experiment.IncomparableRunsException;
import uk.ctsim.scenario.ScenarioException;

/**
 * Maps what a command throws to a message on the error stream and an exit code: the user's mistakes (a scenario
 * error, a bad argument, runs that cannot be compared) to their message and exit 2; anything else is a bug, reported as an internal error with
 * exit 1 and, with {@code --verbose}, its stack trace.
 */
final class ExecutionExceptionHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (ex instanceof ScenarioException || ex instanceof UserInputException || ex instanceof IncomparableRunsException) {
      err.println(ex.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    if (ex instanceof ReportsFailedException) {
      err.println(ex.getMessage());
      if (verbose(parseResult)) ex.getCause().printStackTrace(err);
      err.flush();
      return ExitCodes.INTERNAL_ERROR;
    }
    err.println("internal error: " + ex);
    if (verbose(parseResult)) {
      ex.printStackTrace(err);
    } else {
      err.println("(run again with --verbose for the stack trace)");
    }
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) return true;
    }
    return false;
  }
}
