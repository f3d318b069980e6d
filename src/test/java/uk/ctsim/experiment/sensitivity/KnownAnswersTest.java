package uk.ctsim.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.experiment.design.Design;
import uk.ctsim.experiment.design.DesignSpec;
import uk.ctsim.experiment.design.DesignType;
import uk.ctsim.experiment.design.Designs;
import uk.ctsim.experiment.design.Parameter;
import uk.ctsim.experiment.design.ParameterSpec;
import uk.ctsim.experiment.design.RangeSpec;
import uk.ctsim.experiment.sweep.MemoryStore;
import uk.ctsim.experiment.sweep.PointModel;
import uk.ctsim.experiment.sweep.PointResult;
import uk.ctsim.experiment.sweep.Sweep;

/**
 * Sensitivity estimators on functions whose indices are known in closed form, run through the sweep's own code path
 * (design, points as text, the sweep runner, the store).
 */
class KnownAnswersTest {
  private static Parameter range(String name, double min, double max) {
    return new Parameter(new ParameterSpec(name, null, new RangeSpec(min, max, null), null, null));
  }

  private static List<PointResult> sweep(Design design, PointModel model, int replications) {
    return Sweep.run(design.points(), model, new Sweep.Settings(List.of("y"), replications, 7, 2), new MemoryStore(),
        r -> {});
  }

  /**
   * Ishigami (a = 7, b = 0.1, x uniform on [−π, π]): S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437)
   * (Saltelli et al. 2008, §4). With N = 2048 base samples of a Sobol sequence Jansen's estimators land within 0.03
   * of each (the sequence is deterministic, so this does not flake), and each bootstrap interval holds the true value.
   */
  @Test
  void ishigamiSobolIndicesWithinThreeHundredthsOfTheTruth() {
    double pi = Math.PI;
    List<Parameter> ps = List.of(range("x1", -pi, pi), range("x2", -pi, pi), range("x3", -pi, pi));
    Design design = Designs.of(new DesignSpec(DesignType.SALTELLI, 2048, null, null), ps);
    assertEquals(2048 * 5, design.size());
    PointModel ishigami = point -> (r, seed) -> {
      double[] x = point.values();
      return Map.of("y", Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]));
    };
    List<SobolIndices.Index> s = SobolIndices.of(design, sweep(design, ishigami, 1), "y");
    double[] first = {0.3139, 0.4424, 0.0};
    double[] total = {0.5576, 0.4424, 0.2437};
    for (int i = 0; i < 3; i++) {
      assertEquals(first[i], s.get(i).first(), 0.03, "S" + (i + 1));
      assertEquals(total[i], s.get(i).total(), 0.03, "ST" + (i + 1));
      assertTrue(s.get(i).firstLow() <= first[i] + 0.01 && first[i] - 0.01 <= s.get(i).firstHigh(), "S interval " + i);
      assertTrue(s.get(i).totalLow() <= total[i] + 0.01 && total[i] - 0.01 <= s.get(i).totalHigh(), "ST interval " + i);
      assertTrue(s.get(i).firstLow() < s.get(i).firstHigh());
    }
    assertEquals("x1", s.get(0).parameter());
  }

  /**
   * y = 3·x1 − 2·x2 + 0·x3 with x1 on [0, 1], x2 on [0, 2], x3 on [5, 6]: every elementary effect per whole range is
   * exact: 3, −4 and 0. So mu* = (3, 4, 0), mu = (3, −4, 0), sigma = 0, to rounding of the 10-digit values.
   */
  @Test
  void morrisOnALinearFunctionGivesItsSlopesTimesRanges() {
    List<Parameter> ps = List.of(range("x1", 0, 1), range("x2", 0, 2), range("x3", 5, 6));
    Design design = Designs.of(new DesignSpec(DesignType.MORRIS, 20, 4, 3L), ps);
    assertEquals(20 * 4, design.size());
    PointModel linear = point -> (r, seed) -> Map.of("y", 3 * point.values()[0] - 2 * point.values()[1] + 0 * point.values()[2]);
    List<Morris.Effect> e = Morris.of(design, sweep(design, linear, 1), "y");
    assertEquals(3, e.get(0).muStar(), 1e-8);
    assertEquals(3, e.get(0).mu(), 1e-8);
    assertEquals(4, e.get(1).muStar(), 1e-8);
    assertEquals(-4, e.get(1).mu(), 1e-8);
    assertEquals(0, e.get(2).muStar(), 1e-8);
    for (Morris.Effect x : e) {
      assertEquals(0, x.sigma(), 1e-8);
      assertEquals(20, x.trajectories());
      assertEquals(x.muStar(), x.muStarLow(), 1e-8);
      assertEquals(x.muStar(), x.muStarHigh(), 1e-8);
    }
  }

  /** Effects that vary: y = x1² on [0, 1]; four levels, Δ = 2/3, so the effects are (4/9 − 0)/(2/3) = 2/3 or (1 − 1/9)/(2/3) = 4/3. */
  @Test
  void morrisSigmaAndSignsOnAQuadratic() {
    List<Parameter> ps = List.of(range("x1", 0, 1));
    Design design = Designs.of(new DesignSpec(DesignType.MORRIS, 40, 4, 11L), ps);
    PointModel square = point -> (r, seed) -> Map.of("y", point.values()[0] * point.values()[0]);
    Morris.Effect e = Morris.of(design, sweep(design, square, 1), "y").get(0);
    assertTrue(e.mu() > 2.0 / 3 - 1e-9 && e.mu() < 4.0 / 3 + 1e-9, "mu " + e.mu());
    assertEquals(e.mu(), e.muStar(), 1e-12); // every effect is positive
    assertTrue(e.sigma() > 0.1, "sigma " + e.sigma());
    assertTrue(e.muStarLow() <= e.muStar() && e.muStar() <= e.muStarHigh());
  }

  /** A tornado of y = 10·x1 + noise(seed) on common random numbers: paired differences are exact (no noise left). */
  @Test
  void tornadoDifferencesArePairedOnCommonRandomNumbers() {
    List<Parameter> ps = List.of(range("x1", 0, 2), range("x2", 0, 1));
    Design design = Designs.of(new DesignSpec(DesignType.ONE_AT_A_TIME, null, null, null), ps);
    PointModel noisy = point -> (r, seed) -> Map.of("y", 10 * point.values()[0] + (seed % 1000));
    List<Tornado.Bar> bars = Tornado.of(design, sweep(design, noisy, 5), "y");
    assertEquals(-10, bars.get(0).low().mean(), 1e-9);
    assertEquals(10, bars.get(0).high().mean(), 1e-9);
    assertEquals(-10, bars.get(0).low().ciLow(), 1e-9);
    assertEquals(10, bars.get(0).high().ciHigh(), 1e-9);
    assertEquals(20, bars.get(0).swing(), 1e-9);
    assertEquals(0, bars.get(1).swing(), 1e-9);
    assertEquals("0", bars.get(0).lowValue());
    assertEquals("2", bars.get(0).highValue());
    assertEquals("x2", bars.get(1).parameter());
  }
}
