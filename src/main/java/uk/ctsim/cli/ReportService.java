package uk.ctsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.ManifestJson;
import uk.ctsim.output.OutputFolderException;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunFolderReader;

/**
 * {@code ctsim report}: reads a run folder back (verified against its manifest first) and makes its report files
 * again, into the folder itself or into another one.
 */
final class ReportService {
  /**
   * What to make the report files of.
   *
   * @param output where to write them; null for the run folder itself
   */
  record Request(Path runDir, Path output) {}

  /** How many files were written, and where. */
  record Made(int files, Path folder) {}

  private ReportService() {}

  static Made make(CliServices services, Request request) {
    Path dir = services.resolve(request.runDir());
    if (!Files.isDirectory(dir)) throw new UserInputException("run folder " + dir + " does not exist");
    RunFolderReader.Run run;
    JsonNode manifest;
    try {
      run = RunFolderReader.readRun(dir); // verifies the folder first
      manifest = RunFolderReader.manifest(dir);
    } catch (OutputFolderException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    RunFolder target = open(services, request.output(), dir);
    List<String> files = write(services, target, run);
    Path where = target.commit(request.output() != null ? reportManifest(dir) : rewritten(target, manifest));
    return new Made(files.size(), where);
  }

  private static RunFolder open(CliServices services, Path output, Path dir) {
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
  private static ObjectNode rewritten(RunFolder target, JsonNode manifest) {
    ObjectNode copy = manifest.deepCopy();
    copy.remove("reports_failed");
    target.remove(FolderRun.REPORTS_FAILED);
    return copy;
  }

  /** Writes the report files; on failure removes what it wrote, and a file already there is the user's to move. */
  private static List<String> write(CliServices services, RunFolder target, RunFolderReader.Run run) {
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
