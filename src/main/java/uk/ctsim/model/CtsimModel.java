package uk.ctsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.random.RandomGenerator;
import sim.engine.SimState;
import sim.engine.Steppable;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.ThreatChangeCause;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.EventSpec;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScheduledIncident;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.PosturePeriod;
import uk.ctsim.scenario.ThreatSpec;

/**
 * The MASON model of one replication. Everything that happens is scheduled: day starts, threat-level changes,
 * event planning dates and final plans, incidents, plot arrivals and ends. Officers are never stepped; their
 * availability is derived from rosters. What happens is reported to the listener as {@link SimEvent}s.
 */
public final class CtsimModel extends SimState {
  private static final int ORDER_THREAT = 0;
  /** A dated posture period begins or ends: after a change of level at the same minute. */
  private static final int ORDER_POSTURE = 1;
  private static final int ORDER_INCIDENT = 2;
  private static final int ORDER_DAY = 3;
  private static final int ORDER_PLAN = 4;
  /** After the day's plans, so an event planned at the midnight of its first day is held that day. */
  private static final int ORDER_HELD = 5;
  private static final int ORDER_PURSUE = 6;
  /** Last: everyday work gets what counter-terrorism demand booked by then left on ordinary duty. */
  private static final int ORDER_EVERYDAY = 7;

  private final transient Scenario scenario;
  private final transient EventHandler out;
  private final long replicationSeed;
  private transient SimCalendar clock;
  private transient Workforce workforce;
  private transient ThreatState threat;
  private transient EventPlanner planner;
  private transient PostureDemands posture;
  private transient IncidentResponder responder;
  private transient Deployer deployer;
  private transient PursueProcess pursue;
  private transient Arrests arrests;
  private transient PreventProcess prevent;
  private transient EverydayDemand everyday;
  private transient OnCallRota onCall;
  private transient EmergencyWorking emergencyWorking;
  private transient OwedTime owedTime;
  private transient RandomGenerator threatRng;
  private transient RandomGenerator incidentRng;
  private transient List<List<PlannedEvent>> eventsByDay;
  private int plotCount;
  private int randomIncidentCount;

  public CtsimModel(Scenario scenario, long seed, EventHandler out) {
    super(seed);
    this.scenario = scenario;
    this.out = out;
    this.replicationSeed = seed;
  }

  /** Runs one replication to the end of the period, reporting every event to {@code out}. */
  public static void simulate(Scenario scenario, long seed, EventHandler out) {
    CtsimModel model = new CtsimModel(scenario, seed, out);
    model.start();
    double end = model.clock.endMinute();
    while (model.schedule.step(model)) {
      if (model.schedule.getTime() >= end) break;
    }
    model.emergencyWorking.closeAll(model.clock.endMinute());
    model.deployer.recordHeld();
    model.owedTime.finish(model.clock.endMinute());
    model.finish();
  }

