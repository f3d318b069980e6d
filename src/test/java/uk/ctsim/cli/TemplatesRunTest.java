package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ScenarioWriter;

/**
 * The shipped templates are scenarios for forces outside London written without Java: they validate, and the major
 * incident runs with mutual aid lent to West Midlands Police and charged to it.
 */
@Tag("slow") // runs the CLI end to end: left out of the fast set (-Pfast)
class TemplatesRunTest {
  private static final Path INCIDENT = Path.of("scenarios/templates/major-incident.yaml").toAbsolutePath();
  private static final Path EVENT = Path.of("scenarios/templates/major-event.yaml").toAbsolutePath();

  @TempDir
  Path work;

  private int ctsim(StringWriter out, String... args) {
    CliServices real = new CliServices(ScenarioLoader::load, Experiment::run, ScenarioWriter::toJson,
        Clock.fixed(Instant.parse("2017-07-20T09:00:00Z"), ZoneOffset.UTC), work, () -> false,
        uk.ctsim.output.ReportOutputs::write);
    CommandLine cli = Main.commandLine(real);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void bothTemplatesValidate() {
    StringWriter out = new StringWriter();
    assertThat(ctsim(out, "validate", INCIDENT.toString())).isZero();
    assertThat(ctsim(out, "validate", EVENT.toString())).isZero();
    assertThat(out.toString()).contains("major-incident.yaml: ok", "major-event.yaml: ok");
  }

  @Test
  void theMajorIncidentRunsWithMutualAidChargedToWestMidlandsPolice() throws IOException {
    StringWriter out = new StringWriter();
    Path run = work.resolve("run");
    assertThat(ctsim(out, "run", INCIDENT.toString(), "--replications", "1", "--quiet", "--output", run.toString()))
        .isZero();
    List<String> costs = Files.readAllLines(run.resolve("costs.csv"));
    assertThat(costs).anyMatch(l -> l.startsWith("0,WMP,FORCE_CORE_BUDGET,MUTUAL_AID,") && l.contains(",birmingham-example,"));
    assertThat(costs).noneMatch(l -> l.contains(",MET,"));
    assertThat(Files.readString(run.resolve("incidents.csv"))).contains("birmingham-example", ",WMP,");
    assertLentShiftsAddUpToTheDailyFile(run);
  }

  /**
   * mutual_aid.csv names who lent to West Midlands Police, and its shifts, summed over lenders, are daily.csv's
   * mutual_aid_officers on every day (the template's forces all have lenders, so no generic pool is used).
   */
  private static void assertLentShiftsAddUpToTheDailyFile(Path run) throws IOException {
    List<String[]> aid = Files.readAllLines(run.resolve("mutual_aid.csv")).stream().skip(1).map(l -> l.split(",")).toList();
    assertThat(aid).isNotEmpty().allMatch(r -> r[3].equals("WMP") && !r[2].equals("WMP"));
    assertThat(aid).allMatch(r -> Integer.parseInt(r[4]) > 0 || Integer.parseInt(r[5]) > 0);
    Map<String, Integer> shifts = new TreeMap<>();
    for (String[] r : aid) shifts.merge(r[1], Integer.parseInt(r[5]), Integer::sum);
    List<String> daily = Files.readAllLines(run.resolve("daily.csv"));
    int date = List.of(daily.get(0).split(",")).indexOf("date");
    int lent = List.of(daily.get(0).split(",")).indexOf("mutual_aid_officers");
    Map<String, Integer> perDay = new TreeMap<>();
    for (String line : daily.subList(1, daily.size())) {
      String[] cells = line.split(",", -1);
      if (Integer.parseInt(cells[lent]) > 0) perDay.put(cells[date], Integer.parseInt(cells[lent]));
    }
    shifts.values().removeIf(v -> v == 0);
    assertThat(shifts).isNotEmpty().isEqualTo(perDay);
  }
}
