package uk.ctsim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.scenario.Problem;
import uk.ctsim.scenario.ScenarioException;

/** Experiment files are checked like scenarios, and against their scenario: every mistake has its line. */
class ExperimentFileTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();

  @TempDir
  Path dir;

  private Path write(String... lines) throws IOException {
    Path file = dir.resolve("exp.yaml");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private List<String> problems(Path file) {
    return assertThrows(ScenarioException.class, () -> ExperimentFile.load(file)).problems().stream()
        .map(Problem::render).map(s -> s.substring(file.toString().length())).toList();
  }

  @Test
  void aGoodFileTakesItsDefaultsFromTheScenario() throws IOException {
    Files.copy(QUICKSTART, dir.resolve("q.yaml"));
    Path file = write("scenario: q.yaml", "design: {type: ONE_AT_A_TIME}",
        "parameters: [{path: posture.attackUplift, range: {min: 0.1, max: 0.5}}]");
    ExperimentPlan plan = ExperimentFile.load(file);
    assertEquals("exp", plan.name());
    assertEquals(20170603L, plan.masterSeed());
    assertEquals(2, plan.replications());
    assertEquals(ExperimentSpec.DEFAULT_OUTPUTS, plan.outputs());
    assertEquals(dir.resolve("q.yaml"), plan.scenarioFile());
    assertEquals(3, plan.design().size());
    assertEquals(List.of("posture.attackUplift=0.1"), plan.overrides(plan.design().points().get(1)));
  }

  @Test
  void theFilesOwnSettingsWin() throws IOException {
    Path file = write("name: mine", "scenario: " + QUICKSTART, "set: [run.seed=5]", "seed: 9", "replications: 4",
        "design: {type: SOBOL, points: 3}", "parameters: [{path: posture.attackUplift, values: [0.1, 0.2]}]",
        "outputs: [kpi.attacks]");
    ExperimentPlan plan = ExperimentFile.load(file);
    assertEquals("mine", plan.name());
    assertEquals(9L, plan.masterSeed());
    assertEquals(4, plan.replications());
    assertEquals(5L, plan.base().run().seed());
    assertEquals(List.of("kpi.attacks"), plan.outputs());
    assertEquals(List.of("run.seed=5", "posture.attackUplift=0.2"), plan.overrides(plan.design().points().get(0)));
  }

  @Test
  void unknownKeysAndMissingSectionsAreLocated() throws IOException {
    assertEquals(List.of(":2:1: desing: unknown key 'desing' (did you mean 'design'?)"),
        problems(write("scenario: " + QUICKSTART, "desing: {type: SOBOL}", "parameters: [{path: a, values: [1]}]")));
    assertEquals(List.of(":2:10: design.type: 'SOBOLL' is not one of FULL_FACTORIAL, ONE_AT_A_TIME, LATIN_HYPERCUBE, "
        + "SOBOL, MORRIS, SALTELLI (did you mean 'SOBOL'?)"),
        problems(write("scenario: " + QUICKSTART, "design: {type: SOBOLL}", "parameters: [{path: a, values: [1]}]")));
    assertEquals(List.of(":2:1: design.points: is required for a SOBOL design"),
        problems(write("scenario: " + QUICKSTART, "design: {type: SOBOL}", "parameters: [{path: a, values: [1]}]")));
  }

  @Test
  void parametersAreCheckedAgainstTheScenario() throws IOException {
    Path file = write("scenario: " + QUICKSTART, "design: {type: LATIN_HYPERCUBE, points: 4}", "parameters:",
        "  - path: posture.atackUplift", "    range: {min: 0, max: 1}",
        "  - path: deployment.floors.NEIGHBOURHOOD", "    range: {min: 0.2, max: 1.5}",
        "  - path: posture.attackUplift", "    values: [0.1]",
        "  - path: posture.attackUplift", "    values: [0.2]",
        "  - path: events[id=nope].days", "    values: [2]",
        "outputs: [cost.total, cost.totl, nothing.like.it]");
    List<String> p = problems(file);
    assertEquals(":4:5: parameters[0].path: the scenario rejects posture.atackUplift=0: posture.atackUplift: unknown key "
        + "'atackUplift' (did you mean 'attackUplift'?) (from --set posture.atackUplift=0)", p.get(0));
    assertEquals(":6:5: parameters[1].path: the scenario rejects deployment.floors.NEIGHBOURHOOD=1.5: "
        + "deployment.floors.NEIGHBOURHOOD: must be a share between 0 and 1, was 1.5 (from --set deployment.floors.NEIGHBOURHOOD=1.5)", p.get(1));
    assertEquals(":10:5: parameters[3].path: 'posture.attackUplift' is already a parameter", p.get(2));
    assertEquals(":12:5: parameters[4].path: the scenario rejects events[id=nope].days=2: no element with id 'nope' in 'events'", p.get(3));
    assertEquals(":14:23: outputs[1]: unknown metric 'cost.totl' (did you mean 'cost.total'?)", p.get(4));
    assertEquals(":14:34: outputs[2]: unknown metric 'nothing.like.it'; metric names are listed in output/README.md (summary.csv)", p.get(5));
    assertEquals(6, p.size());
  }

  @Test
  void aFactorialOfADistributionAndAMissingScenarioAreLocated() throws IOException {
    assertEquals(List.of(":2:10: design.type: posture.attackUplift: a FULL_FACTORIAL design needs values or a range, not a distribution"),
        problems(write("scenario: " + QUICKSTART, "design: {type: FULL_FACTORIAL}",
            "parameters: [{path: posture.attackUplift, distribution: {type: UNIFORM, min: 0, max: 1}}]")));
    List<String> p = problems(write("scenario: nowhere.yaml", "design: {type: ONE_AT_A_TIME}", "parameters: [{path: a, values: [1]}]"));
    assertEquals(List.of(":1:1: scenario: no such scenario file: " + dir.resolve("nowhere.yaml") + " (a path relative to the experiment file)"), p);
  }

  @Test
  void metricNamesIncludeEventsAndWeeksOfTheScenario() throws IOException {
    ExperimentPlan plan = ExperimentFile.load(write("scenario: " + QUICKSTART, "design: {type: ONE_AT_A_TIME}",
        "parameters: [{path: posture.attackUplift, values: [0.1]}]",
        "outputs: [cost.by_week.2017-W22, hours.abstraction.ARMED, grant.incidents_passing]"));
    assertEquals(3, plan.outputs().size());
  }
}
