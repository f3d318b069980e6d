package uk.ctsim.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent.EventDayHeld;
import uk.ctsim.model.events.SimEvent.EventScheduled;
import uk.ctsim.model.events.SimEvent.IncidentOccurred;
import uk.ctsim.model.events.SimEvent.MilitaryDeployed;
import uk.ctsim.model.events.SimEvent.MutualAidDeployed;
import uk.ctsim.model.events.SimEvent.OfficerDeployed;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.MilitarySpec;
import uk.ctsim.scenario.MutualAidSpec;
import uk.ctsim.scenario.NonPayItem;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScheduledIncident;

/**
 * Turns the events a simulation recorded into a {@link CostLedger}, by the rules in {@code docs/COSTS.md}. A handler
 * over the event stream: call {@link #accept} for each event, then {@link #finish}.
 *
 * <p>Events that carry cost: {@link OfficerDeployed} (pay and catering), {@link SimEvent.StaffDeployed} (police
 * staff's time and overtime: {@link StaffCosting}), {@link MutualAidDeployed} (charges and
 * allowances), {@link SimEvent.MutualAidOfficerLent} and {@link SimEvent.MutualAidShiftWorked} (mutual aid as people:
 * {@link LentOfficerCosting}), {@link MilitaryDeployed} (charge to policing), {@link IncidentOccurred} (the incident's non-pay cost),
 * {@link EventScheduled} (remembered: recovery share and non-pay items), {@link EventDayHeld} (the day's non-pay) and
 * {@link SimEvent.OfficerOnCall} (the on-call allowance: {@link OnCallCosting}).
 * Every other event is ignored: rest days and leave cancelled are paid through the deployment they served, whose
 * duty facts say what the pay rules need (notice, public holiday, unplanned overtime, unsocial hours, the absence a
 * recalled leave day belongs to), and plots, threat levels, plans, unmet demand, rosters and working-time suspensions cost nothing by
 * themselves.
 *
 * <p>Each amount is rounded once to whole pence, half to even, and amounts of zero pence make no line. Lines with the
 * same key are merged as they arrive, so memory grows with the number of keys, not of events.
 */
public final class CostAccountant implements EventHandler {
  /** Demand kinds whose cost is an incident's, for the special-grant test. */
  private static final Set<DemandKind> INCIDENT = EnumSet.of(DemandKind.INCIDENT_IMMEDIATE, DemandKind.INCIDENT_SCENE,
      DemandKind.INVESTIGATION);

  private final Scenario scenario;
  private final CostDates.Cache dates;
  private final DeploymentCosting deployments;
  /** Pence by line key: each line is built once, in {@link #finish}. */
  private final PenceTable merged = new PenceTable();
  private final LineKeys keys;
  private final Map<String, EventScheduled> events = new HashMap<>();
  /** Each event's chargeable pounds so far, in a one-element array: summed in place for every officer, not boxed. */
  private final Map<String, double[]> chargeableGbp = new HashMap<>();
  /** The event last given a chargeable amount and its sum (the same array as in the map). */
  private String lastChargeable;
  private double[] lastChargeableGbp;
  /** Where a deployment's amounts go: one sink, pointed at each deployment in turn, instead of a lambda per event. */
  private final DeploymentLines deploymentLines;
  private final Map<String, IncidentOccurred> incidents = new HashMap<>();
  private final Charges charges;
  private final LentOfficerCosting lent;
  private final OnCallCosting onCall;
  private final Funders funders;
  /** Which forces are paid and charged with London weighting and allowance. */
  private final PayAreas payAreas;
  private final StaffCosting staff;

