package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioException;
import uk.ctsim.scenario.ScenarioWarnings;

/** {@code ctsim validate}: loads each scenario file and reports it valid, or its errors; exit 2 if any is invalid. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check scenario files without running them.")
final class ValidateCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML or JSON).")
  List<Path> files;

  ValidateCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allValid = true;
    for (Path given : files) {
      try {
        Scenario s = services.loader().load(ScenarioFiles.existing(services, given), List.of());
        int officers = s.forces().stream().mapToInt(ForceSpec::officers).sum();
        out.printf("%s: ok (%d officers, %d events, %s to %s)%n", given, officers, s.events().size(),
            s.period().start(), s.period().end());
        for (String w : ScenarioWarnings.of(s)) err.println(given + ": warning: " + w);
      } catch (ScenarioException | UserInputException e) {
        // Reported here, not by the handler, so that every file is checked in one go.
        err.println(e.getMessage());
        allValid = false;
      }
    }
    out.flush();
    err.flush();
    return allValid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}
