package uk.ctsim.cost;

import uk.ctsim.scenario.GdpDeflator;

/**
 * Cost at constant prices: each cost line's cash amount times index(base year) ÷ index(the line's financial year) of
 * the GDP deflator, summed, then rounded to the penny once. Nominal totals are untouched.
 */
public final class ConstantPrices {
  private final GdpDeflator deflator;
  private final String baseYear;

  public ConstantPrices(GdpDeflator deflator, String baseYear) {
    if (!deflator.has(baseYear)) throw new IllegalArgumentException("no GDP deflator index for base year " + baseYear);
    this.deflator = deflator;
    this.baseYear = baseYear;
  }

  /** Prices of {@code baseYear} by the shipped deflator. */
  public static ConstantPrices of(String baseYear) {
    return new ConstantPrices(GdpDeflator.shipped(), baseYear);
  }

  public String baseYear() {
    return baseYear;
  }

  /** The whole ledger at constant prices, in pence. */
  public long totalPence(CostLedger ledger) {
    double sum = 0;
    for (CostLine line : ledger.lines()) sum += line.pence() * deflator.factor(baseYear, line.financialYear());
    return Math.round(sum);
  }

  /** The lines of one kind at constant prices, in pence. */
  public long totalPence(CostLedger ledger, CostKind kind) {
    double sum = 0;
    for (CostLine line : ledger.lines()) {
      if (line.kind() == kind) sum += line.pence() * deflator.factor(baseYear, line.financialYear());
    }
    return Math.round(sum);
  }
}
