package uk.ctsim.model;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.OwedTimeSpec;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.SupplySource;

/**
 * The ledger of time owed to officers, in minutes. A rest day worked that is re-rostered (at least the rest-day notice
 * of the pay rules, or an inspector or chief inspector on any notice) and a day of leave cancelled each leave the
 * officer owed a normal day. Of the days owed, the policy's share is bought out at once (spread evenly: the running
 * share decides, so no random numbers are drawn); the others are repaid on the first of the officer's rostered days
 * in the repayment window on which the officer is working and free: the officer takes the tour off, so the pool has
 * one officer and one tour fewer on duty that day (abstraction floors and everyday demand see it). A day owed with
 * no such day in its window is bought out at the window's end; one whose window runs past the period is outstanding.
 * So accrued = repaid + bought out + outstanding, in minutes, exactly.
 */
final class OwedTime {
  /** A normal day (Police Regulations reg 22): the time one rest day or day of leave is worth. */
  static final int NORMAL_DAY_MINUTES = 8 * Minutes.PER_HOUR;

  private final OwedTimeSpec spec;
  private final Workforce workforce;
  private final SimCalendar clock;
  private final Consumer<SimEvent> out;
  private final int restDayNoticeDays;
  private final Map<ForceId, Long> outstanding = new TreeMap<>();
  private double buyOutCredit;

  OwedTime(OwedTimeSpec spec, int restDayNoticeDays, Workforce workforce, SimCalendar clock, Consumer<SimEvent> out) {
    this.spec = spec;
    this.restDayNoticeDays = restDayNoticeDays;
    this.workforce = workforce;
    this.clock = clock;
    this.out = out;
  }

  /** A ledger that never accrues. */
  static OwedTime off(Workforce workforce, SimCalendar clock, Consumer<SimEvent> out) {
    return new OwedTime(OwedTimeSpec.defaults(), 0, workforce, clock, out);
  }

  /** Records what the officer is owed for working the demand on the day from the source, and settles it. */
  void worked(Officer o, SupplySource source, DemandShift d, int day) {
    if (!spec.enabled()) return;
    boolean owed = source == SupplySource.LEAVE || source == SupplySource.REST_DAY
        && (d.noticeDays() >= restDayNoticeDays || o.rank == Rank.INSPECTOR || o.rank == Rank.CHIEF_INSPECTOR);
    if (!owed) return;
    out.accept(new SimEvent.OwedTimeAccrued(d.start(), o.id, o.force, o.rank, o.role, NORMAL_DAY_MINUTES, source));
    buyOutCredit += spec.boughtOutShare();
    if (buyOutCredit >= 1 - 1e-9) {
      buyOutCredit -= 1;
      out.accept(new SimEvent.OwedTimeBoughtOut(d.start(), o.id, o.force, o.rank, o.role, NORMAL_DAY_MINUTES, false));
      return;
    }
    repay(o, day, d.start(), d.decidedAt());
  }

  private void repay(Officer o, int day, long workedAt, long now) {
    int first = day + spec.repayFromDays();
    int end = first + 7 * spec.repayWithinWeeks();
    for (int k = first; k < end && k < clock.days(); k++) {
      if (!workforce.roster.working(o, k)) continue;
      long start = workforce.roster.shiftStart(o, k);
      int minutes = workforce.roster.shiftMinutes(o, k);
      if (o.busy(start, start + minutes) || o.deployedOnDay(k)) continue;
      o.commit(start, start + minutes, now);
      Pool pool = workforce.pool(o.force, o.role);
      pool.onDuty[k]--;
      pool.rosteredMinutes[k] -= minutes;
      out.accept(new SimEvent.OwedTimeRepaid(start, o.id, o.force, o.rank, o.role, NORMAL_DAY_MINUTES));
      return;
    }
    if (end <= clock.days()) {
      out.accept(new SimEvent.OwedTimeBoughtOut(Math.max(workedAt, Minutes.startOfDay(end)), o.id, o.force, o.rank,
          o.role, NORMAL_DAY_MINUTES, true));
    } else {
      outstanding.merge(o.force, (long) NORMAL_DAY_MINUTES, Long::sum);
    }
  }

  /** Records each force's owed time still outstanding at the period's end. */
  void finish(long endMinute) {
    outstanding.forEach((force, minutes) -> out.accept(new SimEvent.OwedTimeOutstanding(endMinute, force, minutes)));
    outstanding.clear();
  }
}
