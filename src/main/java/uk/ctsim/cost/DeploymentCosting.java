package uk.ctsim.cost;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DutyFacts;
import uk.ctsim.model.events.DutyMinutes;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent.OfficerDeployed;
import uk.ctsim.scenario.AllowanceRules;
import uk.ctsim.scenario.CostRates;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.PaySpec.PremiumRules;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.SupplySource;

/**
 * The pay rules for one officer deployment (Police Regulations 2003 reg 25 and Annexes G, H, O and U), each in
 * docs/COSTS.md with its source: which minutes are opportunity cost at O and which are premiums at H. Each
 * (deployment, category) amount is rounded once.
 *
 * <p>Two rules need what came before: the 30-minute disregard counts each officer's unplanned-overtime occasions in
 * an ISO week, and Annex O pays a recalled leave day once, however many deployments fall on it.
 */
final class DeploymentCosting {
  /** Demands whose officers are fed by the force (events and incidents), not patrols or site guards. */
  static final Set<DemandKind> CATERED = EnumSet.of(DemandKind.EVENT, DemandKind.INCIDENT_IMMEDIATE,
      DemandKind.INCIDENT_SCENE, DemandKind.INVESTIGATION);
  /** Annex U: the unsocial-hours allowance for an hour is annual pay × 6/125,200, i.e. 10% of annual × 60/125,200. */
  static final double ALLOWANCE_HOURS_PER_YEAR = 125_200.0 / 60.0;

  private final PaySpec pay;
  private final PremiumRules rules;
  private final AllowanceRules allowances;
  private final DatedPayRates rates;
  /** National pay (no London weighting or allowance) for the officers of forces outside the London pay area. */
  private final DatedPayRates nationalRates;
  private final PayAreas payAreas;
  private final CostRates costs;
  private final CostDates.Cache dates;
  private final Funders funders;
  /** Unplanned-overtime occasions by officer and ISO week. */
  private final WeeklyOccasions unplannedOccasions;
  /**
   * Which ranks each rule applies to, and which demands are catered, by ordinal: asked several times for every
   * deployment, and an array read is cheaper than a set's hash probe.
   */
  private final boolean[] overtimeRanks;
  private final boolean[] restDayRanks;
  private final boolean[] publicHolidayRanks;
  private final boolean[] leaveRecallRanks;
  private final boolean[] unsocialHoursRanks;
  private final boolean[] catered = byOrdinal(CATERED, DemandKind.values().length);
  private final Set<OfficerDay> leaveDaysPaid = new HashSet<>();
  private double timeOwedHours;
  /** The rates by step of each day of the period, looked up once a day: every deployment asks for its day's. */
  private final PayRates[][] ratesByDay;
  private final PayRates[][] nationalRatesByDay;

  /**
   * Annex H: "a period of not more than one hour of duty on a rostered rest day … immediately follows a normal daily
   * period of duty" counts in completed 15 minutes, without the 4-hour minimum (fedrep.info 110).
   */
  static final int RETENTION_WITHOUT_MINIMUM_MINUTES = 60;

  /**
   * Costing where the officers of forces outside London ({@code payAreas}) are paid national rates: no London
   * weighting or allowance, national scales for inspectors and chief inspectors.
   */
  DeploymentCosting(PaySpec pay, CostRates costs, SimCalendar calendar, Funders funders,
      PayAreas payAreas) {
    this.pay = pay;
    this.rules = pay.premiums();
    this.allowances = pay.allowances();
    PayTables tables = PayTables.of(pay, calendar.start());
    this.rates = tables.london;
    this.costs = costs;
    this.dates = new CostDates.Cache(calendar);
    this.funders = funders;
    this.ratesByDay = new PayRates[calendar.days()][];
    this.payAreas = payAreas;
    this.nationalRates = payAreas.anyOutsideLondon() ? tables.national : rates;
    this.nationalRatesByDay = new PayRates[calendar.days()][];
    this.unplannedOccasions = new WeeklyOccasions(calendar.start(), calendar.days());
    int ranks = Rank.values().length;
    this.overtimeRanks = byOrdinal(rules.overtimeRanks(), ranks);
    this.restDayRanks = byOrdinal(rules.restDayPremiumRanks(), ranks);
    this.publicHolidayRanks = byOrdinal(rules.publicHolidayPremiumRanks(), ranks);
    this.leaveRecallRanks = byOrdinal(rules.leaveRecallRanks(), ranks);
    this.unsocialHoursRanks = byOrdinal(allowances.unsocialHoursRanks(), ranks);
  }