  @Override
  public void start() {
    super.start();
    clock = new SimCalendar(scenario.period());
    RandomStreams streams = new RandomStreams(replicationSeed);
    workforce = new Workforce(scenario, clock, streams);
    threat = new ThreatState(scenario.threat(), new Posture(scenario.posture()), clock, scenario.posture().periods());
    var policy = scenario.deployment();
    boolean dated = scenario.threat().mode() == ThreatSpec.Mode.TIMELINE;
    emergencyWorking = new EmergencyWorking(policy.emergencyWorking(), out);
    owedTime = new OwedTime(policy.owedTime(), scenario.pay().premiums().restDayNoticeDays(), workforce, clock, out);
    Fatigue fatigue = new Fatigue(policy.fatigue(), streams.get(RandomStreams.Purpose.FATIGUE).nextLong(), workforce,
        clock, out);
    deployer = new Deployer(policy, workforce, clock, out, dated, emergencyWorking, owedTime, fatigue);
    planner = new EventPlanner(threat, clock, deployer, out, policy.workingTime().maxShiftHours(),
        policy.finalPlanDays());
    // One desk: a PCSO or special constable on posture patrol is the same person an incident's phase may ask for.
    StaffDesk desk = new StaffDesk(scenario.staff(), scenario.forces(), clock, out);
    posture = new PostureDemands(scenario.posture(), threat, deployer, policy.rerosterNoticeDays(), scenario.homeForce(),
        emergencyWorking, desk, scenario.staff().patrolShares());
    responder = new IncidentResponder(scenario.incidents(), threat, deployer, workforce, clock, out,
        streams.get(RandomStreams.Purpose.ARMED_RESPONSE), desk);
    pursue = new PursueProcess(scenario.pursue(), workforce, clock, streams.get(RandomStreams.Purpose.PLOTS),
        streams.get(RandomStreams.Purpose.ARRESTS));
    arrests = new Arrests(scenario.pursue().arrests(), scenario.homeForce(), deployer, threat, out);
    prevent = new PreventProcess(scenario.prevent(), scenario.homeForce(), clock,
        streams.get(RandomStreams.Purpose.PREVENT), out, policy.rerosterNoticeDays());
    everyday = new EverydayDemand(scenario.everyday(), scenario.forces(), workforce, clock, deployer, out,
        policy.workingTime().maxShiftHours());
    onCall = new OnCallRota(scenario.pay().allowances().onCall(), workforce, clock, out);
    threatRng = streams.get(RandomStreams.Purpose.THREAT);
    incidentRng = streams.get(RandomStreams.Purpose.INCIDENT_ARRIVALS);
    scheduleDays();
    scheduleThreatTimeline();
    scheduleEvents(streams);
    scheduleIncidents();
    scheduleNextPlot(0);
    if (threat.level(0) == ThreatLevel.CRITICAL) criticalStarted(0, "critical:" + ThreatChangeCause.TIMELINE, timelineCriticalEnd(0));
  }

  /**
   * Schedules the action for the minute. MASON runs an action scheduled for the current time just after it (at the
   * next double up from it) and refuses a time before the current one, so an action it so ran, which schedules another
   * for its own minute (a chain of arrivals in one minute: two random gaps in a row that round to no minutes), would
   * ask for a time just behind the schedule's: that one is scheduled at the schedule's current time instead, to run
   * next, as the first of the chain did. A minute truly in the past still fails. (Found by a 10,000-replication run of
   * london-2017 that stopped with MASON's error in one replication.)
   */
  void at(long minute, int ordering, Runnable action) {
    if (minute < 0 || minute >= clock.endMinute()) return;
    double now = schedule.getTime();
    double time = minute < now && minute == (long) Math.floor(now) ? now : minute;
    schedule.scheduleOnce(time, ordering, (Steppable) state -> action.run());
  }

  private void scheduleDays() {
    for (int d = 0; d < clock.days(); d++) {
      final int day = d;
      at(Minutes.startOfDay(d), ORDER_DAY, () -> dayStart(day));
      at(Minutes.startOfDay(d), ORDER_HELD, () -> eventsHeld(day));
      at(Minutes.startOfDay(d), ORDER_PURSUE, () -> pursueDay(day));
      if (everyday.isEmpty()) continue;
      for (int k = 0; k < EverydayDemand.SHIFT_STARTS.length; k++) {
        final int shift = k;
        long start = Minutes.startOfDay(d) + EverydayDemand.SHIFT_STARTS[k];
        at(start, ORDER_EVERYDAY, () -> everyday.shift(day, shift, threat.snapshot(start)));
      }
    }
  }

  private void dayStart(int day) {
    long now = Minutes.startOfDay(day);
    ThreatSnapshot snapshot = threat.snapshot(now);
    out.accept(new SimEvent.DayStarted(now, clock.date(day), snapshot.level(), snapshot.postureMultiplier(),
        snapshot.armedPostureMultiplier()));
    for (Pool p : workforce.pools()) {
      out.accept(new SimEvent.DayRostered(now, clock.date(day), p.force, p.role, p.onDuty[day], (int) p.rosteredMinutes[day]));
    }
    deployer.recordStarted(now);
    posture.book(day, now);
    if (!onCall.isEmpty()) onCall.hold(day, now, snapshot.level());
  }

