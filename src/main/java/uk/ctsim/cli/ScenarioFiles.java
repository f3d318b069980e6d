package uk.ctsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves a scenario file argument, failing with a message that names the file when it cannot be read. */
final class ScenarioFiles {
  private ScenarioFiles() {}

  /** Prints the scenario's warnings (legal but probably not meant) on {@code err}, one a line. */
  static void warn(uk.ctsim.scenario.Scenario scenario, java.io.PrintWriter err) {
    for (String w : uk.ctsim.scenario.ScenarioWarnings.of(scenario)) err.println("warning: " + w);
    err.flush();
  }

  static Path existing(CliServices services, Path given) {
    Path file = services.resolve(given);
    if (!Files.exists(file)) throw new UserInputException(given + ": no such file");
    if (!Files.isRegularFile(file)) throw new UserInputException(given + ": not a file");
    if (!Files.isReadable(file)) throw new UserInputException(given + ": cannot be read (permissions)");
    return file;
  }
}