  /** Flags by ordinal, true for the constants in {@code set}. */
  private static boolean[] byOrdinal(Set<? extends Enum<?>> set, int size) {
    boolean[] flags = new boolean[size];
    for (Enum<?> e : set) flags[e.ordinal()] = true;
    return flags;
  }

  /** The rates of an officer of {@code force} {@code stepsBelowTop} points below the top on the day of a minute. */
  private PayRates ratesOn(uk.ctsim.scenario.ForceId force, long minute, int stepsBelowTop) {
    boolean national = !payAreas.london(force);
    DatedPayRates dated = national ? nationalRates : rates;
    PayRates[][] cache = national ? nationalRatesByDay : ratesByDay;
    int day = Minutes.dayOf(minute);
    if (day < 0 || day >= cache.length) return dated.on(dates.day(minute), stepsBelowTop);
    if (cache[day] == null) cache[day] = dated.byStepOn(dates.day(minute));
    PayRates[] byStep = cache[day];
    return byStep[Math.min(stepsBelowTop, byStep.length - 1)];
  }

  /** Premium hours officers elected to take as time off, so far: the time-off liability in hours. */
  double timeOwedHours() {
    return timeOwedHours;
  }

  /** Where the amounts of a deployment go: its lines' category, kind and pence (never zero). */
  interface Amounts {
    void add(CostCategory category, CostKind kind, long pence);
  }

  /** The funder of the deployed officer's pay. */
  Funder funder(OfficerDeployed d) {
    return funders.officer(d.force(), d.role());
  }

  /** The lines of one deployment, zero amounts left out. */
  List<CostLine> lines(OfficerDeployed d) {
    List<CostLine> out = new ArrayList<>(6);
    Funder funder = funder(d);
    cost(d, (category, kind, pence) -> out.add(new CostLine(d.force(), funder, category, d.demand().strand(), kind,
        d.demand().kind(), d.demand().reference(), dates.of(d.minute()), pence)));
    return out;
  }

  /** Gives the amounts of one deployment, zero amounts left out, in the order {@link #lines} lists them. */
  void cost(OfficerDeployed d, Amounts out) {
    checkNotice(d);
    bill.start(d);
    DutyMinutes split = d.split();
    int rostered = split.rostered();
    int overtime = split.overtime();
    if (d.minute() - d.facts().notifiedMinute() >= Minutes.ofHours(rules.dueNoticeHours())) {
      // Reg 25(2): with due notice the tour is changed, so only hours beyond the normal day are overtime. (Rest-day
      // and leave duty has no rostered or overtime minutes, so this changes nothing for them.)
      int total = rostered + overtime;
      rostered = Math.min(total, Math.max(rostered, normalDayMinutes()));
      overtime = total - rostered;
    }
    if (d.facts().publicHoliday()) {
      // A public holiday inside a period of annual leave is not a day of annual leave: duty on it is paid by reg 26
      // and Annex H, not Annex O (Fed guidance on Annex O: "public holidays … according to the relevant regulation").
      boolean recalled = d.source() == SupplySource.REST_DAY || d.source() == SupplySource.LEAVE;
      publicHoliday(bill, rostered + overtime + split.restDay() + split.leave(), recalled);
    } else {
      bill.abstractionHours += hours(rostered);
      int retained = Math.min(overtime, d.facts().retainedRestDayMinutes());
      overtime(bill, overtime - retained, d.facts().unplannedOvertime());
      retainedIntoRestDay(bill, retained);
      if (split.restDay() > 0) restDay(bill, split.restDay());
      if (split.leave() > 0) leave(bill, split.leave());
    }
    unsocialHours(bill, d.facts().unsocialMinutes());
    if (catered[d.demand().kind().ordinal()]) bill.add(CostCategory.CATERING, costs.cateringPerOfficerShiftGbp());
    bill.lines(out);
  }

  /** Annex H: double time for any constable or sergeant required to work, 4 hours at least; other ranks a day in lieu. */
  private void publicHoliday(Bill bill, int workedMinutes, boolean recalled) {
    if (publicHolidayRanks[bill.rank.ordinal()]) {
      int counted = workedMinutes + (recalled ? travelMinutes(workedMinutes) : 0);
      double paid = Math.max(completedPeriodHours(counted), rules.restDayMinimumPaidHours());
      bill.premium(CostCategory.PUBLIC_HOLIDAY, paid, rules.publicHolidayMultiplier());
      if (bill.deployment.noticeDays() < rules.publicHolidayNoticeDays()) bill.lieuHours += rules.normalDayHours();
    } else {
      bill.lieuHours += Math.max(hours(workedMinutes), rules.normalDayHours());
    }
  }

