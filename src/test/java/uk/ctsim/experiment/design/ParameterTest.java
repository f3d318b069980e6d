package uk.ctsim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit values to scenario values, by hand. */
class ParameterTest {
  private static Parameter range(double min, double max, Integer steps, Boolean integer) {
    return new Parameter(new ParameterSpec("a.b", null, new RangeSpec(min, max, steps), null, integer));
  }

  private static Parameter list(String... values) {
    return new Parameter(new ParameterSpec("a.b", List.of(values), null, null, null));
  }

  private static Parameter dist(DistributionSpec d) {
    return new Parameter(new ParameterSpec("a.b", null, null, d, null));
  }

  @Test
  void aRangeIsLinearInTheUnitValue() {
    Parameter p = range(10, 20, null, null);
    assertEquals("10", p.text(0));
    assertEquals("12.5", p.text(0.25));
    assertEquals("20", p.text(1));
    assertEquals(12.5, p.value(0.25));
    assertEquals("a.b", p.path());
  }

  @Test
  void integersAreRoundedHalfUp() {
    Parameter p = range(0, 3, null, true);
    assertEquals("2", p.text(0.5)); // 1.5 rounds to 2
    assertEquals("1", p.text(0.45)); // 1.35
  }

  @Test
  void numbersKeepTenSignificantDigits() {
    assertEquals("0.3333333333", Parameter.format(1.0 / 3));
    assertEquals("-2", Parameter.format(-2.0));
    assertEquals("123456.7891", Parameter.format(123456.78912));
    assertEquals("0.0001", Parameter.format(1e-4));
  }

  @Test
  void aListIsCutIntoEqualShares() {
    Parameter p = list("LOW", "SEVERE", "CRITICAL");
    assertEquals("LOW", p.text(0));
    assertEquals("LOW", p.text(0.33));
    assertEquals("SEVERE", p.text(1.0 / 3 + 1e-9));
    assertEquals("CRITICAL", p.text(0.99));
    assertEquals("CRITICAL", p.text(1));
    assertEquals(2.0, p.value(1)); // not numbers: the index
    assertEquals(7.5, list("5", "7.5").value(0.5));
  }

  @Test
  void unitValuesOutsideZeroToOneAreRefused() {
    Parameter p = range(0, 1, null, null);
    assertThrows(IllegalArgumentException.class, () -> p.text(-0.01));
    assertThrows(IllegalArgumentException.class, () -> p.text(1.01));
  }

  @Test
  void distributionsGiveQuantilesAndUnboundedOnesAreSqueezed() {
    assertEquals("3", dist(new DistributionSpec(DistributionType.UNIFORM, 2.0, null, 4.0, null, null)).text(0.5));
    assertEquals("2", dist(new DistributionSpec(DistributionType.UNIFORM, 2.0, null, 4.0, null, null)).text(0));
    // Triangular (0, 0, 2): F(x) = 1 − (2 − x)²/4, so the median is 2 − √2.
    assertEquals(2 - Math.sqrt(2), dist(new DistributionSpec(DistributionType.TRIANGULAR, 0.0, 0.0, 2.0, null, null)).value(0.5), 1e-9);
    Parameter normal = dist(new DistributionSpec(DistributionType.NORMAL, null, null, null, 10.0, 2.0));
    assertEquals(10, normal.value(0.5), 1e-9);
    assertEquals(10 - 2 * 3.090232306, normal.value(0), 1e-6); // the 0.1% quantile
    assertEquals(10 + 2 * 3.090232306, normal.value(1), 1e-6);
    // Lognormal with mean 10, sd 5: sigma² = ln(1.25), median = 10 / √1.25.
    Parameter logn = dist(new DistributionSpec(DistributionType.LOGNORMAL, null, null, null, 10.0, 5.0));
    assertEquals(10 / Math.sqrt(1.25), logn.value(0.5), 1e-6);
  }

