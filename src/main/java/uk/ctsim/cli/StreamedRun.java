package uk.ctsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.ManifestJson;
import uk.ctsim.output.ReplicationDigest;
import uk.ctsim.output.ReportWarmUp;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.RunInfo;
import uk.ctsim.output.ShardFile;
import uk.ctsim.output.StreamingDataFiles;
import uk.ctsim.scenario.Scenario;

/**
 * A run whose replications are written to the folder as they finish, in replication order: memory keeps each one's
 * digest (metrics and summary sums) and, only when the run writes files for readers (charts, report, workbook), its
 * whole result, which those files are made from. A shard (part of the replications) also writes
 * {@value ShardFile#FILE} for {@code ctsim merge}.
 */
final class StreamedRun {
  private StreamedRun() {}

  /** One replication as it comes off a worker: its digest with rows, and its result when the run keeps results. */
  private record Finished(ReplicationDigest digest, ReplicationResult result) {}

  static FolderRun.Done run(CliServices services, PrintWriter err, FolderRun.Job job, RunFolder folder,
      OffsetDateTime started, RunPlan plan) {
    Scenario asRun = job.asRun();
    int threads = job.threads();
    boolean keep = plan.outputs().readerFiles();
    long seed = asRun.run().seed();
    List<ReplicationResult> kept = new ArrayList<>();
    StreamingDataFiles data = StreamingDataFiles.open(folder);
    ReportWarmUp warmUp = ReportWarmUp.start(plan.outputs());
    try (Progress progress = Progress.start(job.task(), plan.to() - plan.from(), err, job.showProgress())) {
      services.runner().stream(asRun, plan.from(), plan.to(), seed, threads, progress,
          rep -> new Finished(ReplicationDigest.of(rep, asRun), keep ? rep : null), done -> {
            data.accept(done.digest());
            if (keep) kept.add(done.result());
          });
    } catch (RuntimeException | Error e) {
      warmUp.await();
      data.close();
      throw e;
    }
    StreamingDataFiles.Finished finished = data.finish(asRun, seed);
    RunInfo info = new RunInfo(BuildInfo.version(), BuildInfo.gitCommit(services.workingDir()),
        BuildInfo.javaVersion(), job.scenarioFile(), job.overrides(), services.exporter().toJson(asRun), threads, started,
        OffsetDateTime.now(services.clock()));
    ObjectNode manifest = ManifestJson.ofDigests(seed, finished.replications(), info);
    if (plan.isShard(asRun)) ShardFile.write(folder, manifest, plan.from(), plan.to(), finished.replications());
    ExperimentResult result = keep ? new ExperimentResult(asRun, seed, List.copyOf(kept)) : null;
    warmUp.await();
    Throwable failure = keep ? FolderRun.reports(services, folder, result, Map.of(), info, plan.outputs()) : null;
    if (failure != null) ManifestJson.reportsFailed(manifest, String.valueOf(failure));
    folder.commit(manifest);
    return new FolderRun.Done(asRun, result, finished.table(), info, folder.target(), failure);
  }
}
