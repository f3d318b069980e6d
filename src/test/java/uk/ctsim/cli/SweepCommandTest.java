package uk.ctsim.cli;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.scenario.ScenarioLoader;

/** {@code ctsim sweep} with the real loader and engine on a shortened quickstart: outputs, resumption, mistakes. */
@Tag("slow")
class SweepCommandTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();

  @TempDir
  Path dir;

  private CtsimCommandContext context() {
    CtsimCommandContext c = new CtsimCommandContext(dir, null);
    c.loader = ScenarioLoader::load;
    return c;
  }

  private Path experiment(String name, String parameters) throws IOException {
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, String.join("\n",
        "scenario: " + QUICKSTART,
        "set: [period.end=2017-06-04]",
        "replications: 2",
        "seed: 11",
        "design: {type: ONE_AT_A_TIME}",
        "parameters:",
        parameters,
        "outputs: [cost.total, kpi.unmet_hours]",
        ""));
    return file;
  }

  private static final String TWO = String.join("\n",
      "  - path: posture.attackUplift",
      "    range: {min: 0.1, max: 0.9}",
      "  - path: posture.visiblePatrols.SEVERE",
      "    range: {min: 20, max: 200}",
      "    integer: true");

  /**
   * A sweep run through, and one run on another thread count, interrupted (two point files and every derived file
   * deleted, a half-written temporary file left behind) and started again: the second runs only the two missing
   * points and ends with the same bytes in every file.
   */
  @Test
  void anInterruptedSweepResumesToTheSameBytes() throws IOException {
    Path file = experiment("oat", TWO);
    CtsimCommandContext.Outcome a = context().run("sweep", file.toString(), "--output", "a", "--threads", "2", "--quiet");
    assertEquals(0, a.exitCode(), a.err());
    assertEquals(dir.resolve("a") + "\n", a.out());
    CtsimCommandContext.Outcome b = context().run("sweep", file.toString(), "--output", "b", "--threads", "1", "--quiet");
    assertEquals(0, b.exitCode(), b.err());
    assertEquals(files(dir.resolve("a")), files(dir.resolve("b")));
    for (String gone : List.of("points/p000001.csv", "points/p000003.csv", "results.csv", "summary.csv", "report.html",
        "sensitivity/tornado.csv", "charts/tornado-cost.total.png")) {
      Files.delete(dir.resolve("b").resolve(gone));
    }
    Files.writeString(dir.resolve("b/points/.tmp-123.part"), "replication,cost.to");
    CtsimCommandContext.Outcome resumed = context().run("sweep", file.toString(), "--output", "b");
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertTrue(resumed.out().contains("oat: 5 points x 2 replications; ran 2 points, 3 were already done."), resumed.out());
    assertTrue(resumed.out().contains("cost.total, most influential first: "), resumed.out());
    List<String> names = files(dir.resolve("a"));
    assertEquals(names, files(dir.resolve("b")));
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)), Files.readAllBytes(dir.resolve("b").resolve(name)), name);
    }
    assertTrue(names.containsAll(List.of("experiment.json", "points.csv", "results.csv", "summary.csv", "report.html",
        "sensitivity/tornado.csv", "sensitivity/sensitivity.json", "charts/tornado-cost.total.svg",
        "charts/tornado-kpi.unmet_hours.png", "points/p000004.csv")), names.toString());
    String points = Files.readString(dir.resolve("a/points.csv"));
    assertEquals("point,posture.attackUplift,posture.visiblePatrols.SEVERE\n0,0.5,110\n1,0.1,110\n2,0.9,110\n3,0.5,20\n"
        + "4,0.5,200\n", points);
    List<String> results = Files.readAllLines(dir.resolve("a/results.csv"));
    assertEquals("point,replication,seed,cost.total,kpi.unmet_hours", results.get(0));
    assertEquals(11, results.size());
    assertTrue(results.get(1).startsWith("0,0,"));
    // Common random numbers: replication 1 has the same seed at every point.
    assertEquals(results.get(2).split(",")[2], results.get(10).split(",")[2]);
    // More patrols at SEVERE cost more: the high end of the patrols parameter raises total cost.
    String tornado = Files.readString(dir.resolve("a/sensitivity/tornado.csv"));
    assertTrue(tornado.startsWith("output,parameter,low_value,high_value,base_mean,low_change"), tornado);
  }

  @Test
  void unknownParameterPathIsPlacedAtItsLineWithDidYouMean() throws IOException {
    Path file = experiment("bad", "  - path: posture.atackUplift\n    values: [0.1, 0.2]");
    CtsimCommandContext.Outcome o = context().run("sweep", file.toString());
    assertEquals(2, o.exitCode());
    assertTrue(o.err().startsWith(file + ":7:5: parameters[0].path: the scenario rejects posture.atackUplift=0.1: "
        + "posture.atackUplift: unknown key 'atackUplift' (did you mean 'attackUplift'?)"), o.err());
    assertTrue(!o.err().contains("Exception"), o.err());
  }

  @Test
  void unknownOutputAndUnknownKeyAreReported() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, String.join("\n", "scenario: " + QUICKSTART, "design: {type: SOBOL, points: 4}",
        "replicatons: 3", "parameters: [{path: posture.attackUplift, range: {min: 0, max: 1}}]",
        "outputs: [cost.totl]", ""));
    CtsimCommandContext.Outcome o = context().run("sweep", file.toString());
    assertEquals(2, o.exitCode());
    assertTrue(o.err().contains(file + ":3:1: replicatons: unknown key 'replicatons' (did you mean 'replications'?)"), o.err());
    Files.writeString(file, Files.readString(file).replace("replicatons", "replications"));
    o = context().run("sweep", file.toString());
    assertEquals(2, o.exitCode());
    assertTrue(o.err().contains("outputs[0]: unknown metric 'cost.totl' (did you mean 'cost.total'?)"), o.err());
  }

  @Test
  void aFolderOfAnotherExperimentIsNotTouched() throws IOException {
    Path other = dir.resolve("taken");
    Files.createDirectories(other);
    Files.writeString(other.resolve("notes.txt"), "mine");
    Path file = experiment("one", "  - path: posture.attackUplift\n    values: [0.1, 0.2]");
    CtsimCommandContext.Outcome o = context().run("sweep", file.toString(), "--output", "taken");
    assertEquals(2, o.exitCode());
    assertTrue(o.err().contains("exists and is not a sweep folder"), o.err());
    assertEquals(List.of("notes.txt"), files(other));
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
