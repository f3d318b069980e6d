package uk.ctsim.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.SimEvent.EventDayHeld;
import uk.ctsim.model.events.SimEvent.EventScheduled;
import uk.ctsim.model.events.SimEvent.IncidentOccurred;
import uk.ctsim.model.events.SimEvent.MilitaryDeployed;
import uk.ctsim.model.events.SimEvent.MutualAidDeployed;
import uk.ctsim.model.events.SimEvent.OfficerDeployed;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.MilitarySpec;
import uk.ctsim.scenario.MutualAidSpec;
import uk.ctsim.scenario.NonPayItem;
import uk.ctsim.scenario.Scenario;

/**
 * Turns the events a simulation recorded into a {@link CostLedger}, by the rules in {@code docs/COSTS.md}. A handler
 * over the event stream: call {@link #accept} for each event, then {@link #finish}.
 *
 * <p>Events that carry cost: {@link OfficerDeployed} (pay and catering), {@link MutualAidDeployed} (charges and
 * allowances), {@link MilitaryDeployed} (charge to policing), {@link IncidentOccurred} (the incident's non-pay cost),
 * {@link EventScheduled} (remembered: recovery share and non-pay items) and {@link EventDayHeld} (the day's non-pay).
 * Every other event is ignored: rest days and leave cancelled are paid through the deployment they served, whose
 * duty facts say what the pay rules need (notice, public holiday, unplanned overtime, unsocial hours, the absence a
 * recalled leave day belongs to), and plots, threat levels, plans, unmet demand, rosters and working-time suspensions cost nothing by
 * themselves.
 *
 * <p>Each amount is rounded once to whole pence, half to even, and amounts of zero pence make no line. Lines with the
 * same key are merged as they arrive, so memory grows with the number of keys, not of events.
 */
public final class CostAccountant {
  /** Premium pay of an event's officers, of which the organiser pays back the event's recovered share. */
  private static final Set<CostCategory> RECOVERABLE = EnumSet.of(CostCategory.OVERTIME, CostCategory.REST_DAY,
      CostCategory.PUBLIC_HOLIDAY, CostCategory.LEAVE_CANCELLED);
  private static final double MINUTES_PER_HOUR = 60.0;
  private static final double MINUTES_PER_DAY = 24 * 60.0;

  private final Scenario scenario;
  private final CostDates.Cache dates;
  private final DeploymentCosting deployments;
  private final Map<CostLine, Long> merged = new HashMap<>();
  private final Map<String, EventScheduled> events = new HashMap<>();
  private final Map<String, Long> eventPremiumPence = new HashMap<>();

  public CostAccountant(Scenario scenario) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.dates = new CostDates.Cache(scenario.period().start());
    this.deployments = new DeploymentCosting(scenario.pay(), scenario.costs(), scenario.period().start(),
        new Funders(scenario.forces()));
  }

  /** Accounts for one recorded event. */
  public void accept(SimEvent e) {
    Objects.requireNonNull(e, "event");
    if (e instanceof OfficerDeployed d) {
      deployments.lines(d).forEach(this::officerLine);
    } else if (e instanceof MutualAidDeployed m) {
      mutualAid(m);
    } else if (e instanceof MilitaryDeployed m) {
      military(m);
    } else if (e instanceof IncidentOccurred i) {
      incident(i);
    } else if (e instanceof EventScheduled s) {
      scheduled(s);
    } else if (e instanceof EventDayHeld day) {
      eventDay(day);
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
    List<CostLine> lines = new ArrayList<>(merged.size() + events.size());
    merged.forEach((key, pence) -> lines.add(key.withPence(pence)));
    for (EventScheduled s : events.values()) {
      long premium = eventPremiumPence.getOrDefault(s.eventId(), 0L);
      long recovered = Pence.share(-s.recoveredShare(), premium);
      if (recovered != 0) {
        lines.add(new CostLine(s.force(), Funder.EVENT_ORGANISER, CostCategory.RECOVERY, Strand.PROTECT,
            CostKind.ADDITIONAL, DemandKind.EVENT, s.eventId(), s.start(), recovered));
      }
    }
    return CostLedger.of(lines);
  }

  private void officerLine(CostLine line) {
    add(line);
    if (line.demand() == DemandKind.EVENT && RECOVERABLE.contains(line.category())) {
      eventPremiumPence.merge(line.reference(), line.pence(), Math::addExact);
    }
  }

  private void mutualAid(MutualAidDeployed m) {
    MutualAidSpec spec = scenario.deployment().mutualAid();
    check(m.endMinute() >= m.minute() && m.officers() >= 0 && m.nightsAway() >= 0, m);
    double hours = (m.endMinute() - m.minute()) / MINUTES_PER_HOUR + spec.travelHoursPerDeployment();
    add(line(m.demand().leadForce(), CostCategory.MUTUAL_AID, m.demand(), m.minute(),
        m.officers() * hours * spec.chargePerOfficerHourGbp()));
    add(line(m.demand().leadForce(), CostCategory.ALLOWANCES, m.demand(), m.minute(),
        (double) m.officers() * m.nightsAway() * spec.allowancePerNightGbp()));
  }

  private void military(MilitaryDeployed m) {
    MilitarySpec spec = scenario.deployment().military();
    check(m.endMinute() >= m.minute() && m.personnel() >= 0, m);
    double personDays = m.personnel() * ((m.endMinute() - m.minute()) / MINUTES_PER_DAY);
    add(line(m.demand().leadForce(), CostCategory.MILITARY, m.demand(), m.minute(),
        personDays * spec.costToPolicePerPersonDayGbp()));
  }

  private void incident(IncidentOccurred i) {
    IncidentTypeSpec type = scenario.incidents().types().get(i.type());
    if (type == null) {
      throw new IllegalStateException("incident " + i.incidentId() + " is of type " + i.type()
          + ", which has no profile under incidents.types");
    }
    DemandRef scene = new DemandRef(DemandKind.INCIDENT_SCENE, i.incidentId(), i.force(), 0);
    add(line(i.force(), CostCategory.NON_PAY, scene, i.minute(), type.nonPayGbp()));
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

  private void eventDay(EventDayHeld day) {
    EventScheduled s = events.get(day.eventId());
    if (s == null) {
      throw new IllegalStateException("event " + day.eventId() + " was held on " + day.date()
          + " but never scheduled: its EventScheduled must come first");
    }
    double gbp = 0;
    for (NonPayItem item : s.nonPay()) {
      gbp += item.gbpPerDay() * (item.scalesWithPosture() ? day.postureMultiplier() : 1.0);
    }
    add(new CostLine(day.force(), Funder.FORCE_CORE_BUDGET, CostCategory.NON_PAY, Strand.PROTECT, CostKind.ADDITIONAL,
        DemandKind.EVENT, day.eventId(), day.date(), Pence.of(gbp)));
  }

  private CostLine line(ForceId force, CostCategory category, DemandRef demand, long minute, double gbp) {
    return new CostLine(force, Funder.FORCE_CORE_BUDGET, category, demand.strand(), CostKind.ADDITIONAL, demand.kind(),
        demand.reference(), dates.of(minute), Pence.of(gbp));
  }

  private static void check(boolean valid, SimEvent e) {
    if (!valid) throw new IllegalArgumentException("deployment that ends before it starts or has a negative count: " + e);
  }

  private void add(CostLine line) {
    if (line.pence() == 0) return;
    merged.merge(line.withPence(0), line.pence(), Math::addExact);
  }
}