  @Test
  void factorialLevels() {
    assertEquals(List.of(0.0, 0.5, 1.0), range(0, 1, null, null).factorialLevels());
    assertEquals(List.of(0.0, 1.0 / 3, 2.0 / 3, 1.0), range(0, 1, 4, null).factorialLevels());
    assertEquals(List.of(0.25, 0.75), list("x", "y").factorialLevels());
    Parameter d = dist(new DistributionSpec(DistributionType.UNIFORM, 0.0, null, 1.0, null, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, d::factorialLevels);
    assertEquals("a.b: a FULL_FACTORIAL design needs values or a range, not a distribution", e.getMessage());
  }

  @Test
  void specsRejectWhatCannotWork() {
    assertEquals("path: give exactly one of values, range or distribution for a.b", assertThrows(IllegalArgumentException.class,
        () -> new ParameterSpec("a.b", List.of("1"), new RangeSpec(0.0, 1.0, null), null, null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ParameterSpec("a.b", null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new ParameterSpec(" ", List.of("1"), null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new ParameterSpec("a", List.of(), null, null, null));
    assertEquals("max: must be above min (1.0), was 1.0",
        assertThrows(IllegalArgumentException.class, () -> new RangeSpec(1.0, 1.0, null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RangeSpec(null, 1.0, null));
    assertThrows(IllegalArgumentException.class, () -> new RangeSpec(0.0, Double.NaN, null));
    assertThrows(IllegalArgumentException.class, () -> new RangeSpec(0.0, 1.0, 1));
    assertThrows(IllegalArgumentException.class, () -> new RangeSpec(0.0, 1.0, 1001));
    assertEquals(2, new RangeSpec(0.0, 1.0, 2).steps());
    assertEquals(1000, new RangeSpec(0.0, 1.0, 1000).steps());
    assertEquals(3, new RangeSpec(0.0, 1.0, null).steps());
    assertThrows(IllegalArgumentException.class, () -> new DistributionSpec(DistributionType.NORMAL, null, null, null, 1.0, 0.0));
    assertThrows(IllegalArgumentException.class, () -> new DistributionSpec(DistributionType.LOGNORMAL, null, null, null, 0.0, 1.0));
    assertThrows(IllegalArgumentException.class, () -> new DistributionSpec(DistributionType.TRIANGULAR, 0.0, 3.0, 2.0, null, null));
    assertThrows(IllegalArgumentException.class, () -> new DistributionSpec(DistributionType.TRIANGULAR, 0.0, -1.0, 2.0, null, null));
    assertThrows(IllegalArgumentException.class, () -> new DistributionSpec(DistributionType.TRIANGULAR, 1.0, 1.0, 1.0, null, null));
    assertThrows(IllegalArgumentException.class, () -> new DistributionSpec(DistributionType.UNIFORM, 2.0, null, 2.0, null, null));
    assertThrows(IllegalArgumentException.class, () -> new DistributionSpec(DistributionType.UNIFORM, null, null, 2.0, null, null));
    assertThrows(IllegalArgumentException.class, () -> new DistributionSpec(null, 0.0, null, 2.0, null, null));
    assertEquals("mean: is required (a number) for NORMAL", assertThrows(IllegalArgumentException.class,
        () -> new DistributionSpec(DistributionType.NORMAL, null, null, null, null, 1.0)).getMessage());
  }

  @Test
  void designSpecDefaultsAndLimits() {
    DesignSpec d = new DesignSpec(DesignType.ONE_AT_A_TIME, null, null, null);
    assertEquals(4, d.levels());
    assertEquals(1L, d.seed());
    assertEquals("points: is required for a SOBOL design",
        assertThrows(IllegalArgumentException.class, () -> new DesignSpec(DesignType.SOBOL, null, null, null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new DesignSpec(DesignType.SOBOL, 0, null, null));
    assertThrows(IllegalArgumentException.class, () -> new DesignSpec(DesignType.SOBOL, DesignSpec.MAX_POINTS + 1, null, null));
    assertEquals(DesignSpec.MAX_POINTS, new DesignSpec(DesignType.SOBOL, DesignSpec.MAX_POINTS, null, null).points());
    assertEquals(1, new DesignSpec(DesignType.SOBOL, 1, null, null).points());
    assertThrows(IllegalArgumentException.class, () -> new DesignSpec(DesignType.MORRIS, 4, 3, null));
    assertThrows(IllegalArgumentException.class, () -> new DesignSpec(DesignType.MORRIS, 4, 0, null));
    assertEquals(2, new DesignSpec(DesignType.MORRIS, 4, 2, null).levels());
    assertThrows(IllegalArgumentException.class, () -> new DesignSpec(null, 4, null, null));
  }
}
