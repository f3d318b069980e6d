package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.output.OutputFolderException;
import uk.ctsim.output.ReportOutputs;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunFolderReader;

/** {@code ctsim report}: makes the charts, report and workbook of a run folder again from its data files. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Make charts/, report.html and costs.xlsx from a run folder's data, without simulating again.")
final class ReportCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A complete run folder.")
  Path runDir;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Write the report files here (must not exist or be empty) instead of into RUN_DIR.")
  Path output;

  ReportCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    Path dir = services.resolve(runDir);
    if (!Files.isDirectory(dir)) throw new UserInputException("run folder " + dir + " does not exist");
    ExperimentResult result;
    try {
      result = RunFolderReader.read(dir);
    } catch (OutputFolderException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    RunFolder target = open(dir);
    List<String> files = write(target, result, RunFolderReader.manifest(dir));
    if (output != null) target.complete();
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote " + files.size() + " files to " + target.path());
    out.flush();
    return ExitCodes.OK;
  }

  private RunFolder open(Path dir) {
    try {
      return output != null ? RunFolder.createAt(services.resolve(output)) : RunFolder.existing(dir);
    } catch (OutputFolderException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  /** Writes the report files; on failure removes what it wrote, and a file already there is the user's to move. */
  static List<String> write(RunFolder target, ExperimentResult result, com.fasterxml.jackson.databind.JsonNode manifest) {
    try {
      return ReportOutputs.write(target, result, Map.of(), manifest);
    } catch (OutputFolderException e) {
      target.discard(e);
      throw new UserInputException(e.getMessage() + "; use --output DIR to write the report files elsewhere", e);
    } catch (RuntimeException | Error e) {
      target.discard(e);
      throw e;
    }
  }
}
