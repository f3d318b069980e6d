package uk.ctsim.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding rule for money: an amount in pounds becomes whole pence, half to even, once per line. */
final class Pence {
  private Pence() {}

  /**
   * Whole pence of {@code gbp}, rounded half to even. The double is read at its shortest decimal form
   * ({@link BigDecimal#valueOf(double)}), so £1.005 is 100.5p and rounds to 100p, as a finance reader expects.
   */
  static long of(double gbp) {
    if (!Double.isFinite(gbp)) throw new IllegalArgumentException("amount must be a finite number of pounds, was " + gbp);
    // Fast path, same result: away from a half penny, binary rounding cannot land on the other side of it.
    double pence = gbp * 100;
    double fraction = Math.abs(pence - Math.floor(pence) - 0.5);
    if (fraction > 1e-6 && Math.abs(pence) < 1e13) return (long) Math.rint(pence);
    return BigDecimal.valueOf(gbp).movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
  }

  /** Whole pence of {@code a × b} pounds, multiplied exactly in decimal and rounded once. */
  static long ofProduct(double aGbp, double b) {
    if (!Double.isFinite(aGbp) || !Double.isFinite(b)) throw new IllegalArgumentException("amount must be finite, was " + aGbp + " × " + b);
    return BigDecimal.valueOf(aGbp).multiply(BigDecimal.valueOf(b)).movePointRight(2)
        .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
  }

  /** Whole pence of {@code share × pence}, rounded half to even (for amounts derived from rounded lines). */
  static long share(double share, long pence) {
    if (!Double.isFinite(share)) throw new IllegalArgumentException("share must be a finite number, was " + share);
    return BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(pence)).setScale(0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }
}
