package uk.ctsim.cost;

import java.time.LocalDate;
import uk.ctsim.scenario.PaySpec;

/**
 * A scenario's dated pay rates from its period's start, at London pay and at national pay (no London weighting or
 * allowance: {@link PaySpec#outsideLondon}), built once and shared. Building them reads the pay scale table for every
 * pay period and point, and each replication wanted them four times over (the pay rules and the charges, in the
 * accountant and again in the original plan's); they never change once built, so accountants of the same pay and
 * start share one set. The last set built is kept for the next replication of the scenario: rates are a function of
 * the pay and the start only, so sharing them changes no result, on any thread.
 */
final class PayTables {
  /** The last set built. Volatile: a set built on one thread is read whole on another. */
  private static volatile PayTables last;

  /** The pay these were built from, compared by identity: a scenario's replications share its one {@link PaySpec}. */
  private final PaySpec pay;
  private final LocalDate start;
  final DatedPayRates london;
  final DatedPayRates national;

  private PayTables(PaySpec pay, LocalDate start) {
    this.pay = pay;
    this.start = start;
    this.london = new DatedPayRates(pay, start);
    this.national = new DatedPayRates(pay.outsideLondon(), start);
  }

  /** The rates of {@code pay} from {@code start}: the last set when it is of the same pay and start, else new ones. */
  static PayTables of(PaySpec pay, LocalDate start) {
    PayTables found = last;
    if (found != null && found.pay == pay && found.start.equals(start)) return found;
    found = new PayTables(pay, start);
    last = found;
    return found;
  }
}