  /** The day's caseload (when the scenario has plots) and Prevent referrals and shift. */
  private void pursueDay(int day) {
    long now = Minutes.startOfDay(day);
    if (!scenario.pursue().plotsPerYearByLevel().isEmpty()) {
      out.accept(new SimEvent.CaseloadCounted(now, clock.date(day), pursue.caseload(day)));
    }
    if (prevent.isEmpty()) return;
    prevent.refer(day);
    DemandShift shift = prevent.shift(day);
    if (shift != null) deployer.fill(shift, threat.snapshot(now));
  }

  private void eventsHeld(int day) {
    long now = Minutes.startOfDay(day);
    for (PlannedEvent e : eventsByDay.get(day)) {
      if (e.revision == PlannedEvent.NOT_PLANNED) continue;
      out.accept(new SimEvent.EventDayHeld(now, e.id(), clock.date(day), e.spec.force(), e.plannedMultiplier,
          e.plannedTotal()));
    }
  }

  private void scheduleThreatTimeline() {
    if (scenario.threat().mode() != ThreatSpec.Mode.TIMELINE) return;
    for (ThreatSpec.Change c : scenario.threat().timeline()) {
      long minute = clock.minuteOf(c.at());
      if (minute > 0) at(minute, ORDER_THREAT, () -> changeBase(c.level(), minute));
    }
    for (long minute : threat.periodBoundaries()) {
      if (minute > 0) at(minute, ORDER_POSTURE, () -> {
        if (threat.notePosture(minute)) postureRose(minute);
      });
    }
  }

  private void changeBase(ThreatLevel level, long now) {
    ThreatLevel postureBefore = threat.notedPostureLevel();
    ThreatLevel before = threat.setBase(level, now);
    ThreatLevel after = threat.level(now);
    if (after != before) {
      out.accept(new SimEvent.ThreatLevelChanged(now, before, after, ThreatChangeCause.TIMELINE));
      if (after == ThreatLevel.CRITICAL) {
        criticalStarted(now, "critical:" + ThreatChangeCause.TIMELINE, timelineCriticalEnd(now));
      }
    }
    if (threat.notedPostureLevel().compareTo(postureBefore) > 0) postureRose(now);
  }

  private void postureRose(long now) {
    planner.postureRose(now);
    posture.book(Minutes.dayOf(now), now);
  }

  private void scheduleEvents(RandomStreams streams) {
    List<PlannedEvent> all = new ArrayList<>();
    for (EventSpec e : scenario.events()) all.add(PlannedEvent.of(e));
    all.addAll(EventGenerators.draw(scenario.generators(), clock, scenario.posture().referenceLevel(),
        streams.get(RandomStreams.Purpose.EVENT_ARRIVALS), streams.get(RandomStreams.Purpose.EVENT_SIZES)));
    all.sort(Comparator.comparingInt((PlannedEvent e) -> e.spec.priority()).thenComparing(PlannedEvent::id));
    eventsByDay = new ArrayList<>();
    for (int d = 0; d < clock.days(); d++) eventsByDay.add(new ArrayList<>());
    Map<Long, List<Runnable>> batches = new TreeMap<>();
    for (PlannedEvent e : all) {
      EventSpec spec = e.spec;
      int first = clock.dayOf(spec.start());
      if (first + spec.days() <= 0 || first >= clock.days()) continue;
      planner.add(e);
      for (int d = Math.max(0, first); d < Math.min(clock.days(), first + spec.days()); d++) eventsByDay.get(d).add(e);
      long planAt = Math.max(0, clock.minuteOf(spec.planningDate()));
      out.accept(new SimEvent.EventScheduled(planAt, spec.id(), spec.name(), spec.type(), spec.force(), spec.start(),
          spec.days(), spec.priority(), spec.recoveredShare(), spec.nonPay(), e.generatorId));
      batches.computeIfAbsent(planAt, k -> new ArrayList<>()).add(() -> planner.plan(e, planAt));
      long finalAt = planner.finalPlanMinute(e);
      if (finalAt > planAt) batches.computeIfAbsent(finalAt, k -> new ArrayList<>()).add(() -> planner.plan(e, finalAt));
    }
    // One steppable per minute, running its plans in priority order, so ties never depend on the scheduler.
    batches.forEach((minute, actions) -> at(minute, ORDER_PLAN, () -> actions.forEach(Runnable::run)));
  }

