package uk.ctsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.scenario.ThreatLevel;

/**
 * {@code ctsim levels}: the scenario with the threat level held fixed at each level, on common random numbers
 * (replication r has the same seed at every level), and each level's difference from a reference level with a paired
 * interval. Each level's run folder is a subfolder named after the level.
 */
@Command(name = "levels", mixinStandardHelpOptions = true,
    description = "Run a scenario at each threat level on common random numbers and compare the costs.")
final class LevelsCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
  Path scenarioFile;

  @Option(names = "--levels", split = ",", paramLabel = "LEVEL",
      description = "Threat levels to run, comma-separated (default: all five).")
  List<ThreatLevel> levels = List.of(ThreatLevel.values());

  @Option(names = "--reference", paramLabel = "LEVEL",
      description = "Level that differences are taken from (default: the scenario's own starting level).")
  ThreatLevel reference;

  @Mixin
  RunOptions options;

  LevelsCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    LevelsRequest request = new LevelsRequest(scenarioFile, levels, reference, options.request(services));
    Compared c = LevelsService.run(services, spec.commandLine().getErr(), request);
    return c.print(spec.commandLine().getOut(), options.quiet);
  }
}
