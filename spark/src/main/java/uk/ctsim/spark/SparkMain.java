package uk.ctsim.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.ManifestJson;
import uk.ctsim.output.OutputFolderException;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunInfo;
import uk.ctsim.output.ShardFile;
import uk.ctsim.output.StreamingDataFiles;
import uk.ctsim.scenario.RunSettings;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioException;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ScenarioWriter;

/**
 * The class {@code spark-submit} runs: a scenario's replications as Spark tasks, written into a new run folder with the
 * data files, manifest and (for a shard) {@code shard.json} that {@code ctsim run --outputs data} writes, byte for byte
 * (the manifest differs in {@code started}, {@code ended} and {@code threads}, here the cluster's default
 * parallelism). Make the charts, report and workbook afterwards with {@code ctsim report}. Exit codes as ctsim's: 0,
 * 2 for a user's mistake (message, no stack trace), 1 for an internal error.
 */
@Command(name = "ctsim-spark", mixinStandardHelpOptions = true,
    description = "Run a scenario's replications on Spark and write the data files of a new run folder.")
public final class SparkMain implements Callable<Integer> {
  @Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON), readable by the driver.")
  Path scenarioFile;

  @Option(names = "--output", paramLabel = "DIR", required = true,
      description = "The run folder, on the driver's file system; must not exist or be empty.")
  Path output;

  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's run.seed).")
  Long seed;

  @Option(names = "--replications", paramLabel = "N", description = "Replications (default: the scenario's run.replications).")
  Integer replications;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario value; repeatable.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--replication-range", paramLabel = "FROM..TO",
      description = "Run only replications FROM to TO (inclusive, from 0): a shard for ctsim merge.")
  String range;

  @Option(names = "--batch", paramLabel = "B",
      description = "Replications per Spark job, the most the driver holds at once (default: 4 x default parallelism).")
  Integer batch;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: as spark-submit sets it).")
  String master;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line; returns the exit code. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new SparkMain());
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      boolean user = e instanceof ScenarioException || e instanceof OutputFolderException
          || e instanceof CommandLine.ParameterException;
      line.getErr().println(user ? e.getMessage() : "internal error: " + e);
      if (!user) e.printStackTrace(line.getErr());
      return user ? 2 : 1;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    Path file = scenarioFile.toAbsolutePath().normalize();
    Scenario loaded = ScenarioLoader.load(file, overrides);
    long masterSeed = seed != null ? seed : loaded.run().seed();
    int count = replications != null ? replications : loaded.run().replications();
    if (count < 1 || count > RunSettings.MAX_REPLICATIONS) throw bad("--replications " + count + ": must be 1 to " + RunSettings.MAX_REPLICATIONS);
    Scenario asRun = loaded.withRun(new RunSettings(masterSeed, count, loaded.run().counterfactual()));
    int[] fromTo = ReplicationRange.parse(range, count, this::bad);
    String json = ScenarioWriter.toJson(asRun);
    OffsetDateTime started = OffsetDateTime.now();
    RunFolder folder = RunFolder.createAt(output);
    try {
      Path where = write(folder, file, asRun, json, fromTo, started);
      PrintWriter out = spec.commandLine().getOut();
      out.println(where);
      out.flush();
      return 0;
    } catch (RuntimeException | Error e) {
      folder.discard(e);
      throw e;
    }
  }

  private Path write(RunFolder folder, Path file, Scenario asRun, String json, int[] fromTo, OffsetDateTime started) {
    SparkConf conf = new SparkConf().setAppName("ctsim " + asRun.name());
    if (master != null) conf.setMaster(master);
    long masterSeed = asRun.run().seed();
    StreamingDataFiles.Finished finished;
    int parallelism;
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      parallelism = spark.defaultParallelism();
      int perJob = batch != null ? batch : 4 * parallelism;
      if (perJob < 1) throw bad("--batch " + perJob + ": must be at least 1");
      StreamingDataFiles data = StreamingDataFiles.open(folder);
      try {
        SparkReplications.run(spark, json, masterSeed, fromTo[0], fromTo[1], perJob, data::accept);
      } catch (RuntimeException | Error e) {
        data.close();
        throw e;
      }
      finished = data.finish(asRun, masterSeed);
    }
    RunInfo info = new RunInfo(BuildInfo.version(), BuildInfo.gitCommit(Path.of("").toAbsolutePath()),
        BuildInfo.javaVersion(), file, List.copyOf(overrides), json, parallelism, started, OffsetDateTime.now());
    ObjectNode manifest = ManifestJson.ofDigests(masterSeed, finished.replications(), info);
    if (fromTo[0] != 0 || fromTo[1] != asRun.run().replications()) {
      ShardFile.write(folder, manifest, fromTo[0], fromTo[1], finished.replications());
    }
    return folder.commit(manifest);
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
