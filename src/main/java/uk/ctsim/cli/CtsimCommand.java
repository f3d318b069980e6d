package uk.ctsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import uk.ctsim.output.BuildInfo;

/** The top command: holds the options every subcommand shares; on its own it prints usage. */
@Command(name = "ctsim", mixinStandardHelpOptions = true, versionProvider = CtsimCommand.Version.class,
    description = "Counter-terrorism resourcing simulation and cost model for London policing.")
final class CtsimCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show the stack trace of internal errors.")
  boolean verbose;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ctsim " + BuildInfo.version() + " (Java " + BuildInfo.javaVersion() + ")"};
    }
  }
}
