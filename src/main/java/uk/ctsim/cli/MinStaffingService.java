package uk.ctsim.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.Metrics;
import uk.ctsim.experiment.design.ExperimentFile;
import uk.ctsim.experiment.sweep.ScenarioPointModel;
import uk.ctsim.experiment.sweep.StaffingSearch;
import uk.ctsim.output.BuildInfo;
import uk.ctsim.output.ManifestJson;
import uk.ctsim.output.RunFolder;
import uk.ctsim.output.StaffingFiles;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.Suggest;

/**
 * {@code ctsim min-staffing}: checks the question against the scenario, searches the establishments on common random
 * numbers and writes {@code staffing.csv} into a new folder.
 */
final class MinStaffingService {
  /**
   * What {@code ctsim min-staffing} was asked.
   *
   * @param path the establishment to vary, such as {@code forces[id=MET].establishment.ARMED.officers}
   * @param range the lowest and highest establishment to search
   * @param seed the master seed; null for the scenario's own
   * @param threads establishments evaluated at once; null for the available processors
   * @param output the folder to write; null for a new one under {@code output/}
   */
  record Request(Path scenarioFile, List<String> overrides, String path, String metric, double limit, double share,
      List<Integer> range, int step, int replications, Long seed, Integer threads, Path output) {}

  /** The question as searched, the answer, and the folder written. */
  record Found(StaffingSearch.Question question, StaffingSearch.Answer answer, Path folder) {}

  private MinStaffingService() {}

  static Found find(CliServices services, Request r) {
    Path file = ScenarioFiles.existing(services, r.scenarioFile());
    List<String> sets = SetArguments.checked(r.overrides());
    if (r.range().size() != 2) throw new UserInputException("--range: give LOW,HIGH, such as 1000,4000");
    Scenario base = services.loader().load(file, sets);
    if (!Metrics.names(base).contains(r.metric())) {
      throw new UserInputException("--metric " + r.metric() + ": unknown metric"
          + Suggest.didYouMean(r.metric(), Metrics.names(base)));
    }
    List<String> ends = List.of(Integer.toString(r.range().get(0)), Integer.toString(r.range().get(1)));
    ExperimentFile.rejection(file, sets, r.path(), ends).ifPresent(m -> {
      throw new UserInputException("--path " + r.path() + ": " + m);
    });
    StaffingSearch.Question q = question(r, base);
    StaffingSearch.Answer a = StaffingSearch.find(q, new ScenarioPointModel(file,
        p -> withPath(sets, r.path(), p.texts().get(0)), List.of(r.metric()), Metrics::of));
    RunFolder folder = FolderRun.open(services, r.output(), base.name() + "-min-staffing",
        OffsetDateTime.now(services.clock()));
    try {
      folder.write(StaffingFiles.CSV, out -> StaffingFiles.write(a.evaluated(), out));
      return new Found(q, a, folder.commit(ManifestJson.ofFolder("min-staffing", BuildInfo.version())));
    } catch (RuntimeException | Error e) {
      folder.discard(e);
      throw e;
    }
  }

  private static StaffingSearch.Question question(Request r, Scenario base) {
    try {
      return new StaffingSearch.Question(r.metric(), r.limit(), r.share(), r.range().get(0), r.range().get(1),
          r.step(), r.replications(), r.seed() != null ? r.seed() : base.run().seed(),
          r.threads() != null ? r.threads() : Runtime.getRuntime().availableProcessors());
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  private static List<String> withPath(List<String> sets, String path, String officers) {
    List<String> out = new ArrayList<>(sets);
    out.add(path + "=" + officers);
    return out;
  }
}