  /** Reg 25, Annex G: time and a third in completed 15 minutes, less the 30-minute disregard when unplanned. */
  private void overtime(Bill bill, int minutes, boolean unplanned) {
    if (minutes <= 0) return;
    if (!overtimeRanks[bill.rank.ordinal()]) {
      bill.lieuHours += hours(minutes);
      return;
    }
    int paid = minutes;
    if (unplanned) {
      OfficerDeployed d = bill.deployment;
      if (unplannedOccasions.add(d.officerId(), d.minute()) <= rules.disregardOccasionsPerWeek()) {
        paid = Math.max(0, minutes - rules.casualOvertimeDisregardMinutes());
      }
    }
    bill.premium(CostCategory.OVERTIME, completedPeriodHours(paid), rules.overtimeMultiplier());
  }

  /**
   * Annex H: under 15 clear days' notice, time and a half with travel and a 4-hour minimum; with more notice the
   * day is re-rostered, a normal working day whose hours beyond the normal day are overtime.
   */
  private void restDay(Bill bill, int minutes) {
    if (!restDayRanks[bill.rank.ordinal()]) {
      bill.lieuHours += hours(minutes);
    } else if (bill.deployment.noticeDays() < rules.restDayNoticeDays()) {
      double paid = Math.max(completedPeriodHours(minutes + travelMinutes(minutes)), rules.restDayMinimumPaidHours());
      bill.premium(CostCategory.REST_DAY, paid, rules.restDayShortNoticeMultiplier());
    } else {
      int day = Math.min(minutes, normalDayMinutes());
      bill.lieuHours += hours(day);
      overtime(bill, minutes - day, false);
    }
  }

  /**
   * Annex H: duty continuing from a normal tour into a rostered rest day is rest-day duty at time and a half (no notice
   * is given of it); up to {@link #RETENTION_WITHOUT_MINIMUM_MINUTES} counts in completed 15 minutes with no 4-hour
   * minimum, more than that is paid for 4 hours at least. No travel: the officer is still at work. Ranks not paid the
   * rest-day premium take the time off in lieu, as on any rest day.
   */
  private void retainedIntoRestDay(Bill bill, int minutes) {
    // Most duties retain nobody: a premium of nothing adds 0 to a category, which makes no line (0 pence), so skip it.
    if (minutes == 0) return;
    if (!restDayRanks[bill.rank.ordinal()]) {
      bill.lieuHours += hours(minutes);
      return;
    }
    double paid = completedPeriodHours(minutes);
    if (minutes > RETENTION_WITHOUT_MINIMUM_MINUTES) paid = Math.max(paid, rules.restDayMinimumPaidHours());
    bill.premium(CostCategory.REST_DAY, paid, rules.restDayShortNoticeMultiplier());
  }

  /**
   * Annex O: a recalled leave day is given back; in an absence of 3 days or more the officer is also paid a day's
   * pay at double time for each of the first 2 days recalled and half a day's for later ones, or (the elected share
   * {@code timeOffShare}) a further day's leave, or half a day's, instead of that pay. Hours beyond the
   * normal day, and later deployments on a day already paid, are overtime.
   */
  private void leave(Bill bill, int minutes) {
    OfficerDeployed d = bill.deployment;
    if (!leaveDaysPaid.add(new OfficerDay(d.officerId(), Minutes.dayOf(d.minute())))) {
      overtime(bill, minutes, false);
      return;
    }
    bill.lieuHours += rules.normalDayHours();
    DutyFacts facts = d.facts();
    if (leaveRecallRanks[bill.rank.ordinal()] && facts.absenceDays() >= rules.leaveRecallMinimumAbsenceDays()) {
      double days = facts.recalledDayOfAbsence() <= rules.leaveRecallFullPayDays() ? 1.0 : 0.5;
      // Annex O's leave option: the officer may take that many days' leave instead of the pay (elected share)
      double share = rules.timeOffShare();
      bill.cash(CostCategory.LEAVE_CANCELLED, days * rules.normalDayHours() * rules.leaveRecallMultiplier() * (1 - share));
      bill.owedHours += days * rules.normalDayHours() * share;
    }
    overtime(bill, minutes - Math.min(minutes, normalDayMinutes()), false);
  }

