package uk.ctsim.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.CostRates;
import uk.ctsim.scenario.DeploymentPolicy;
import uk.ctsim.scenario.Establishment;
import uk.ctsim.scenario.EventSpec;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.GeneratorSpec;
import uk.ctsim.scenario.IncidentSpec;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.LeaveSpec;
import uk.ctsim.scenario.MilitarySpec;
import uk.ctsim.scenario.MutualAidSpec;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Period;
import uk.ctsim.scenario.PhaseSpec;
import uk.ctsim.scenario.PostureSpec;
import uk.ctsim.scenario.PursueSpec;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.RosterSpec;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScheduledIncident;
import uk.ctsim.scenario.ShiftType;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;
import uk.ctsim.scenario.WorkingTimeLimits;

/**
 * Small scenarios built for behaviour specifications, so that each test states only what its rule depends on.
 *
 * <p>Defaults: 28 days from Monday 5 June 2017 (no bank holiday in it); no officers until a test adds them; every
 * role on the roster {@code "D"} (an 8-hour day shift from 08:00 every day, 56 hours a week, so every officer is on duty every day and
 * all have roster offset 0); no leave and no sickness; threat SEVERE fixed; posture multipliers 1 at every level, no
 * attack uplift, no extra guards or patrols; no plots; a VEHICLE_KNIFE response profile of a single 8-armed-officer
 * immediate phase that only arrives when scheduled; the default deployment policy.
 */
public final class TestScenario {
  public static final LocalDate START = LocalDate.of(2017, 6, 5);
  public static final int DAY = Minutes.PER_DAY;

  private LocalDate start = START;
  private int days = 28;
  private final Map<ForceId, Map<Role, Establishment>> forces = new java.util.TreeMap<>();
  private final Map<String, ShiftType> shiftTypes = new LinkedHashMap<>(Map.of("D", new ShiftType(LocalTime.of(8, 0), 8.0)));
  private final Map<Role, String> cycles = new EnumMap<>(Role.class);
  private LeaveSpec leave = new LeaveSpec(0, null, 0.0);
  private ThreatSpec threat = new ThreatSpec(null, ThreatLevel.SEVERE, null, null, null);
  private Map<ThreatLevel, Double> levelMultiplier = constant(1.0);
  private Map<ThreatLevel, Double> armedMultiplier = constant(1.0);
  private final Map<uk.ctsim.scenario.EventType, Double> eventTypeFactor = new EnumMap<>(uk.ctsim.scenario.EventType.class);
  private double attackUplift;
  private double upliftHalfLifeDays = 120;
  private double maxUplift = 1;
  private Map<ThreatLevel, Integer> guards = constant(0);
  private Map<ThreatLevel, Integer> patrols = constant(0);
  private ThreatLevel postureReference = ThreatLevel.SUBSTANTIAL;
  private final List<uk.ctsim.scenario.PosturePeriod> posturePeriods = new ArrayList<>();
  private Role patrolRole;
  private Accreditation patrolAccreditation;
  private final List<EventSpec> events = new ArrayList<>();
  private final List<GeneratorSpec> generators = new ArrayList<>();
  private final Map<AttackType, IncidentTypeSpec> incidentTypes = new EnumMap<>(AttackType.class);
  private final List<ScheduledIncident> scheduled = new ArrayList<>();
  private PursueSpec pursue = new PursueSpec(null, Map.of(), null, null, null, null, Map.of(AttackType.VEHICLE_KNIFE, 1.0));
  private List<SupplySource> fillOrder;
  private final Map<Role, Double> floors = new EnumMap<>(Role.class);
  private final Map<Role, List<Role>> substitutes = new EnumMap<>(Role.class);
  private Integer rerosterNoticeDays;
  private Integer finalPlanDays;
  private WorkingTimeLimits workingTime;
  private MutualAidSpec mutualAid;
  private MilitarySpec military;
  private uk.ctsim.scenario.EmergencyWorkingSpec emergencyWorking;
  private uk.ctsim.scenario.OwedTimeSpec owedTime;
  private uk.ctsim.scenario.FatigueSpec fatigue;
  private uk.ctsim.scenario.PreemptionSpec preemption;
  private final List<uk.ctsim.scenario.EverydayFunction> everyday = new ArrayList<>();

  private TestScenario() {
    for (Role r : Role.values()) cycles.put(r, "D");
    incidentTypes.put(AttackType.VEHICLE_KNIFE, new IncidentTypeSpec(Map.of(), null, null,
        List.of(phase(PhaseSpec.Kind.IMMEDIATE, 0, 0.25, 8, true, 0, new StaffingRow(Role.ARMED, 8, null))), null));
  }

