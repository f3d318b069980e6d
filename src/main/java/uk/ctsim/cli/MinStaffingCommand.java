package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.experiment.Kpi;
import uk.ctsim.experiment.sweep.StaffingSearch;

/**
 * {@code ctsim min-staffing SCENARIO --path P}: the smallest establishment at path P (a role's officers in a force)
 * such that a metric stays at or below a limit in a stated share of replications, searched through the sweep runner on
 * common random numbers, with the share's exact interval at the answer and just below it.
 */
@Command(name = "min-staffing", mixinStandardHelpOptions = true,
    description = "Find the smallest establishment of a role that keeps a metric within a limit in a share of replications.")
final class MinStaffingCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
  Path scenarioFile;

  @Option(names = "--path", required = true, paramLabel = "PATH",
      description = "The establishment to vary, such as 'forces[id=MET].establishment.ARMED.officers'.")
  String path;

  @Option(names = "--metric", paramLabel = "NAME", description = "Metric to keep within the limit (default: kpi.unmet_hours).")
  String metric = Kpi.UNMET_HOURS.metric();

  @Option(names = "--max", paramLabel = "X", description = "Largest acceptable value of the metric (default: 0).")
  double limit;

  @Option(names = "--share", paramLabel = "S", description = "Share of replications that must meet it (default: 0.95).")
  double share = 0.95;

  @Option(names = "--range", required = true, split = ",", paramLabel = "LOW,HIGH", description = "Establishments to search between.")
  List<Integer> range;

  @Option(names = "--step", paramLabel = "N", description = "Resolution of the answer in officers (default: 10).")
  int step = 10;

  @Option(names = "--replications", paramLabel = "N", description = "Replications per establishment (default: 20).")
  int replications = 20;

  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's run.seed).")
  Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Establishments evaluated at once (default: available processors).")
  Integer threads;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario value (such as a fixed threat level); repeatable.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: a new folder under output/).")
  Path output;

  MinStaffingCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    MinStaffingService.Found found = MinStaffingService.find(services, new MinStaffingService.Request(scenarioFile,
        overrides, path, metric, limit, share, range, step, replications, seed, threads, output));
    PrintWriter out = spec.commandLine().getOut();
    out.print(describe(found.question(), found.answer()));
    out.println("Output: " + found.folder());
    out.flush();
    return ExitCodes.OK;
  }

  private String describe(StaffingSearch.Question q, StaffingSearch.Answer a) {
    StringBuilder s = new StringBuilder();
    String goal = String.format(Locale.ROOT, "%s <= %s in at least %.0f%% of %d replications", q.metric(),
        Double.toString(q.limit()), 100 * q.share(), q.replications());
    if (a.answer() < 0) {
      return s.append(String.format(Locale.ROOT, "No establishment up to %d keeps %s.%n", q.high(), goal)).toString();
    }
    s.append(String.format(Locale.ROOT, "Smallest %s keeping %s: %d%s.%n", path, goal, a.answer(),
        a.lowerBound() < 0 ? " (the low end of the range already does)" : " (" + a.lowerBound() + " does not)"));
    for (StaffingSearch.Candidate c : a.evaluated()) {
      if (c.officers() == a.answer() || c.officers() == a.lowerBound()) {
        s.append(String.format(Locale.ROOT, "  %d officers: %d of %d replications meet it (share %.2f, 95%% CI %.2f to %.2f); mean %s %.2f%n",
            c.officers(), c.passing(), c.replications(), c.share(), c.shareLow(), c.shareHigh(), q.metric(), c.meanMetric()));
      }
    }
    s.append("The answer is as uncertain as these shares: with more replications the intervals narrow. It assumes more "
        + "officers never make the metric worse on the same random numbers; staffing.csv lists every establishment tried.\n");
    return s.toString();
  }
}
