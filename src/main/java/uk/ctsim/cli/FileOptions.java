package uk.ctsim.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;
import uk.ctsim.output.OutputChoice;
import uk.ctsim.scenario.Scenario;

/** The options of {@code ctsim run} that choose which replications to run and which files to write. */
final class FileOptions {
  private static final Pattern RANGE = Pattern.compile("(\\d{1,9})\\.\\.(\\d{1,9})");

  @Option(names = "--outputs", paramLabel = "WHAT", defaultValue = "all",
      description = "What to write besides the data files: data (nothing more; memory stays bounded), charts, or "
          + "all (charts, report.html, costs.xlsx). Default: ${DEFAULT-VALUE}.")
  String outputs;

  @Option(names = "--chart-format", paramLabel = "FORMAT", defaultValue = "both",
      description = "Chart files: png, svg or both. Default: ${DEFAULT-VALUE}.")
  String chartFormat;

  @Option(names = "--replication-range", paramLabel = "FROM..TO",
      description = "Run only replications FROM to TO (inclusive, numbered from 0 as in the run folder) of the "
          + "experiment: a shard, with the seeds the whole run gives them. Join shards with ctsim merge.")
  String range;

  /** Every replication and every file, PNG and SVG charts: what commands without these options write. */
  static FileOptions everything() {
    FileOptions all = new FileOptions();
    all.outputs = "all";
    all.chartFormat = "both";
    return all;
  }

  /** The plan for {@code asRun}; a bad value is a user error that names the option. */
  RunPlan plan(Scenario asRun) {
    OutputChoice choice = new OutputChoice(parse("--outputs", outputs, OutputChoice.Files.class),
        parse("--chart-format", chartFormat, OutputChoice.ChartFormat.class));
    int count = asRun.run().replications();
    if (range == null) return new RunPlan(0, count, choice);
    Matcher m = RANGE.matcher(range);
    if (!m.matches()) throw new UserInputException("--replication-range " + range + ": expected FROM..TO, such as 0..99");
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    if (from > to || to >= count) {
      throw new UserInputException("--replication-range " + range + ": must be within 0.." + (count - 1)
          + " (the experiment's " + count + " replications) with FROM <= TO");
    }
    return new RunPlan(from, to + 1, choice);
  }

  private static <E extends Enum<E>> E parse(String option, String value, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (OutputChoice.name(constant).equals(value)) return constant;
    }
    StringBuilder allowed = new StringBuilder();
    for (E constant : type.getEnumConstants()) allowed.append(allowed.isEmpty() ? "" : ", ").append(OutputChoice.name(constant));
    throw new UserInputException(option + " " + value + ": must be one of " + allowed);
  }
}