  public CostAccountant(Scenario scenario) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    SimCalendar calendar = new SimCalendar(scenario.period());
    this.dates = new CostDates.Cache(calendar);
    this.payAreas = new PayAreas(scenario.forces());
    this.funders = new Funders(scenario.forces());
    this.deployments = new DeploymentCosting(scenario.pay(), scenario.costs(), calendar, funders, payAreas);
    this.keys = new LineKeys(scenario.forces().stream().map(f -> f.id()).toList(), dates, calendar.days());
    this.deploymentLines = new DeploymentLines(keys, merged);
    this.charges = new Charges(scenario.pay(), scenario.period().start(), scenario.costs(), scenario.deployment().mutualAid());
    this.lent = new LentOfficerCosting(charges, payAreas);
    this.onCall = new OnCallCosting(scenario.pay(), uk.ctsim.scenario.DatedAllowances.shipped());
    this.staff = new StaffCosting(scenario.staff());
  }

  /** Accounts for one recorded event. */
  @Override
  public void accept(SimEvent e) {
    Objects.requireNonNull(e, "event");
    if (e instanceof OfficerDeployed d) {
      deploymentLines.start(d, deployments.funder(d));
      deployments.cost(d, deploymentLines);
      if (d.demand().kind() == DemandKind.EVENT) {
        chargeable(d.demand().reference(),
            Minutes.hours(d.minutes()) * charges.fullCostHourlyGbp(d.rank(), payAreas.london(d.force()), dates.day(d.minute())));
      }
    } else if (e instanceof MutualAidDeployed m) {
      mutualAid(m);
    } else if (e instanceof SimEvent.MutualAidShiftWorked w) {
      lent.shift(w, dates.of(w.minute()), dates.day(w.minute())).forEach(l -> add(l, w.minute()));
      if (LentOfficerCosting.event(w.demand())) chargeable(w.demand().reference(), lent.fullCostGbp(w, dates.day(w.minute())));
    } else if (e instanceof SimEvent.MutualAidOfficerLent l) {
      lent.tour(l, dates.of(l.minute()), dates.day(l.minute())).forEach(line -> add(line, l.minute()));
    } else if (e instanceof SimEvent.StaffDeployed s) {
      staff(s);
    } else if (e instanceof MilitaryDeployed m) {
      military(m);
    } else if (e instanceof IncidentOccurred i) {
      incident(i);
    } else if (e instanceof EventScheduled s) {
      scheduled(s);
    } else if (e instanceof EventDayHeld day) {
      eventDay(day.eventId(), day.force(), day.date(), day.postureMultiplier());
    } else if (e instanceof SimEvent.OfficerOnCall c) {
      onCall(c);
    }
  }

  /**
   * Premium hours officers elected to take as time off instead of pay, so far: the time-off liability in hours
   * (its value at O is the TIME_OWED lines).
   */
  public double timeOwedHours() {
    return deployments.timeOwedHours();
  }

  /**
   * The ledger of every event accepted so far, with the recovery line of each event that recovers a share of its
   * cost. Does not change the accountant: calling it again after more events gives the ledger of all of them.
   */
  public CostLedger finish() {
    return CostLedger.of(lines());
  }

  /**
   * The pence of every line so far summed by reference (event id, incident id, ...), as {@code finish().sumBy(
   * CostLine::reference)} gives them but without sorting a ledger first: the plan's costing wants only these.
   */
  Map<String, Long> penceByReference() {
    Map<String, Long> sums = new LinkedHashMap<>();
    for (CostLine line : lines()) sums.merge(line.reference(), line.pence(), Math::addExact);
    return Collections.unmodifiableMap(sums);
  }

  /** The lines so far, each key once, in no particular order: the merged amounts, recoveries and special grants. */
  private List<CostLine> lines() {
    List<CostLine> lines = new ArrayList<>();
    merged.forEach((key, pence) -> lines.add(keys.line(key, pence)));
    for (EventScheduled s : events.values()) {
      double[] chargeable = chargeableGbp.get(s.eventId());
      long recovered = Pence.of(-s.recoveredShare() * (chargeable == null ? 0.0 : chargeable[0]));
      if (recovered != 0) {
        lines.add(new CostLine(s.force(), Funder.EVENT_ORGANISER, CostCategory.RECOVERY, Strand.PROTECT,
            CostKind.ADDITIONAL, DemandKind.EVENT, s.eventId(), s.start(), recovered));
      }
    }
    specialGrants(lines);
    return lines;
  }

  /**
   * Each incident's special-grant claim, as two lines that cancel: the claimable amount moved from the force's core
   * budget to the special grant. The test is on the incident force's own additional cost.
   */
  private void specialGrants(List<CostLine> lines) {
    Map<String, Long> forceAdditional = new HashMap<>();
    for (CostLine l : lines) {
      IncidentOccurred i = incidents.get(l.reference());
      if (i != null && INCIDENT.contains(l.demand()) && l.force() == i.force() && l.kind() == CostKind.ADDITIONAL) {
        forceAdditional.merge(i.incidentId(), l.pence(), Math::addExact);
      }
    }
    for (IncidentOccurred i : incidents.values()) {
      GrantThreshold threshold = threshold(i.force());
      if (threshold == null) continue;
      long claim = charges.claimablePence(i.force(), forceAdditional.getOrDefault(i.incidentId(), 0L), threshold);
      if (claim == 0) continue;
      CostDates day = dates.of(i.minute());
      lines.add(new CostLine(i.force(), Funder.FORCE_CORE_BUDGET, CostCategory.SPECIAL_GRANT, Strand.PREPARE,
          CostKind.ADDITIONAL, DemandKind.INCIDENT_SCENE, i.incidentId(), day, -claim));
      lines.add(new CostLine(i.force(), Funder.SPECIAL_GRANT, CostCategory.SPECIAL_GRANT, Strand.PREPARE,
          CostKind.ADDITIONAL, DemandKind.INCIDENT_SCENE, i.incidentId(), day, claim));
    }
  }

  /** The force's threshold, or null for a force the scenario has no budget for (none declared, or a budget of 0). */
  private GrantThreshold threshold(ForceId force) {
    return scenario.forces().stream().filter(f -> f.id() == force && f.annualBudgetGbp() > 0).findFirst()
        .map(f -> GrantThreshold.of(f, scenario.costs())).orElse(null);
  }

  private void chargeable(String eventId, double gbp) {
    if (eventId == lastChargeable) {
      // an event's officers come one after another: the same reference, so the same sum, as the last
      lastChargeableGbp[0] += gbp;
      return;
    }
    double[] sum = chargeableGbp.get(eventId);
    if (sum == null) {
      sum = new double[] {gbp};
      chargeableGbp.put(eventId, sum);
    } else {
      sum[0] += gbp;
    }
    lastChargeable = eventId;
    lastChargeableGbp = sum;
  }

  private void mutualAid(MutualAidDeployed m) {
    MutualAidSpec spec = scenario.deployment().mutualAid();
    check(m.endMinute() >= m.minute() && m.officers() >= 0 && m.nightsAway() >= 0, m);
    double dutyHours = Minutes.hours(m.endMinute() - m.minute());
    double hourly = charges.mutualAidHourlyGbp(dates.day(m.minute()));
    double full = m.officers() * (dutyHours + spec.travelHoursPerDeployment()) * hourly;
    double charged = charges.chargedShare(m.demand().kind());
    ForceId receiving = m.demand().leadForce();
    add(receiving, Funder.FORCE_CORE_BUDGET, CostCategory.MUTUAL_AID, m.demand(), m.minute(),
        full * charged + charges.mutualAidExpensesGbp(m.officers(), m.nightsAway(), Math.ceil(dutyHours / 24)));
    add(ForceId.NATIONAL, Funder.OTHER_FORCE, CostCategory.MUTUAL_AID, m.demand(), m.minute(), full * (1 - charged));
    add(receiving, Funder.FORCE_CORE_BUDGET, CostCategory.ALLOWANCES, m.demand(), m.minute(),
        charges.mutualAidAllowancesGbp(m.officers(), m.nightsAway(), dates.day(m.minute())));
    if (m.demand().kind() == DemandKind.EVENT) {
      chargeable(m.demand().reference(), m.officers() * dutyHours * hourly);
    }
  }

  /**
   * An officer's day on call: the Annex U on-call allowance (ALLOWANCES, on the funder of the officer's role), on the
   * Prepare strand under the rota line's reference ({@code on-call:<id>}, demand kind INCIDENT_IMMEDIATE: officers are
   * held on call to be recalled to incidents).
   */
  private void onCall(SimEvent.OfficerOnCall c) {
    long pence = Pence.of(onCall.allowanceGbp(c));
    if (pence == 0) return;
    merged.add(keys.key(c.force(), funders.officer(c.force(), c.role()), CostCategory.ALLOWANCES, Strand.PREPARE,
        CostKind.ADDITIONAL, DemandKind.INCIDENT_IMMEDIATE, OnCallCosting.reference(c.rotaId()), c.minute()), pence);
  }

  /**
   * A member of staff's duty: the diverted working-day time, the overtime and a special constable's expenses, booked to
   * the force's core budget.
   */
  private void staff(SimEvent.StaffDeployed s) {
    DemandRef demand = s.demand();
    long time = staff.timePence(s);
    if (time != 0) {
      merged.add(keys.key(s.force(), Funder.FORCE_CORE_BUDGET, CostCategory.STAFF_TIME, demand.strand(),
          CostKind.OPPORTUNITY, demand.kind(), demand.reference(), s.minute()), time);
    }
    long overtime = staff.overtimePence(s);
    if (overtime != 0) {
      merged.add(keys.key(s.force(), Funder.FORCE_CORE_BUDGET, CostCategory.STAFF_OVERTIME, demand.strand(),
          CostKind.ADDITIONAL, demand.kind(), demand.reference(), s.minute()), overtime);
    }
    long expenses = staff.expensesPence(s);
    if (expenses != 0) {
      merged.add(keys.key(s.force(), Funder.FORCE_CORE_BUDGET, CostCategory.SPECIALS_EXPENSES, demand.strand(),
          CostKind.ADDITIONAL, demand.kind(), demand.reference(), s.minute()), expenses);
    }
  }

  private void military(MilitaryDeployed m) {
    MilitarySpec spec = scenario.deployment().military();
    check(m.endMinute() >= m.minute() && m.personnel() >= 0, m);
    double personDays = m.personnel() * Minutes.days(m.endMinute() - m.minute());
    add(m.demand().leadForce(), Funder.FORCE_CORE_BUDGET, CostCategory.MILITARY, m.demand(), m.minute(),
        personDays * spec.costToPolicePerPersonDayGbp());
    add(ForceId.NATIONAL, Funder.MINISTRY_OF_DEFENCE, CostCategory.MILITARY, m.demand(), m.minute(),
        personDays * spec.borneByDefencePerPersonDayGbp());
  }

  private void incident(IncidentOccurred i) {
    IncidentTypeSpec type = scenario.incidents().types().get(i.type());
    if (type == null) {
      throw new IllegalStateException("incident " + i.incidentId() + " is of type " + i.type()
          + ", which has no profile under incidents.types");
    }
    DemandRef scene = new DemandRef(DemandKind.INCIDENT_SCENE, i.incidentId(), i.force(), 0);
    if (incidents.putIfAbsent(i.incidentId(), i) != null) {
      throw new IllegalStateException("incident " + i.incidentId() + " occurred twice");
    }
    double nonPay = scenario.incidents().scheduled().stream().filter(s -> s.id().equals(i.incidentId()) && s.nonPayGbp() != null)
        .mapToDouble(ScheduledIncident::nonPayGbp).findFirst().orElse(type.nonPayGbp());
    add(i.force(), Funder.FORCE_CORE_BUDGET, CostCategory.NON_PAY, scene, i.minute(), nonPay);
  }

  private void scheduled(EventScheduled s) {
    if (!(s.recoveredShare() >= 0 && s.recoveredShare() <= 1)) {
      throw new IllegalArgumentException("event " + s.eventId() + ": recoveredShare must be between 0 and 1, was "
          + s.recoveredShare());
    }
    if (events.putIfAbsent(s.eventId(), s) != null) {
      throw new IllegalStateException("event " + s.eventId() + " was scheduled twice");
    }
  }

  /**
   * An event's non-pay items for a day it is held, at a posture multiplier: the day's own for the ledger ({@link
   * EventDayHeld}), the original plan's for {@link PlanCosting}.
   */
  void eventDay(String eventId, ForceId force, LocalDate date, double postureMultiplier) {
    EventScheduled s = events.get(eventId);
    if (s == null) {
      throw new IllegalStateException("event " + eventId + " was held on " + date
          + " but never scheduled: its EventScheduled must come first");
    }
    double gbp = 0;
    for (NonPayItem item : s.nonPay()) {
      gbp += item.gbpPerDay() * (item.scalesWithPosture() ? postureMultiplier : 1.0);
    }
    long pence = Pence.of(gbp);
    if (pence != 0) {
      merged.add(keys.key(force, Funder.FORCE_CORE_BUDGET, CostCategory.NON_PAY, Strand.PROTECT, CostKind.ADDITIONAL,
          DemandKind.EVENT, eventId, date), pence);
    }
    chargeable(eventId, gbp);
  }

  /** Adds an additional cost of the demand, dated by a minute, rounded to pence (no line for zero pence). */
  private void add(ForceId force, Funder funder, CostCategory category, DemandRef demand, long minute, double gbp) {
    long pence = Pence.of(gbp);
    if (pence == 0) return;
    merged.add(keys.key(force, funder, category, demand.strand(), CostKind.ADDITIONAL, demand.kind(),
        demand.reference(), minute), pence);
  }

  /** Adds a line made elsewhere (a lent officer's charges), dated by the minute it was made for. */
  private void add(CostLine line, long minute) {
    if (line.pence() == 0) return;
    merged.add(keys.key(line.force(), line.funder(), line.category(), line.strand(), line.kind(), line.demand(),
        line.reference(), minute), line.pence());
  }

  private static void check(boolean valid, SimEvent e) {
    if (!valid) throw new IllegalArgumentException("deployment that ends before it starts or has a negative count: " + e);
  }
}
