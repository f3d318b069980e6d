package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.output.Manifests;

/**
 * {@code ctsim verify}: checks each run folder against its manifest (every file's size and SHA-256, no file missing or
 * added); exit 2 if any folder fails, naming each file and what is wrong with it.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check that run folders hold exactly the files their manifest lists, unchanged.")
final class VerifyCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Run folders (or threat-level or comparison folders).")
  List<Path> dirs;

  VerifyCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allIntact = true;
    for (Path given : dirs) {
      Path dir = services.resolve(given);
      List<String> problems = Manifests.verify(dir);
      if (problems.isEmpty()) {
        out.println(given + ": ok (" + Manifests.listedCount(dir) + " files match manifest.json)");
      } else {
        problems.forEach(err::println);
        err.println(given + ": FAILED (" + problems.size() + (problems.size() == 1 ? " problem)" : " problems)"));
        allIntact = false;
      }
    }
    out.flush();
    err.flush();
    return allIntact ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}