  /** Annex U: 10% of the hourly rate of basic pay for each full hour between 20:00 and 06:00. */
  private void unsocialHours(Bill bill, int minutes) {
    if (!unsocialHoursRanks[bill.rank.ordinal()]) return;
    int fullHours = minutes / Minutes.PER_HOUR;
    double perHour = allowances.unsocialHoursShare() * bill.rates.annualPayGbp(bill.rank) / ALLOWANCE_HOURS_PER_YEAR;
    bill.add(CostCategory.UNSOCIAL_HOURS, fullHours * perHour * (1.0 + pay.overtimeOnCostShare()));
  }

  /** Travel counted as duty on a recall, only while duty and travel together are within the limit. */
  private int travelMinutes(int dutyMinutes) {
    long travel = Minutes.ofHours(rules.recallTravelHours());
    long limit = Minutes.ofHours(rules.recallTravelDutyLimitHours());
    return (int) Math.min(travel, Math.max(0, limit - dutyMinutes));
  }

  private double completedPeriodHours(int minutes) {
    int period = rules.paidPeriodMinutes();
    return hours(Math.max(0, minutes) / period * period);
  }

  private int normalDayMinutes() {
    return (int) Minutes.ofHours(rules.normalDayHours());
  }

  private static double hours(int minutes) {
    return Minutes.hours(minutes);
  }

  /** The minutes check themselves ({@link DutyMinutes}); notice and facts are checked here. */
  private static void checkNotice(OfficerDeployed d) {
    if (d.split() == null || d.noticeDays() < 0 || d.facts() == null) {
      throw new IllegalArgumentException("officer deployment with negative notice, or no minutes or facts: " + d);
    }
  }

  /** An officer's day, for paying a recalled leave day once. */
  private record OfficerDay(int officerId, int day) {}

  /** The one bill, started afresh for each deployment: a bill per deployment was a tenth of a replication's garbage. */
  private final Bill bill = new Bill();
  private static final CostCategory[] CATEGORIES = CostCategory.values();

  /**
   * The amounts of one deployment, by category, before rounding: an array by category ordinal and a bit per category
   * added, so that the categories are visited in ordinal order as an {@code EnumMap} would, without boxing.
   */
  private final class Bill {
    OfficerDeployed deployment;
    Rank rank;
    PayRates rates;
    double h;
    final double[] gbp = new double[CostCategory.values().length];
    int added;
    double abstractionHours;
    double lieuHours;
    double owedHours;

    void start(OfficerDeployed d) {
      this.deployment = d;
      this.rank = d.rank();
      this.rates = ratesOn(d.force(), d.minute(), d.facts().payStepsBelowTop());
      this.h = this.rates.regulatedHourlyGbp(rank);
      added = 0;  // gbp need not be cleared: add stores a category's first amount, and lines reads only those added
      abstractionHours = 0;
      lieuHours = 0;
      owedHours = 0;
    }

    /** A premium the officer may take as time off: the elected share becomes hours owed, the rest is paid. */
    void premium(CostCategory category, double paidHours, double multiplier) {
      double share = rules.timeOffShare();
      cash(category, paidHours * multiplier * (1 - share));
      owedHours += paidHours * multiplier * share;
    }

    /** Hours at H, with the employer's on-cost on premiums. */
    void cash(CostCategory category, double hoursAtH) {
      add(category, hoursAtH * h * (1.0 + pay.overtimeOnCostShare()));
    }

    void add(CostCategory category, double amount) {
      int i = category.ordinal();
      // The first amount is stored as it is, later ones summed to it, exactly as Map.merge did.
      gbp[i] = (added & 1 << i) == 0 ? amount : gbp[i] + amount;
      added |= 1 << i;
    }

    void lines(Amounts out) {
      double o = this.rates.opportunityHourlyGbp(rank);
      line(out, CostCategory.ABSTRACTION, CostKind.OPPORTUNITY, abstractionHours * o);
      for (CostCategory category : CATEGORIES) {
        if ((added & 1 << category.ordinal()) != 0) line(out, category, CostKind.ADDITIONAL, gbp[category.ordinal()]);
      }
      line(out, CostCategory.TIME_OWED, CostKind.OPPORTUNITY, owedHours * o);
      line(out, CostCategory.TIME_OFF_IN_LIEU, CostKind.OPPORTUNITY, lieuHours * o);
      timeOwedHours += owedHours;
    }

    private void line(Amounts out, CostCategory category, CostKind kind, double amount) {
      long pence = Pence.of(amount);
      if (pence != 0) out.add(category, kind, pence);
    }
  }
}