  public static TestScenario builder() {
    return new TestScenario();
  }

  public static <V> Map<ThreatLevel, V> constant(V value) {
    Map<ThreatLevel, V> m = new EnumMap<>(ThreatLevel.class);
    for (ThreatLevel l : ThreatLevel.values()) m.put(l, value);
    return m;
  }

  /** A map by level with {@code values} for LOW, MODERATE, SUBSTANTIAL, SEVERE, CRITICAL in that order. */
  @SafeVarargs
  public static <V> Map<ThreatLevel, V> byLevel(V... values) {
    Map<ThreatLevel, V> m = new EnumMap<>(ThreatLevel.class);
    for (ThreatLevel l : ThreatLevel.values()) m.put(l, values[l.ordinal()]);
    return m;
  }

  public static PhaseSpec phase(PhaseSpec.Kind kind, double startHours, double durationDays, double shiftHours,
      boolean roundTheClock, double taper, StaffingRow... rows) {
    return new PhaseSpec(kind, startHours, durationDays, shiftHours, roundTheClock, taper, List.of(rows));
  }

  /** The minute of 00:00 on day {@code d} of the period. */
  public static long day(int d) {
    return (long) d * DAY;
  }

  public TestScenario period(LocalDate newStart, int newDays) {
    start = newStart;
    days = newDays;
    return this;
  }

  public TestScenario officers(ForceId force, Role role, int n) {
    return officers(force, role, n, Map.of());
  }

  public TestScenario officers(Role role, int n) {
    return officers(ForceId.MET, role, n);
  }

  public TestScenario officers(Role role, int n, Map<Accreditation, Double> accreditations) {
    return officers(ForceId.MET, role, n, accreditations);
  }

  public TestScenario officers(ForceId force, Role role, int n, Map<Accreditation, Double> accreditations) {
    forces.computeIfAbsent(force, f -> new EnumMap<>(Role.class))
        .put(role, new Establishment(n, Map.of(Rank.CONSTABLE, 1.0), accreditations));
    return this;
  }

  public TestScenario shift(String code, LocalTime shiftStart, double hours) {
    shiftTypes.put(code, new ShiftType(shiftStart, hours));
    return this;
  }

  public TestScenario roster(Role role, String cycle) {
    cycles.put(role, cycle);
    return this;
  }

  public TestScenario leave(LeaveSpec newLeave) {
    leave = newLeave;
    return this;
  }

  public TestScenario threat(ThreatSpec newThreat) {
    threat = newThreat;
    return this;
  }

  public TestScenario fixed(ThreatLevel level) {
    return threat(new ThreatSpec(null, level, null, null, null));
  }

  public TestScenario multipliers(Map<ThreatLevel, Double> unarmed, Map<ThreatLevel, Double> armed) {
    levelMultiplier = unarmed;
    armedMultiplier = armed;
    return this;
  }

  public TestScenario eventTypeFactor(uk.ctsim.scenario.EventType type, double factor) {
    eventTypeFactor.put(type, factor);
    return this;
  }

  public TestScenario uplift(double perAttack, double halfLifeDays, double max) {
    attackUplift = perAttack;
    upliftHalfLifeDays = halfLifeDays;
    maxUplift = max;
    return this;
  }

  public TestScenario guardsAndPatrols(Map<ThreatLevel, Integer> newGuards, Map<ThreatLevel, Integer> newPatrols,
      ThreatLevel reference) {
    guards = newGuards;
    patrols = newPatrols;
    postureReference = reference;
    return this;
  }

  /** Who walks the visible patrols. */
  public TestScenario patrolledBy(Role role, Accreditation accreditation) {
    patrolRole = role;
    patrolAccreditation = accreditation;
    return this;
  }

  /** A dated posture period (applies with a threat timeline). */
  public TestScenario posturePeriod(ThreatLevel level, java.time.LocalDateTime from, java.time.LocalDateTime until) {
    posturePeriods.add(new uk.ctsim.scenario.PosturePeriod(level, from, until));
    return this;
  }

  public TestScenario event(EventSpec e) {
    events.add(e);
    return this;
  }

  public TestScenario generator(GeneratorSpec g) {
    generators.add(g);
    return this;
  }

  public TestScenario incidentType(AttackType type, IncidentTypeSpec spec) {
    incidentTypes.put(type, spec);
    return this;
  }

  public TestScenario incidentAt(String id, AttackType type, java.time.LocalDateTime at) {
    scheduled.add(new ScheduledIncident(id, null, type, at, null));
    return this;
  }

  public TestScenario pursue(PursueSpec spec) {
    pursue = spec;
    return this;
  }

  public TestScenario fillOrder(SupplySource... sources) {
    fillOrder = List.of(sources);
    return this;
  }

