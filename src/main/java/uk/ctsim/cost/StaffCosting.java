package uk.ctsim.cost;

import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent.StaffDeployed;
import uk.ctsim.scenario.StaffFunction;
import uk.ctsim.scenario.StaffSpec;

/**
 * Police staff's pay for one duty (docs/COSTS.md, "Police staff"). The staff hourly rate S is the annual salary of the
 * function with employer on-costs, over the hours of a working year: salary × (1 + on-cost) × 7/365 ÷ weekly hours.
 * Working-day hours are diverted time, S an hour (opportunity); hours outside the working day are paid at S × the
 * overtime multiplier, and hours on a public holiday at S × the public-holiday multiplier (additional, one line).
 * PCSOs are paid on the same rules; special constables have no salary, only expenses per duty. Each amount is
 * rounded once to whole pence.
 */
final class StaffCosting {
  private final StaffSpec spec;

  StaffCosting(StaffSpec spec) {
    this.spec = spec;
  }

  /** S: the staff hourly rate of the duty's function, with on-costs. */
  double hourlyGbp(StaffDeployed d) {
    double salary = spec.annualSalaryGbp().getOrDefault(d.function(), 0.0);
    return salary * (1 + spec.onCostShare()) * 7 / 365 / spec.weeklyHours();
  }

  /** The diverted working-day time, in pence (opportunity). */
  long timePence(StaffDeployed d) {
    return Pence.of(Minutes.hours(d.workingDayMinutes()) * hourlyGbp(d));
  }

  /** The overtime and public-holiday pay, in pence (additional). */
  long overtimePence(StaffDeployed d) {
    double hours = Minutes.hours(d.overtimeMinutes()) * spec.overtimeMultiplier()
        + Minutes.hours(d.publicHolidayMinutes()) * spec.publicHolidayMultiplier();
    return Pence.of(hours * hourlyGbp(d));
  }

  /** A special constable's expenses for the duty, in pence (additional); nothing for anyone else. */
  long expensesPence(StaffDeployed d) {
    return d.function() == StaffFunction.SPECIAL_CONSTABLE ? Pence.of(spec.specialsExpensesPerDutyGbp()) : 0;
  }
}
