package uk.ctsim.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.experiment.design.Design;
import uk.ctsim.experiment.design.DesignSpec;
import uk.ctsim.experiment.design.DesignType;
import uk.ctsim.experiment.design.Designs;
import uk.ctsim.experiment.design.Parameter;
import uk.ctsim.experiment.design.ParameterSpec;
import uk.ctsim.experiment.design.RangeSpec;
import uk.ctsim.experiment.sweep.PointResult;

/** The estimators' arithmetic on numbers small enough to do by hand. */
class EstimatorsTest {
  private static final List<Parameter> ONE =
      List.of(new Parameter(new ParameterSpec("x", null, new RangeSpec(0.0, 1.0, null), null, null)));

  private static List<PointResult> constant(int points, double... perPoint) {
    List<PointResult> out = new java.util.ArrayList<>();
    for (int p = 0; p < points; p++) out.add(new PointResult(p, List.of("y"), new double[][] {{perPoint[p]}}));
    return out;
  }

  /**
   * Two base samples, one parameter: f_A = (1, 3), f_B = (2, 6), f_AB = (2, 5). Mean of A and B = 3, V = (4+0+1+9)/4
   * = 3.5. First: (3.5 − ((2−2)² + (6−5)²)/4) / 3.5 = 3.25/3.5; total: ((1−2)² + (3−5)²)/4 / 3.5 = 1.25/3.5.
   */
  @Test
  void jansenEstimatorsByHand() {
    double[] fa = {1, 3};
    double[] fb = {2, 6};
    double[][] fab = {{2, 5}};
    assertEquals(3.5, SobolIndices.variance(fa, fb, new int[] {0, 1}), 1e-12);
    assertArrayEquals(new double[] {3.25 / 3.5, 1.25 / 3.5}, SobolIndices.estimate(fa, fb, fab, new int[] {0, 1}), 1e-12);
    // Resampled indexes {1, 1}: f_A = 3, f_B = 6 twice: V = 2.25; first (2.25 − 1/2)/2.25, total (4/2)/2.25.
    assertArrayEquals(new double[] {1.75 / 2.25, 2 / 2.25}, SobolIndices.estimate(fa, fb, fab, new int[] {1, 1}), 1e-12);
    double[] flat = {1, 1};
    double[] e = SobolIndices.estimate(flat, flat, new double[][] {{1, 1}}, new int[] {0, 1});
    assertTrue(Double.isNaN(e[0]) && Double.isNaN(e[1]));
  }

  @Test
  void sobolIndicesReadTheSaltelliLayout() {
    Design d = Designs.of(new DesignSpec(DesignType.SALTELLI, 2, null, null), ONE);
    // Points: A0, AB0, B0, A1, AB1, B1.
    List<SobolIndices.Index> s = SobolIndices.of(d, constant(6, 1, 2, 2, 3, 5, 6), "y");
    assertEquals(3.25 / 3.5, s.get(0).first(), 1e-12);
    assertEquals(1.25 / 3.5, s.get(0).total(), 1e-12);
    assertTrue(s.get(0).firstLow() <= s.get(0).firstHigh());
    assertEquals("x", s.get(0).parameter());
    assertThrows(IllegalArgumentException.class, () -> SobolIndices.of(Designs.of(new DesignSpec(DesignType.SOBOL, 6, null, null), ONE),
        constant(6, 1, 2, 2, 3, 5, 6), "y"));
  }

  @Test
  void bootstrapQuantilesInterpolate() {
    double[] sorted = {0, 10, 20, 30, 40};
    assertEquals(0, Bootstrap.quantile(sorted, 0));
    assertEquals(40, Bootstrap.quantile(sorted, 1));
    assertEquals(20, Bootstrap.quantile(sorted, 0.5));
    assertEquals(1, Bootstrap.quantile(sorted, 0.025), 1e-12);
    assertEquals(39, Bootstrap.quantile(sorted, 0.975), 1e-12);
    double[][] ci = Bootstrap.intervals(4, 1, idx -> new double[] {7, idx.length});
    assertArrayEquals(new double[] {7, 7}, ci[0]);
    assertArrayEquals(new double[] {4, 4}, ci[1]);
    // The mean of {0, 1}: resample means are 0, 0.5 or 1; the interval spans them.
    double[][] m = Bootstrap.intervals(2, 3, idx -> new double[] {(idx[0] + idx[1]) / 2.0});
    assertArrayEquals(new double[] {0, 1}, m[0]);
  }

  @Test
  void morrisArithmetic() {
    assertEquals(2, Morris.changed(new double[] {0, 1, 2}, new double[] {0, 1, 3}));
    assertThrows(IllegalStateException.class, () -> Morris.changed(new double[] {0, 1}, new double[] {1, 2}));
    assertThrows(IllegalStateException.class, () -> Morris.changed(new double[] {0, 1}, new double[] {0, 1}));
    assertEquals(2.0, Morris.muStar(new double[] {-1, 3}, new int[] {0, 1}));
    assertEquals(3.0, Morris.muStar(new double[] {-1, 3}, new int[] {1, 1}));
    assertEquals(1.0, Morris.mean(new double[] {-1, 3}));
    assertEquals(Math.sqrt(8), Morris.sd(new double[] {-1, 3}), 1e-12);
    assertTrue(Double.isNaN(Morris.sd(new double[] {1})));
    assertThrows(IllegalArgumentException.class, () -> Morris.of(Designs.of(new DesignSpec(DesignType.SOBOL, 2, null, null), ONE),
        constant(2, 1, 2), "y"));
  }

  @Test
  void tornadoWithOneReplicationHasNoInterval() {
    Design d = Designs.of(new DesignSpec(DesignType.ONE_AT_A_TIME, null, null, null), ONE);
    Tornado.Bar b = Tornado.of(d, constant(3, 5, 2, 11), "y").get(0);
    assertEquals(5, b.baseMean());
    assertEquals(-3, b.low().mean());
    assertEquals(6, b.high().mean());
    assertTrue(Double.isNaN(b.low().ciLow()) && Double.isNaN(b.high().ciHigh()));
    assertEquals(9, b.swing());
    assertEquals(3.5, Tornado.mean(new double[] {3, 4}));
    assertThrows(IllegalArgumentException.class, () -> Tornado.of(Designs.of(new DesignSpec(DesignType.SOBOL, 3, null, null), ONE),
        constant(3, 1, 2, 3), "y"));
  }

  @Test
  void sensitivityFollowsTheDesign() {
    Design oat = Designs.of(new DesignSpec(DesignType.ONE_AT_A_TIME, null, null, null), ONE);
    List<Sensitivity> s = Sensitivity.of(oat, constant(3, 5, 2, 11), List.of("y"));
    assertEquals(1, s.size());
    assertEquals("y", s.get(0).output());
    assertEquals(1, s.get(0).tornado().size());
    assertTrue(s.get(0).morris().isEmpty() && s.get(0).sobol().isEmpty());
    assertTrue(!s.get(0).isEmpty());
    Design lhs = Designs.of(new DesignSpec(DesignType.LATIN_HYPERCUBE, 3, null, null), ONE);
    assertTrue(Sensitivity.of(lhs, constant(3, 5, 2, 11), List.of("y")).isEmpty());
    assertTrue(new Sensitivity("y", List.of(), List.of(), List.of()).isEmpty());
    Design morris = Designs.of(new DesignSpec(DesignType.MORRIS, 1, 4, null), ONE);
    assertEquals(1, Sensitivity.of(morris, constant(2, 1, 2), List.of("y")).get(0).morris().size());
  }
}
