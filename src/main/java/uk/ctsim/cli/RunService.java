package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import uk.ctsim.output.RunFolder;
import uk.ctsim.scenario.Scenario;

/** {@code ctsim run}: loads the scenario, runs it into a new run folder, and removes the folder if the run fails. */
final class RunService {
  private RunService() {}

  static FolderRun.Done run(CliServices services, PrintWriter err, Path scenarioFile, RunRequest request) {
    Path file = ScenarioFiles.existing(services, scenarioFile);
    Scenario asRun = request.asRun(services.loader().load(file, request.overrides()));
    RunPlan plan = request.files().plan(asRun);
    ScenarioFiles.warn(asRun, err);
    OffsetDateTime started = OffsetDateTime.now(services.clock());
    RunFolder folder = FolderRun.open(services, request.output(), asRun.name(), started);
    try {
      FolderRun.Job job = new FolderRun.Job(asRun.name(), asRun, file, request.overrides(), request.threads(),
          request.showProgress());
      return StreamedRun.run(services, err, job, folder, started, plan);
    } catch (RuntimeException | Error e) {
      folder.discard(e); // removes the staging folder of a run that did not commit; a committed one is kept
      throw e;
    }
  }
}
