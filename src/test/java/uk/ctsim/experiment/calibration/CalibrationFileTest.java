package uk.ctsim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.design.Point;
import uk.ctsim.scenario.Problem;
import uk.ctsim.scenario.ScenarioException;

/** Calibration files: defaults, and every mistake placed at its line. */
class CalibrationFileTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();

  @TempDir
  Path dir;

  private Path write(String... lines) throws IOException {
    Path file = dir.resolve("cal.yaml");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  @Test
  void defaultsAndOverrides() throws IOException {
    CalibrationPlan plan = CalibrationFile.load(write("scenario: " + QUICKSTART, "set: [run.seed=4]",
        "parameters: [{path: posture.attackUplift, min: 0.1, max: 0.5}, {path: 'forces[0].establishment.ARMED.officers', min: 100, max: 300, integer: true}]",
        "targets: [{id: a, metric: kpi.attacks, value: 1}, {id: b, metric: kpi.attacks, value: 2}, {id: c, metric: cost.total, value: 3}]"));
    assertEquals("cal", plan.name());
    assertEquals(4L, plan.masterSeed());
    assertEquals(2, plan.replications());
    assertEquals(Method.NELDER_MEAD, plan.spec().method());
    assertEquals(60, plan.spec().maxEvaluations());
    assertEquals(List.of("kpi.attacks", "cost.total"), plan.metrics());
    Point p = Point.at(0, new double[] {0.5, 0.5}, plan.parameters());
    assertEquals(List.of("run.seed=4", "posture.attackUplift=0.3", "forces[0].establishment.ARMED.officers=200"), plan.overrides(p));
  }

  @Test
  void mistakesAreLocated() throws IOException {
    Path file = write("scenario: " + QUICKSTART, "maxEvaluations: 0", "targets: [{id: a, metric: kpi.attacks, value: 1}]");
    assertEquals(":2:1: maxEvaluations: must be 1 to 100000, was 0", render(file).get(0));
    file = write("scenario: " + QUICKSTART,
        "parameters: [{path: posture.atackUplift, min: 0.1, max: 0.5}]",
        "targets: [{id: a, metric: kpi.atacks, value: 1}]");
    List<String> p = render(file);
    assertEquals(":2:15: parameters[0].path: the scenario rejects posture.atackUplift=0.1: posture.atackUplift: unknown key "
        + "'atackUplift' (did you mean 'attackUplift'?) (from --set posture.atackUplift=0.1)", p.get(0));
    assertEquals(":3:19: targets[0].metric: unknown metric 'kpi.atacks' (did you mean 'kpi.attacks'?)", p.get(1));
    assertEquals(":1:1: scenario: no such scenario file: " + dir.resolve("x.yaml") + " (a path relative to this file)",
        render(write("scenario: x.yaml", "targets: [{id: a, metric: kpi.attacks, value: 1}]")).get(0));
    assertEquals(":1:1: targets: at least one is required", render(write("scenario: " + QUICKSTART)).get(0));
  }

  private static List<String> render(Path file) {
    return assertThrows(ScenarioException.class, () -> CalibrationFile.load(file)).problems().stream()
        .map(Problem::render).map(s -> s.substring(file.toString().length())).toList();
  }
}
