package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.output.OutputFolderException;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.ShardMerge;

/**
 * {@code ctsim merge}: joins the shard folders of one experiment ({@code ctsim run --replication-range}) into one run
 * folder, byte-identical in its data files to a single run of all the replications. It writes data files only; make
 * the charts, report and workbook with {@code ctsim report}.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Join shard folders (ctsim run --replication-range) into one run folder of all the replications.")
final class MergeCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "The shard folders, in any order.")
  List<Path> shards = new ArrayList<>();

  @Option(names = "--output", paramLabel = "DIR", required = true,
      description = "The merged run folder; must not exist or be empty.")
  Path output;

  MergeCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    List<Path> dirs = new ArrayList<>();
    for (Path shard : shards) {
      Path dir = services.resolve(shard);
      if (!Files.isDirectory(dir)) throw new UserInputException("shard folder " + dir + " does not exist");
      dirs.add(dir);
    }
    RunFolder folder = FolderRun.open(services, output, "merged", OffsetDateTime.now(services.clock()));
    try {
      ShardMerge.Merged merged = ShardMerge.merge(dirs, folder);
      Path where = folder.commit(merged.manifest());
      PrintWriter out = spec.commandLine().getOut();
      out.println("merged " + dirs.size() + " shards, " + merged.replications() + " replications, into " + where
          + " (data files; make the report files with: ctsim report " + where + ")");
      out.flush();
      return ExitCodes.OK;
    } catch (OutputFolderException e) {
      folder.discard(e);
      throw new UserInputException(e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      folder.discard(e);
      throw e;
    }
  }
}
