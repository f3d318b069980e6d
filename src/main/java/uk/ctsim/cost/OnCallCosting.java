package uk.ctsim.cost;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import uk.ctsim.model.events.SimEvent.OfficerOnCall;
import uk.ctsim.scenario.AllowanceRules;
import uk.ctsim.scenario.DatedAllowances;
import uk.ctsim.scenario.PaySpec;

/**
 * The Annex U on-call allowance (Police Regulations 2003, Annex U para 13): a constable, sergeant, inspector or chief
 * inspector "shall receive an allowance of £15 in respect of each day on which he spends any time on call" (the
 * amount of the day from the dated table: £15 from 1 Apr 2013, £20 from 1 Sep 2019, £25 from 1 Sep 2024, £35 from
 * 1 Sep 2025; none before 2013). Paid once for an officer's day however many rota lines hold them, with the employer's
 * National Insurance on-cost (the allowance is not pensionable). A recall of an officer on call is paid by the usual
 * rules for the duty (rest day or public holiday, Annex H) on top of the allowance: the allowance is for the day on
 * call, and being recalled does not take it away.
 */
final class OnCallCosting {
  private final AllowanceRules rules;
  private final double onCost;
  private final DatedAllowances table;
  private final Set<Long> paidDays = new HashSet<>();

  OnCallCosting(PaySpec pay, DatedAllowances table) {
    this.rules = pay.allowances();
    this.onCost = pay.overtimeOnCostShare();
    this.table = table;
  }

  /** The allowance for the officer's day on call in pounds: 0 for a rank not paid it or a day already paid. */
  double allowanceGbp(OfficerOnCall e) {
    if (!rules.onCallRanks().contains(e.rank())) return 0;
    if (!paidDays.add(((long) e.officerId() << 32) | (e.day().toEpochDay() & 0xFFFF_FFFFL))) return 0;
    return perDayGbp(e.day()) * (1 + onCost);
  }

  /** The on-call allowance of a day, before on-cost: 0 before it was introduced (1 April 2013). */
  double perDayGbp(LocalDate day) {
    return table.on(DatedAllowances.ON_CALL, day).orElse(0);
  }

  /** The cost line reference of a rota line. */
  static String reference(String rotaId) {
    return "on-call:" + rotaId;
  }
}
