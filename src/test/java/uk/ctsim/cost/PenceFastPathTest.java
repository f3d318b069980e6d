package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast rounding path of {@link Pence#of} gives exactly what the decimal rule gives. */
class PenceFastPathTest {
  private static long decimal(double gbp) {
    return BigDecimal.valueOf(gbp).movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
  }

  @Test
  void agreesWithTheDecimalRuleOnAMillionAmountsAndOnHalfPennies() {
    SplittableRandom rng = new SplittableRandom(7);
    for (int i = 0; i < 1_000_000; i++) {
      double gbp = switch (i % 3) {
        case 0 -> rng.nextDouble() * 1_000;
        case 1 -> rng.nextDouble() * 10_000_000;
        default -> Math.round(rng.nextDouble() * 100_000) / 1000.0;  // three decimals: many exact half pennies
      };
      assertThat(Pence.of(gbp)).as("%s", gbp).isEqualTo(decimal(gbp));
      assertThat(Pence.of(-gbp)).as("%s", -gbp).isEqualTo(decimal(-gbp));
    }
    assertThat(Pence.of(2.675)).isEqualTo(268);
    assertThat(Pence.of(1.005)).isEqualTo(100);
  }
}
