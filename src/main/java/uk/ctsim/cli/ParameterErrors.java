package uk.ctsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line: the message, picocli's "did you mean" suggestions when it has some, and always the
 * command's usage (picocli's own handler leaves the usage out when it has a suggestion); exit 2.
 */
final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    cmd.usage(err);
    err.flush();
    return ExitCodes.BAD_INPUT;
  }
}
