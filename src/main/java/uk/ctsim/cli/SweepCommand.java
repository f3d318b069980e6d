package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ctsim.experiment.design.ExperimentPlan;
import uk.ctsim.experiment.sensitivity.Sensitivity;

/**
 * {@code ctsim sweep FILE}: every point of an experiment file's design, on common random numbers, in parallel on the
 * local threads, into one resumable folder. Started again into the same folder, it runs only the points that are
 * missing. (There is no cluster engine yet; a sweep runs on this machine.)
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Run an experiment file's design (a parameter sweep or sensitivity analysis) into one folder.")
final class SweepCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment file (YAML or JSON).")
  Path experimentFile;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Sweep folder (default: output/<experiment name>); a folder of the same experiment is resumed.")
  Path output;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors).")
  Integer threads;

  @Option(names = "--quiet", description = "No progress bar; print only the sweep folder's path.")
  boolean quiet;

  SweepCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    SweepService.Swept swept = SweepService.run(services, spec.commandLine().getErr(), new SweepService.Request(
        experimentFile, output, threads, !quiet && services.terminal().getAsBoolean()));
    ExperimentPlan plan = swept.plan();
    PrintWriter out = spec.commandLine().getOut();
    if (quiet) {
      out.println(swept.folder());
    } else {
      out.printf(Locale.ROOT, "%s: %d points x %d replications; ran %d points, %d were already done.%n", plan.name(),
          plan.design().size(), plan.replications(), swept.ran(), plan.design().size() - swept.ran());
      for (Sensitivity s : Sensitivity.of(plan.design(), swept.results(), plan.outputs())) out.println(ranking(s));
      out.println("Output: " + swept.folder());
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** One line naming the parameters from most to least influential on an output. */
  static String ranking(Sensitivity s) {
    List<String> order;
    if (!s.tornado().isEmpty()) {
      order = s.tornado().stream().sorted(Comparator.comparingDouble((uk.ctsim.experiment.sensitivity.Tornado.Bar b) -> -b.swing()))
          .map(b -> b.parameter()).toList();
    } else if (!s.morris().isEmpty()) {
      order = s.morris().stream().sorted(Comparator.comparingDouble(e -> -e.muStar())).map(e -> e.parameter()).toList();
    } else {
      order = s.sobol().stream().sorted(Comparator.comparingDouble(i -> -i.total())).map(i -> i.parameter()).toList();
    }
    return s.output() + ", most influential first: " + String.join(", ", order);
  }
}
