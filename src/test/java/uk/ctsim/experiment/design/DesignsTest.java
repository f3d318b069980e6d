package uk.ctsim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The points of each design, by hand where the design is deterministic and by its defining property otherwise. */
class DesignsTest {
  private static Parameter range(String path, double min, double max, Integer steps) {
    return new Parameter(new ParameterSpec(path, null, new RangeSpec(min, max, steps), null, null));
  }

  @Test
  void fullFactorialVariesTheLastParameterFastest() {
    List<Parameter> ps = List.of(range("a", 0, 1, 2),
        new Parameter(new ParameterSpec("b", List.of("x", "y", "z"), null, null, null)));
    Design d = Designs.of(new DesignSpec(DesignType.FULL_FACTORIAL, null, null, null), ps);
    assertEquals(6, d.size());
    List<String> rows = d.points().stream().map(p -> String.join("/", p.texts())).toList();
    assertEquals(List.of("0/x", "0/y", "0/z", "1/x", "1/y", "1/z"), rows);
    assertEquals(List.of("a=1", "b=y"), d.points().get(4).overrides(ps));
    assertEquals(4, d.points().get(4).id());
    assertEquals(0, d.baseSamples());
  }

  @Test
  void fullFactorialRefusesAnAbsurdNumberOfPoints() {
    List<Parameter> ps = List.of(range("a", 0, 1, 1000), range("b", 0, 1, 1000));
    assertThrows(IllegalArgumentException.class, () -> Designs.of(new DesignSpec(DesignType.FULL_FACTORIAL, null, null, null), ps));
    List<Parameter> ok = List.of(range("a", 0, 1, 100), range("b", 0, 1, 1000));
    assertEquals(100_000, Designs.factorial(ok).length);
  }

  @Test
  void oneAtATimeIsBaseThenLowAndHighOfEach() {
    double[][] u = Designs.oneAtATime(2);
    assertEquals(5, u.length);
    assertArrayEquals(new double[] {0.5, 0.5}, u[0]);
    assertArrayEquals(new double[] {0, 0.5}, u[1]);
    assertArrayEquals(new double[] {1, 0.5}, u[2]);
    assertArrayEquals(new double[] {0.5, 0}, u[3]);
    assertArrayEquals(new double[] {0.5, 1}, u[4]);
  }

  @Test
  void latinHypercubeUsesEachStratumOnceInEachDimension() {
    double[][] u = Designs.latinHypercube(10, 3, new SplittableRandom(5));
    for (int i = 0; i < 3; i++) {
      boolean[] used = new boolean[10];
      for (double[] row : u) {
        int stratum = (int) Math.floor(row[i] * 10);
        assertTrue(!used[stratum], "stratum " + stratum + " twice in dimension " + i);
        used[stratum] = true;
      }
    }
    assertArrayEquals(u[3], Designs.latinHypercube(10, 3, new SplittableRandom(5))[3]); // same seed, same points
  }

  @Test
  void sobolSkipsTheOrigin() {
    double[][] u = Designs.sobol(4, 2);
    assertArrayEquals(new double[] {0.5, 0.5}, u[0]);
    assertArrayEquals(new double[] {0.75, 0.25}, u[1]);
    assertArrayEquals(new double[] {0.25, 0.75}, u[2]);
    assertEquals(4, u.length);
  }

  @Test
  void saltelliIsABThenBPerBaseSample() {
    List<Parameter> ps = List.of(range("a", 0, 1, null), range("b", 0, 1, null));
    Design d = Designs.of(new DesignSpec(DesignType.SALTELLI, 3, null, null), ps);
    assertEquals(12, d.size());
    assertEquals(3, d.baseSamples());
    double[][] base = Designs.sobol(3, 4);
    for (int j = 0; j < 3; j++) {
      double[] a = {base[j][0], base[j][1]};
      double[] b = {base[j][2], base[j][3]};
      assertArrayEquals(a, d.points().get(j * 4).unit());
      assertArrayEquals(new double[] {b[0], a[1]}, d.points().get(j * 4 + 1).unit());
      assertArrayEquals(new double[] {a[0], b[1]}, d.points().get(j * 4 + 2).unit());
      assertArrayEquals(b, d.points().get(j * 4 + 3).unit());
    }
  }

  @Test
  void morrisTrajectoriesStepOneParameterByDeltaOnTheGrid() {
    assertEquals(2.0 / 3, Designs.morrisStep(4), 1e-15);
    assertEquals(1.0, Designs.morrisStep(2), 1e-15);
    assertEquals(0.6, Designs.morrisStep(6), 1e-15);
    double[][] u = Designs.morris(30, 3, 4, new SplittableRandom(9));
    assertEquals(120, u.length);
    boolean sawDown = false;
    boolean sawUp = false;
    for (int t = 0; t < 30; t++) {
      boolean[] moved = new boolean[3];
      for (int s = 0; s < 3; s++) {
        double[] a = u[t * 4 + s];
        double[] b = u[t * 4 + s + 1];
        int changed = -1;
        for (int i = 0; i < 3; i++) {
          if (a[i] != b[i]) {
            assertEquals(-1, changed);
            changed = i;
            assertEquals(2.0 / 3, Math.abs(b[i] - a[i]), 1e-12);
            sawDown |= b[i] < a[i];
            sawUp |= b[i] > a[i];
          }
        }
        moved[changed] = true;
      }
      assertTrue(moved[0] && moved[1] && moved[2]);
      for (double[] row : Arrays.copyOfRange(u, t * 4, t * 4 + 4)) {
        for (double x : row) assertTrue(Math.abs(x * 3 - Math.rint(x * 3)) < 1e-9 && x >= 0 && x <= 1, "off grid: " + x);
      }
    }
    assertTrue(sawDown && sawUp);
    Design d = Designs.of(new DesignSpec(DesignType.MORRIS, 5, 4, 2L), List.of(range("a", 0, 3, null)));
    assertEquals(5, d.baseSamples());
    assertEquals(2.0 / 3, d.morrisStep(), 1e-15);
    assertEquals(0.0, Designs.of(new DesignSpec(DesignType.SOBOL, 5, null, null), List.of(range("a", 0, 3, null))).morrisStep());
  }

  @Test
  void designsNeedParametersAndMapEveryPoint() {
    assertThrows(IllegalArgumentException.class, () -> Designs.of(new DesignSpec(DesignType.SOBOL, 5, null, null), List.of()));
    Design d = Designs.of(new DesignSpec(DesignType.LATIN_HYPERCUBE, 7, null, 3L), List.of(range("a", 100, 200, null)));
    assertEquals(7, d.size());
    for (Point p : d.points()) assertEquals(100 + 100 * p.unit()[0], p.values()[0], 1e-6);
  }
}
