package uk.ctsim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.experiment.design.Parameter;
import uk.ctsim.experiment.design.ParameterSpec;
import uk.ctsim.experiment.design.Point;
import uk.ctsim.experiment.design.RangeSpec;
import uk.ctsim.experiment.sweep.PointModel;
import uk.ctsim.experiment.sweep.PointResult;
import uk.ctsim.experiment.sweep.Sweep;

/**
 * Calibration recovers parameters from synthetic targets: the targets are the model's own means at known values (with
 * the same seeds), and the fit must find those values again. The model is a cheap stochastic function that goes
 * through the same code path as the simulation (points, replications on common random numbers, the optimiser).
 */
class CalibratorTest {
  private static final List<Parameter> PARAMETERS = List.of(
      new Parameter(new ParameterSpec("a", null, new RangeSpec(0.0, 1.0, null), null, null)),
      new Parameter(new ParameterSpec("b", null, new RangeSpec(0.0, 2.0, null), null, null)));
  /** Two outputs that together identify a and b, each with noise that depends on the replication's seed only. */
  private static final PointModel MODEL = point -> (r, seed) -> {
    double a = point.values()[0];
    double b = point.values()[1];
    double noise = (seed & 0xFFFF) / 65536.0 - 0.5;
    return Map.of("y1", 2 * a + b + noise, "y2", a * a - b + 0.1 * noise);
  };

  private static List<Target> syntheticTargets(double a, double b) {
    Point known = Point.at(0, new double[] {a, b / 2}, PARAMETERS);
    PointResult r = Sweep.runPoint(known, MODEL, new Sweep.Settings(List.of("y1", "y2"), 5, 99, 1), x -> {});
    return List.of(new Target("t1", "y1", r.mean("y1"), 0.01, null, null, null, null, null, null),
        new Target("t2", "y2", r.mean("y2"), 0.01, null, null, null, null, null, null));
  }

  @Test
  void nelderMeadRecoversKnownParameters() {
    Calibrator.Fit fit = Calibrator.fit(new Calibrator.Problem(PARAMETERS, new double[] {0.5, 0.5},
        syntheticTargets(0.3, 1.4), 5, 99, Method.NELDER_MEAD, 400), MODEL);
    assertEquals(0.3, fit.best().point().values()[0], 2e-3);
    assertEquals(1.4, fit.best().point().values()[1], 2e-3);
    assertTrue(fit.best().loss() < 1e-3, "loss " + fit.best().loss());
    assertTrue(fit.targets().stream().allMatch(Calibrator.TargetFit::accepted));
    assertEquals(fit.path().get(fit.best().index()), fit.best());
    assertEquals(2, fit.best().point().texts().size());
    for (int i = 0; i < fit.path().size(); i++) assertEquals(i, fit.path().get(i).index());
  }

  @Test
  void cmaEsRecoversKnownParametersWithinItsBounds() {
    Calibrator.Fit fit = Calibrator.fit(new Calibrator.Problem(PARAMETERS, new double[] {0.5, 0.5},
        syntheticTargets(0.8, 0.4), 5, 99, Method.CMA_ES, 1500), MODEL);
    assertEquals(0.8, fit.best().point().values()[0], 5e-3);
    assertEquals(0.4, fit.best().point().values()[1], 5e-3);
    for (Calibrator.Evaluation e : fit.path()) {
      for (double u : e.point().unit()) assertTrue(u >= 0 && u <= 1);
    }
  }

  @Test
  void aSmallBudgetStopsTheSearchAndKeepsTheBestSoFar() {
    Calibrator.Fit fit = Calibrator.fit(new Calibrator.Problem(PARAMETERS, new double[] {0.5, 0.5},
        syntheticTargets(0.3, 1.4), 2, 99, Method.NELDER_MEAD, 5), MODEL);
    assertTrue(fit.stoppedAtBudget());
    assertEquals(5, fit.path().size());
    double min = fit.path().stream().mapToDouble(Calibrator.Evaluation::loss).min().orElseThrow();
    assertEquals(min, fit.best().loss());
    assertEquals(2, fit.best().result().replications());
  }

  @Test
  void targetsAndLoss() {
    Target t = new Target("t", "y", 10.0, 2.0, null, null, 3.0, null, null, null);
    assertEquals(8.0, t.min());
    assertEquals(12.0, t.max());
    assertEquals(3 * 0.25, t.loss(11), 1e-12);
    assertTrue(t.accepts(8) && t.accepts(12) && !t.accepts(12.01) && !t.accepts(7.99));
    Target open = new Target("t", "y", 1000.0, null, 1000.0, null, null, "over 1,000", "speech", "m");
    assertEquals(Double.POSITIVE_INFINITY, open.max());
    Target below = new Target("t", "y", 5.0, null, null, 6.0, null, null, null, null);
    assertEquals(Double.NEGATIVE_INFINITY, below.min());
    assertTrue(below.accepts(-1e9) && !below.accepts(6.5));
    assertEquals(100.0, open.tolerance());
    assertEquals(1.0, open.weight());
    assertTrue(open.accepts(5000) && !open.accepts(999));
    assertEquals("", new Target("t", "y", 1.0, null, null, null, null, null, null, null).figure());
    assertThrows(IllegalArgumentException.class, () -> new Target("t", "y", 1.0, 0.0, null, null, null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new Target("t", "y", 1.0, null, 2.0, 1.0, null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new Target("t", "y", 1.0, null, null, null, -1.0, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new Target("t", "y", null, null, null, null, null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new Target(" ", "y", 1.0, null, null, null, null, null, null, null));
    PointResult r = new PointResult(0, List.of("y", "z"), new double[][] {{11, Double.NaN}, {11, 1}});
    assertEquals(3 * 0.25, Calibrator.loss(List.of(t), r), 1e-12);
    assertEquals(Calibrator.UNDEFINED_LOSS, Calibrator.loss(List.of(new Target("u", "z", 1.0, null, null, null, null, null, null, null)), r));
    assertEquals(List.of(0.0, 1.0, 0.5), java.util.Arrays.stream(Calibrator.clamp(new double[] {-1, 2, 0.5})).boxed().toList());
  }

  @Test
  void fitParametersAndProblemsCheckThemselves() {
    FitParameter p = new FitParameter("a", 2.0, 4.0, null, null);
    assertEquals(3.0, p.start());
    assertEquals(0.5, p.startUnit());
    assertEquals(0.25, new FitParameter("a", 2.0, 4.0, 2.5, null).startUnit());
    assertFalse(p.integer());
    assertThrows(IllegalArgumentException.class, () -> new FitParameter("a", 2.0, 4.0, 5.0, null));
    assertThrows(IllegalArgumentException.class, () -> new FitParameter("a", 2.0, 2.0, null, null));
    assertThrows(IllegalArgumentException.class, () -> new FitParameter("", 2.0, 3.0, null, null));
    assertThrows(IllegalArgumentException.class, () -> new Calibrator.Problem(List.of(), new double[0],
        syntheticTargets(0.3, 1.4), 1, 1, Method.CMA_ES, 5));
    assertThrows(IllegalArgumentException.class, () -> new Calibrator.Problem(PARAMETERS, new double[1],
        syntheticTargets(0.3, 1.4), 1, 1, Method.CMA_ES, 5));
  }
}
