package uk.ctsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.ManifestJson;
import uk.ctsim.output.OutputFolderException;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunFolderReader;

/**
 * {@code ctsim report}: makes the charts, report and workbook of a run folder again from its data files. The folder is
 * verified against its manifest first; an edited or damaged folder is refused.
 */
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
    RunFolderReader.Run run;
    JsonNode manifest;
    try {
      run = RunFolderReader.readRun(dir); // verifies the folder first
      manifest = RunFolderReader.manifest(dir);
    } catch (OutputFolderException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    RunFolder target = open(dir);
    List<String> files = write(target, run);
    Path where = target.commit(output != null ? reportManifest(dir) : rewritten(dir, manifest));
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote " + files.size() + " files to " + where);
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

  private static ObjectNode reportManifest(Path source) {
    ObjectNode manifest = ManifestJson.ofFolder("report", BuildInfo.version());
    manifest.put("source", source.toString());
    return manifest;
  }

  /**
   * The run's manifest for its folder with the report files added: the failure marker of an earlier attempt is
   * removed (before the manifest is rewritten, so the new listing leaves it out).
   */
  private static ObjectNode rewritten(Path dir, JsonNode manifest) {
    ObjectNode copy = manifest.deepCopy();
    copy.remove("reports_failed");
    try {
      Files.deleteIfExists(dir.resolve(FolderRun.REPORTS_FAILED));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir.resolve(FolderRun.REPORTS_FAILED), e);
    }
    return copy;
  }

  /** Writes the report files; on failure removes what it wrote, and a file already there is the user's to move. */
  private List<String> write(RunFolder target, RunFolderReader.Run run) {
    try {
      return services.reports().write(target, run.result(), Map.of(), run.info());
    } catch (OutputFolderException e) {
      target.discard(e);
      throw new UserInputException(e.getMessage() + "; use --output DIR to write the report files elsewhere", e);
    } catch (RuntimeException | Error e) {
      target.discard(e);
      throw e;
    }
  }
}
