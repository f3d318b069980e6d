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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.ctsim.experiment.Counterfactual;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ScenarioWriter;

/** {@code --counterfactual}: the same as {@code --set run.counterfactual=true}, recorded as that override. */
@Tag("slow") // runs the CLI end to end: left out of the fast set (-Pfast)
class CounterfactualOptionTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();

  @TempDir
  Path work;

  private int ctsim(String... args) {
    CliServices real = new CliServices(ScenarioLoader::load, Experiment::run, ScenarioWriter::toJson,
        Clock.fixed(Instant.parse("2017-07-20T09:00:00Z"), ZoneOffset.UTC), work, () -> false,
        uk.ctsim.output.ReportOutputs::write);
    CommandLine cli = Main.commandLine(real);
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void theFlagAddsTheOverrideLastSoItWinsOverASetToFalse() {
    RunOptions options = new RunOptions();
    new CommandLine(options).parseArgs("--set", "run.counterfactual=false", "--counterfactual", "--set", "run.seed=3");
    assertThat(options.sets()).containsExactly("run.counterfactual=false", "run.seed=3", "run.counterfactual=true");
    RunOptions without = new RunOptions();
    new CommandLine(without).parseArgs("--set", "run.seed=3");
    assertThat(without.sets()).containsExactly("run.seed=3");
  }

  @Test
  void aRunWithTheFlagReportsTheAttributableCostAndOneWithoutDoesNot() throws IOException {
    Path with = work.resolve("with");
    Path without = work.resolve("without");
    assertThat(ctsim("run", QUICKSTART.toString(), "--seed", "5", "--replications", "1", "--counterfactual",
        "--outputs", "data", "--output", with.toString())).isZero();
    assertThat(ctsim("run", QUICKSTART.toString(), "--seed", "5", "--replications", "1",
        "--outputs", "data", "--output", without.toString())).isZero();
    String manifest = Files.readString(with.resolve("manifest.json"));
    assertThat(manifest).contains("\"" + RunOptions.COUNTERFACTUAL + "\"");
    assertThat(Files.readString(with.resolve("summary.json"))).contains(Counterfactual.TOTAL,
        Counterfactual.ADDITIONAL, Counterfactual.OPPORTUNITY);
    assertThat(Files.readString(without.resolve("summary.json"))).doesNotContain(Counterfactual.TOTAL);
    assertThat(Files.readString(without.resolve("manifest.json"))).doesNotContain(RunOptions.COUNTERFACTUAL);
    for (String file : List.of("costs.csv", "daily.csv")) {
      assertThat(Files.readString(with.resolve(file))).as(file).isEqualTo(Files.readString(without.resolve(file)));
    }
  }
}
