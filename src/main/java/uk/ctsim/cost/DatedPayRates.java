package uk.ctsim.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.scenario.PayAward;
import uk.ctsim.scenario.PaySpec;

/** The pay rates of each award period, worked out once: a deployment is priced at the rates of its day. */
final class DatedPayRates {
  private final List<LocalDate> from = new ArrayList<>();
  private final List<PayRates> rates = new ArrayList<>();

  DatedPayRates(PaySpec pay) {
    from.add(LocalDate.MIN);
    rates.add(PayRates.of(pay));
    for (PayAward award : pay.awards()) {
      from.add(award.from());
      rates.add(PayRates.on(pay, award.from()));
    }
  }

  PayRates on(LocalDate day) {
    int i = from.size() - 1;
    while (from.get(i).isAfter(day)) i--;  // from.get(0) is LocalDate.MIN, never after any day
    return rates.get(i);
  }
}
