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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ScenarioWriter;

/** The real loader and engine behind the CLI: a run of the quickstart scenario, twice, and a bad file. */
@Tag("slow") // runs the CLI end to end: left out of the fast set (-Pfast)
class EndToEndRunTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();
  private static final String[] DATA = {"costs.csv", "daily.csv", "events.csv", "incidents.csv", "summary.json"};

  @TempDir
  Path work;

  private int ctsim(StringWriter out, StringWriter err, String... args) {
    CliServices real = new CliServices(ScenarioLoader::load, Experiment::run, ScenarioWriter::toJson,
        Clock.fixed(Instant.parse("2017-07-20T09:00:00Z"), ZoneOffset.UTC), work, () -> false,
        uk.ctsim.output.ReportOutputs::write);
    CommandLine cli = Main.commandLine(real);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void sameScenarioAndSeedGiveByteIdenticalFilesAndTheSummaryNamesTheCosts() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path a = work.resolve("a");
    Path b = work.resolve("b");
    assertThat(ctsim(out, err, "run", QUICKSTART.toString(), "--seed", "11", "--replications", "2",
        "--output", a.toString())).isEqualTo(0);
    assertThat(ctsim(new StringWriter(), new StringWriter(), "run", QUICKSTART.toString(), "--seed", "11",
        "--replications", "2", "--threads", "1", "--quiet", "--output", b.toString())).isEqualTo(0);
    for (String file : DATA) {
      assertThat(Files.readAllBytes(a.resolve(file))).as(file).isEqualTo(Files.readAllBytes(b.resolve(file)));
    }
    assertThat(out.toString()).contains("additional", "opportunity", "By category", "By strand", "By force");
    assertThat(Files.readString(a.resolve("incidents.csv"))).contains("london-bridge-2017");
  }

  @Test
  void aDifferentSeedGivesDifferentNumbers() throws IOException {
    Path a = work.resolve("a");
    Path b = work.resolve("b");
    ctsim(new StringWriter(), new StringWriter(), "run", QUICKSTART.toString(), "--seed", "1", "--quiet", "--output", a.toString());
    ctsim(new StringWriter(), new StringWriter(), "run", QUICKSTART.toString(), "--seed", "2", "--quiet", "--output", b.toString());
    assertThat(Files.readString(a.resolve("costs.csv"))).isNotEqualTo(Files.readString(b.resolve("costs.csv")));
    // A real run folder verifies, and its report is made again from it (its scenario as run read back from the manifest).
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(ctsim(out, err, "verify", a.toString())).as(err.toString()).isZero();
    assertThat(ctsim(out, err, "report", a.toString(), "--output", work.resolve("again").toString())).as(err.toString()).isZero();
    assertThat(work.resolve("again/report.html")).isRegularFile();
  }

  @Test
  void aScenarioMistakeIsOneLineNamingFileLineAndFieldWithExitCode2AndNoFolder() throws IOException {
    Path bad = work.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(QUICKSTART).replaceFirst("(?m)^name: .*$", "name: q\nnmae: typo"));
    StringWriter err = new StringWriter();
    int code = ctsim(new StringWriter(), err, "run", bad.toString(), "--output", work.resolve("out").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("bad.yaml:", "nmae", "did you mean").doesNotContain("Exception", "\tat ");
    assertThat(work.resolve("out")).doesNotExist();
  }
}