  private void scheduleIncidents() {
    for (ScheduledIncident s : scenario.incidents().scheduled()) {
      long minute = clock.minuteOf(s.at());
      double lat = s.located() ? s.latitude() : Double.NaN;
      double lon = s.located() ? s.longitude() : Double.NaN;
      at(minute, ORDER_INCIDENT,
          () -> incident(new Incident(s.id(), s.name(), s.type(), s.force(), minute, false, s.scale(), lat, lon)));
    }
    for (var e : new TreeMap<>(scenario.incidents().types()).entrySet()) {
      double max = e.getValue().ratePerYearByLevel().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      if (max > 0) scheduleNextRandomIncident(e.getKey(), e.getValue(), max, 0);
    }
  }

  private void scheduleNextRandomIncident(AttackType type, IncidentTypeSpec spec, double maxPerYear, long from) {
    double perMinute = maxPerYear / (365.0 * Minutes.PER_DAY);
    long next = from + Math.round(-Math.log(1 - incidentRng.nextDouble()) / perMinute);
    at(next, ORDER_INCIDENT, () -> {
      double rate = spec.ratePerYearByLevel().getOrDefault(threat.level(next), 0.0);
      // Numbered by candidate, not by accepted incident, so an incident keeps its id (and its own random numbers)
      // in every run that differs only in threat level.
      int candidate = ++randomIncidentCount;
      if (incidentRng.nextDouble() * maxPerYear < rate) {
        String id = type.name().toLowerCase() + "-" + candidate;
        incident(new Incident(id, type + " " + clock.dateTime(next).toLocalDate(), type,
            scenario.homeForce(), next, false));
      }
      scheduleNextRandomIncident(type, spec, maxPerYear, next);
    });
  }

  private void incident(Incident incident) {
    long now = incident.minute();
    ThreatSpec spec = scenario.threat();
    // Whether the attack takes the level to CRITICAL is drawn first, so that emergency working starts before the
    // response is booked; the threat state itself changes after it, as it always did.
    boolean critical = incident.type().isAttack() && spec.mode() == ThreatSpec.Mode.DYNAMIC
        && threatRng.nextDouble() < spec.criticalAfterAttackProbability();
    long until = now + (long) spec.criticalDays() * Minutes.PER_DAY;
    emergencyOnIncident(incident, critical ? Math.max(until, threat.criticalUntil()) : Minutes.NONE);
    responder.respond(incident);
    if (!incident.type().isAttack()) return;
    arrests.made(incident.id(), true, pursue.arrests(false), now);
    threat.attack(now, incident.id());
    ThreatLevel before = threat.level(now);
    if (critical) {
      threat.raiseToCritical(now, until);
      at(until, ORDER_THREAT, () -> {
        if (threat.criticalUntil() == until) {
          out.accept(new SimEvent.ThreatLevelChanged(until, ThreatLevel.CRITICAL, threat.level(until),
              ThreatChangeCause.CRITICAL_PERIOD_ENDED));
          threat.notePosture(until);
        }
      });
    }
    if (threat.level(now) != before) {
      out.accept(new SimEvent.ThreatLevelChanged(now, before, threat.level(now),
          ThreatChangeCause.attack(incident.id())));
    }
    postureRose(now);
  }

  /**
   * Starts emergency working for the incident: in its force when its immediate phase asks at least the policy's
   * officers at once, and in every force when it takes the level to CRITICAL (until {@code criticalUntil}).
   */
  private void emergencyOnIncident(Incident incident, long criticalUntil) {
    var spec = emergencyWorking.spec();
    if (!spec.enabled()) return;
    long now = incident.minute();
    if (spec.incidentOfficers() > 0 && immediateOfficers(incident) >= spec.incidentOfficers()) {
      long until = now + Math.round(spec.incidentDays() * Minutes.PER_DAY);
      emergencyStarted(incident.force(), now, "incident:" + incident.id(), until);
    }
    if (criticalUntil != Minutes.NONE) criticalStarted(now, "critical:" + incident.id(), criticalUntil);
  }

