package uk.ctsim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The calibration file's root record: defaults and limits at their edges. */
class CalibrationSpecTest {
  private static final List<Target> ONE = List.of(new Target("t", "kpi.attacks", 1.0, null, null, null, null, null, null, null));

  private static CalibrationSpec spec(String scenario, Integer replications, Integer maxEvaluations, List<Target> targets) {
    return new CalibrationSpec(null, scenario, null, null, replications, null, maxEvaluations, null, targets);
  }

  @Test
  void defaults() {
    CalibrationSpec s = spec("s.yaml", null, null, ONE);
    assertEquals(List.of(), s.set());
    assertEquals(List.of(), s.parameters());
    assertEquals(Method.NELDER_MEAD, s.method());
    assertEquals(60, s.maxEvaluations());
    assertEquals(ONE, s.targets());
  }

  @Test
  void limits() {
    assertEquals(1, spec("s", 1, 1, ONE).replications());
    assertEquals(100_000, spec("s", 100_000, 100_000, ONE).replications());
    assertEquals(1, spec("s", 1, 1, ONE).maxEvaluations());
    assertEquals(100_000, spec("s", 1, 100_000, ONE).maxEvaluations());
    assertEquals("replications: must be 1 to 100000, was 0",
        assertThrows(IllegalArgumentException.class, () -> spec("s", 0, null, ONE)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> spec("s", 100_001, null, ONE));
    assertThrows(IllegalArgumentException.class, () -> spec("s", null, 0, ONE));
    assertThrows(IllegalArgumentException.class, () -> spec("s", null, 100_001, ONE));
    assertThrows(IllegalArgumentException.class, () -> spec(null, null, null, ONE));
    assertThrows(IllegalArgumentException.class, () -> spec(" ", null, null, ONE));
    assertThrows(IllegalArgumentException.class, () -> spec("s", null, null, null));
    assertThrows(IllegalArgumentException.class, () -> spec("s", null, null, List.of()));
    assertEquals(Method.CMA_ES, new CalibrationSpec(null, "s", List.of("a=1"), 3L, null, Method.CMA_ES, null, null, ONE).method());
  }
}
