package uk.ctsim.cli;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.scenario.ScenarioLoader;

/** {@code ctsim min-staffing} on a shortened quickstart with the real engine. */
@Tag("slow")
class MinStaffingCommandTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();

  @TempDir
  Path dir;

  private CtsimCommandContext.Outcome run(String... args) {
    CtsimCommandContext c = new CtsimCommandContext(dir, null);
    c.loader = ScenarioLoader::load;
    return c.run(args);
  }

  @Test
  void findsAnArmedEstablishmentAndStatesTheShareIntervals() throws IOException {
    CtsimCommandContext.Outcome o = run("min-staffing", QUICKSTART.toString(), "--path",
        "forces[id=MET].establishment.ARMED.officers", "--range", "50,1000", "--step", "50", "--replications", "3",
        "--threads", "2", "--set", "period.end=2017-06-08", "--max", "500", "--share", "0.6", "--output", "ms");
    assertEquals(0, o.exitCode(), o.err());
    assertTrue(o.out().startsWith("Smallest forces[id=MET].establishment.ARMED.officers keeping kpi.unmet_hours <= 500.0 "
        + "in at least 60% of 3 replications: "), o.out());
    assertTrue(o.out().contains("95% CI"), o.out());
    List<String> rows = Files.readAllLines(dir.resolve("ms/staffing.csv"));
    assertEquals("officers,replications,passing,share,share_ci_low,share_ci_high,metric_mean,passes", rows.get(0));
    assertTrue(rows.get(1).startsWith("50,3,0,0.0000,0.0000,"), rows.get(1));
    assertTrue(rows.get(rows.size() - 1).startsWith("1000,3,3,1.0000,") && rows.get(rows.size() - 1).endsWith(",true"));
  }

  @Test
  void mistakesAreNamed() {
    CtsimCommandContext.Outcome o = run("min-staffing", QUICKSTART.toString(), "--path",
        "forces[id=MET].establishment.ARMD.officers", "--range", "50,100");
    assertEquals(2, o.exitCode());
    assertTrue(o.err().contains("--path forces[id=MET].establishment.ARMD.officers: the scenario rejects"), o.err());
    assertTrue(o.err().contains("'ARMD'"), o.err());
    o = run("min-staffing", QUICKSTART.toString(), "--path", "forces[id=MET].establishment.ARMED.officers",
        "--range", "50,100", "--metric", "kpi.unmet_hour");
    assertEquals(2, o.exitCode());
    assertTrue(o.err().contains("--metric kpi.unmet_hour: unknown metric (did you mean 'kpi.unmet_hours'?)"), o.err());
    o = run("min-staffing", QUICKSTART.toString(), "--path", "forces[id=MET].establishment.ARMED.officers", "--range", "100,50");
    assertEquals(2, o.exitCode());
    assertTrue(o.err().contains("need 0 <= low < high"), o.err());
  }
}