  /** Officers the incident's immediate phases ask at once on their first shift (rows rounded as they are booked). */
  private int immediateOfficers(Incident incident) {
    int n = 0;
    for (var phase : scenario.incidents().types().get(incident.type()).phases()) {
      if (phase.kind() != uk.ctsim.scenario.PhaseSpec.Kind.IMMEDIATE) continue;
      for (var row : phase.staffing()) n += (int) Math.round(row.officers() * incident.scale());
    }
    return n;
  }

  private void criticalStarted(long now, String cause, long until) {
    if (!emergencyWorking.spec().enabled() || !emergencyWorking.spec().onCritical()) return;
    for (ForceId force : workforce.forces()) emergencyStarted(force, now, cause, until);
  }

  private void emergencyStarted(ForceId force, long now, String cause, long until) {
    long end = emergencyWorking.start(force, now, cause, until);
    if (end != Minutes.NONE) at(end, ORDER_THREAT, () -> emergencyWorking.endIfDue(force, end));
  }

  /** When CRITICAL set by the timeline (or fixed) at {@code now} ends: the next change to another level, or the end. */
  /**
   * When the CRITICAL period that starts at {@code now} ends for emergency working: the timeline's next change below
   * CRITICAL, held on by a dated CRITICAL posture period running then (May 2017: the level fell on 27 May, the posture
   * and the 12-hour shifts with it ran to 07:00 on 30 May).
   */
  private long timelineCriticalEnd(long now) {
    long end = clock.endMinute();
    if (scenario.threat().mode() != ThreatSpec.Mode.TIMELINE) return end;
    for (ThreatSpec.Change c : scenario.threat().timeline()) {
      long m = clock.minuteOf(c.at());
      if (m > now && m < end && c.level() != ThreatLevel.CRITICAL) end = m;
    }
    for (PosturePeriod p : scenario.posture().periods()) {
      long from = clock.minuteOf(p.from());
      long until = Math.min(clock.minuteOf(p.until()), clock.endMinute());
      if (p.level() == ThreatLevel.CRITICAL && from <= end && until > end) end = until;
    }
    return end;
  }

  private void scheduleNextPlot(long from) {
    double gap = pursue.nextGap();
    if (Double.isInfinite(gap)) return;
    long next = from + Math.round(gap);
    at(next, ORDER_PURSUE, () -> {
      PursueProcess.Candidate candidate = pursue.candidate();
      int id = ++plotCount;
      if (pursue.accept(candidate, threat.level(next), next)) {
        AttackType type = pursue.attackType(candidate.typeU());
        long resolve = next + pursue.leadMinutes(candidate, type);
        out.accept(new SimEvent.PlotArrived(next, id, resolve));
        at(resolve, ORDER_PURSUE, () -> resolvePlot(id, type, next, resolve, candidate));
      }
      scheduleNextPlot(next);
    });
  }

  private void resolvePlot(int id, AttackType type, long arrived, long now, PursueProcess.Candidate candidate) {
    double capacity = pursue.capacityShare(arrived, now);
    double neighbourhood = pursue.deliveredShare(uk.ctsim.scenario.Role.NEIGHBOURHOOD, arrived, now);
    double p = pursue.disruptionProbability(type, capacity, pursue.caseload(Minutes.dayOf(now)), neighbourhood);
    boolean disrupted = candidate.disruptU() < p;
    out.accept(new SimEvent.PlotResolved(now, id, disrupted, capacity, p));
    String reference = "plot-" + id;
    // An attack's arrests follow the incident (as for every attack); a disruption's follow here.
    if (!disrupted) incident(new Incident(reference, type + " (plot " + id + ")", type, scenario.homeForce(), now, true));
    else arrests.made(reference, false, pursue.arrests(true), now);
  }
}
