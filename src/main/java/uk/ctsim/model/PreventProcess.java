package uk.ctsim.model;

import java.time.DayOfWeek;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.PreventSpec;

/**
 * Prevent: each day's referrals (a Poisson count), those of them discussed at a Channel panel and adopted as Channel
 * cases (binomial), and the officer-hours they bring. The hours are worked on weekdays, 09:00 to 17:00, by officers
 * of the spec's role in the home force, in whole 8-hour shifts, through the deployment policy (demand kind PREVENT,
 * strand PREVENT); hours short of a whole shift wait for the next weekday. Prevent work is planned casework, so its
 * shifts are filled with ample notice (re-rostered, no short-notice premium).
 */
final class PreventProcess {
  static final int SHIFT_START = 9 * Minutes.PER_HOUR;
  static final int SHIFT_MINUTES = 8 * Minutes.PER_HOUR;
  private static final String REFERENCE = "prevent";

  private final PreventSpec spec;
  private final ForceId home;
  private final SimCalendar clock;
  private final RandomGenerator rng;
  private final EventHandler out;
  private final int noticeDays;
  /** Officer-hours referred and not yet handed to a shift. */
  private double waitingHours;

  PreventProcess(PreventSpec spec, ForceId home, SimCalendar clock, RandomGenerator rng, EventHandler out,
      int rerosterNoticeDays) {
    this.spec = spec;
    this.home = home;
    this.clock = clock;
    this.rng = rng;
    this.out = out;
    this.noticeDays = rerosterNoticeDays * 10;
  }

  boolean isEmpty() {
    return spec.none();
  }

  /** The day's referrals (at 00:00): draws them, records them and adds their hours to the work waiting. */
  void refer(int day) {
    int referrals = Poisson.draw(rng, spec.referralsPerYear() / 365.0);
    int panels = binomial(referrals, spec.panelShare());
    int cases = binomial(panels, spec.panelShare() == 0 ? 0 : spec.channelShare() / spec.panelShare());
    double hours = hours(spec, referrals, panels, cases);
    waitingHours += hours;
    out.accept(new SimEvent.PreventReferred(Minutes.startOfDay(day), clock.date(day), referrals, panels, cases, hours));
  }

  /** The officer-hours of a day's referrals, panels and cases. */
  static double hours(PreventSpec spec, int referrals, int panels, int cases) {
    return referrals * spec.hoursPerReferral() + panels * spec.hoursPerPanel() + cases * spec.hoursPerChannelCase();
  }

  /** The day's Prevent shift (weekdays): the whole shifts of work waiting, as one demand. */
  DemandShift shift(int day) {
    if (!workday(clock.date(day))) return null;
    int officers = wholeShifts(waitingHours);
    if (officers == 0) return null;
    waitingHours -= officers * Minutes.hours(SHIFT_MINUTES);
    long start = Minutes.startOfDay(day) + SHIFT_START;
    long decided = Minutes.startOfDay(day);
    return new DemandShift(new DemandRef(DemandKind.PREVENT, REFERENCE, home, 0), spec.role(), null, officers, start,
        start + SHIFT_MINUTES, decided, noticeDays, false);
  }

  /** Prevent casework is done Monday to Friday. */
  static boolean workday(java.time.LocalDate date) {
    DayOfWeek weekday = date.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /** Whole 8-hour shifts in {@code hours} (the part of a shift left waits). */
  static int wholeShifts(double hours) {
    return (int) Math.floor(hours / Minutes.hours(SHIFT_MINUTES) + 1e-9);
  }

  /** Officer-hours referred and not yet handed to a shift. */
  double waitingHours() {
    return waitingHours;
  }

  private int binomial(int n, double p) {
    if (n == 0 || p <= 0) return 0;
    if (p >= 1) return n;
    return new BinomialDistribution(rng, n, p).sample();
  }
}