  public TestScenario floor(Role role, double share) {
    floors.put(role, share);
    return this;
  }

  public TestScenario substitutes(Role role, Role... others) {
    substitutes.put(role, List.of(others));
    return this;
  }

  public TestScenario rerosterNoticeDays(int d) {
    rerosterNoticeDays = d;
    return this;
  }

  public TestScenario finalPlanDays(int d) {
    finalPlanDays = d;
    return this;
  }

  public TestScenario workingTime(WorkingTimeLimits limits) {
    workingTime = limits;
    return this;
  }

  public TestScenario mutualAid(MutualAidSpec spec) {
    mutualAid = spec;
    return this;
  }

  public TestScenario preemption(uk.ctsim.scenario.PreemptionSpec spec) {
    preemption = spec;
    return this;
  }

  public TestScenario fatigue(uk.ctsim.scenario.FatigueSpec spec) {
    fatigue = spec;
    return this;
  }

  public TestScenario owedTime(uk.ctsim.scenario.OwedTimeSpec spec) {
    owedTime = spec;
    return this;
  }

  public TestScenario emergencyWorking(uk.ctsim.scenario.EmergencyWorkingSpec spec) {
    emergencyWorking = spec;
    return this;
  }

  public TestScenario military(MilitarySpec spec) {
    military = spec;
    return this;
  }

  private uk.ctsim.scenario.PreventSpec prevent;

  public TestScenario prevent(uk.ctsim.scenario.PreventSpec spec) {
    prevent = spec;
    return this;
  }

  public TestScenario everyday(uk.ctsim.scenario.EverydayFunction... functions) {
    everyday.addAll(List.of(functions));
    return this;
  }

  public Scenario build() {
    if (forces.isEmpty()) officers(Role.NEIGHBOURHOOD, 10);
    List<ForceSpec> forceSpecs = new ArrayList<>();
    forces.forEach((id, est) -> forceSpecs.add(new ForceSpec(id, 1_000_000_000.0, est)));
    Map<Rank, Double> pay = new EnumMap<>(Rank.class);
    for (Rank r : Rank.values()) pay.put(r, 40_000.0);
    PostureSpec posture = new PostureSpec(levelMultiplier, armedMultiplier, eventTypeFactor, attackUplift,
        upliftHalfLifeDays, maxUplift, guards, patrols, null, null, postureReference, posturePeriods, patrolRole, patrolAccreditation);
    DeploymentPolicy policy = new DeploymentPolicy(fillOrder, floors, substitutes, rerosterNoticeDays, finalPlanDays,
        workingTime, mutualAid, military, emergencyWorking, owedTime, fatigue, preemption);
    return new Scenario("behaviour-test", null, new Period(start, start.plusDays(days - 1L)), null, forceSpecs,
        new RosterSpec(shiftTypes, cycles), leave, new PaySpec(pay, null, null, null, null, null), CostRates.defaults(),
        events, generators, threat, posture, new IncidentSpec(incidentTypes, scheduled, null), pursue, policy,
        new uk.ctsim.scenario.EverydaySpec(everyday), null, prevent);
  }

  /** Runs the scenario with the seed and returns every event it recorded, in order. */
  public List<SimEvent> run(long seed) {
    List<SimEvent> out = new ArrayList<>();
    CtsimModel.simulate(build(), seed, out::add);
    return out;
  }

  /** Recorded events of one type. */
  public static <T extends SimEvent> List<T> only(List<SimEvent> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** A threat snapshot for the deployer, which reads only the level and when CRITICAL began. */
  static ThreatSnapshot threat(ThreatLevel level, long criticalSince) {
    return new ThreatSnapshot(0, level, level, criticalSince, 0, null, 1, 1);
  }

  /** The model's parts on this scenario, for specifications of one part at a time. */
  public Parts parts(long seed, Consumer<SimEvent> out) {
    return new Parts(build(), seed, out);
  }

  /** A clock, workforce and deployer on the scenario, as the model builds them. */
  public static final class Parts {
    public final Scenario scenario;
    final SimCalendar clock;
    final RandomStreams streams;
    final Workforce workforce;
    final Deployer deployer;

    Parts(Scenario scenario, long seed, Consumer<SimEvent> out) {
      this.scenario = scenario;
      this.clock = new SimCalendar(scenario.period());
      this.streams = new RandomStreams(seed);
      this.workforce = new Workforce(scenario, clock, streams);
      this.deployer = new Deployer(scenario.deployment(), workforce, clock, out);
    }

    ThreatState threat() {
      return new ThreatState(scenario.threat(), new Posture(scenario.posture()), clock);
    }
  }
}
