package uk.ctsim.cli;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.Experiment;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/** {@code calibrate} and {@code check-calibration} with the real loader and engine. */
@Tag("slow")
class CalibrationCommandsTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();
  private static final Path LONDON_TARGETS = Path.of("scenarios/calibration/london-2017-targets.yaml").toAbsolutePath();

  @TempDir
  Path dir;

  private CtsimCommandContext context() {
    CtsimCommandContext c = new CtsimCommandContext(dir, null);
    c.loader = ScenarioLoader::load;
    c.runner = Experiment::run;
    return c;
  }

  /**
   * The reduced calibration check of CI: the shipped london-2017 targets on 2 replications (the first two seeds of the
   * full check, so the result is fixed, not a matter of luck). It fails when any target fails.
   */
  @Test
  void theShippedScenarioMeetsItsCalibrationTargets() {
    CtsimCommandContext.Outcome o = context().run("check-calibration", LONDON_TARGETS.toString(), "--replications", "2",
        "--threads", "2", "--quiet", "--markdown", "cal.md");
    assertEquals(0, o.exitCode(), o.out() + o.err());
    assertFalse(o.out().contains("FAIL"), o.out());
    assertEquals(12, o.out().lines().count() - 1, o.out()); // header, 11 targets, "Written" line
  }

  @Test
  void aFailedTargetExitsThreeAndNamesItsMechanism() throws IOException {
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, String.join("\n", "scenario: " + QUICKSTART, "set: [period.end=2017-06-04]",
        "replications: 2", "targets:",
        "  - {id: too-many-attacks, metric: kpi.attacks, value: 50, min: 50, figure: fifty, source: nowhere, mechanism: the plot process}",
        "  - {id: one-attack, metric: kpi.attacks, value: 1, tolerance: 0.5}", ""));
    CtsimCommandContext.Outcome o = context().run("check-calibration", file.toString(), "--quiet", "--markdown", "cal.md");
    assertEquals(3, o.exitCode(), o.err());
    assertTrue(o.out().contains("too-many-attacks") && o.out().contains("FAIL"), o.out());
    String md = Files.readString(dir.resolve("cal.md"));
    assertTrue(md.contains("**1 of 2 targets pass.**"), md);
    assertTrue(md.contains("| too-many-attacks (`kpi.attacks`) | fifty | nowhere | at least 50.000 | 1.000 (1.000 to 1.000) | **FAIL** |"), md);
    assertTrue(md.contains("- **too-many-attacks** (fails): the plot process"), md);
  }

  @Test
  void anUnknownTargetMetricIsLocated() throws IOException {
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, String.join("\n", "scenario: " + QUICKSTART, "targets:",
        "  - {id: x, metric: incident.lnodon-bridge-2017.peak_officers, value: 1}", ""));
    CtsimCommandContext.Outcome o = context().run("check-calibration", file.toString());
    assertEquals(2, o.exitCode());
    assertTrue(o.err().contains(file + ":3:13: targets[0].metric: unknown metric 'incident.lnodon-bridge-2017.peak_officers' "
        + "(did you mean 'incident.london-bridge-2017.peak_officers'?)"), o.err());
  }

  /** A short fit of the attack uplift to a cost, then the scenario written back with the fitted value. */
  @Test
  void calibrateWritesItsFilesAndTheScenarioWithFittedValues() throws IOException {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, String.join("\n", "scenario: " + QUICKSTART, "set: [period.end=2017-06-06]", "replications: 1",
        "method: NELDER_MEAD", "maxEvaluations: 8",
        "parameters: [{path: posture.attackUplift, min: 0.1, max: 0.9, start: 0.5}]",
        "targets: [{id: t, metric: cost.total, value: 1000000, tolerance: 100000}]", ""));
    CtsimCommandContext.Outcome o = context().run("calibrate", file.toString(), "--output", "cal", "--write-scenario", "fitted.yaml");
    assertEquals(0, o.exitCode(), o.err());
    assertTrue(o.out().startsWith("c: "), o.out());
    int evaluations = Integer.parseInt(o.out().substring(3, o.out().indexOf(" evaluations of 1 replications (NELDER_MEAD)")));
    assertTrue(evaluations >= 3 && evaluations <= 8, o.out());
    List<String> path = Files.readAllLines(dir.resolve("cal/path.csv"));
    assertEquals("evaluation,posture.attackUplift,loss", path.get(0));
    assertEquals(evaluations + 1, path.size());
    assertTrue(path.get(1).startsWith("0,0.5,"), path.get(1));
    String fitted = Files.readAllLines(dir.resolve("cal/fitted.csv")).get(1);
    assertTrue(fitted.startsWith("posture.attackUplift,0.1,0.9,0.5,"), fitted);
    assertTrue(Files.readString(dir.resolve("cal/fit.csv")).startsWith("target,metric,value,min,max,n,mean,ci_low,ci_high,accepted"));
    assertTrue(Files.exists(dir.resolve("cal/calibration.json")));
    Scenario back = ScenarioLoader.load(dir.resolve("fitted.yaml"));
    assertEquals(Double.parseDouble(fitted.split(",")[4]), back.posture().attackUplift(), 1e-12);
    CtsimCommandContext.Outcome again = context().run("calibrate", file.toString(), "--write-scenario", "fitted.yaml");
    assertEquals(2, again.exitCode());
  }
}
