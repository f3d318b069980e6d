package uk.ctsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.ctsim.model.events.DutyFacts;
import uk.ctsim.model.events.DutyMinutes;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.WorkingTimeRule;
import uk.ctsim.scenario.DeploymentPolicy;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.MutualAidSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.SupplySource;

/**
 * Fills demands by the deployment policy: for each source in the fill order, the demanded role and then its
 * substitutes, the lead force and then the forces near enough to respond with it ({@link ForceNetwork}); mutual aid
 * after its lead time, as individual officers lent by other forces where forces have locations
 * ({@link MutualAidCentre}), else from the generic pool; soldiers for static guarding ({@link MilitaryPool}); whatever is left is recorded as unmet.
 */
final class Deployer {
  private final DeploymentPolicy policy;
  private final Workforce workforce;
  private final SimCalendar clock;
  private final Consumer<SimEvent> out;
  private final OfficerCheck check;
  private final Capacity mutualAid;
  private final MilitaryPool military;
  private final MutualAidCentre centre;
  private final EmergencyWorking emergencyWorking;
  private final OwedTime owedTime;
  private final Fatigue fatigue;
  private final long maxShiftMinutes;
  private final Preemption preemption;
  private final Map<Role, List<Role>> rolesByRole;
  /** How far an absence is followed each way to measure it (Annex O asks only whether it is 3 days or more). */
  private static final int MAX_ABSENCE_DAYS = 31;

  /** A deployer with dated military periods applying and no emergency working, owed time or fatigue. */
  Deployer(DeploymentPolicy policy, Workforce workforce, SimCalendar clock, Consumer<SimEvent> out) {
    this(policy, workforce, clock, out, true, EmergencyWorking.off(out), OwedTime.off(workforce, clock, out),
        Fatigue.off(workforce, clock, out));
  }

  /**
   * @param dated whether the military's dated periods apply (a scenario with a threat timeline)
   * @param emergencyWorking when forces work emergency shifts; owedTime and fatigue what long hours leave behind
   */
  Deployer(DeploymentPolicy policy, Workforce workforce, SimCalendar clock, Consumer<SimEvent> out, boolean dated,
      EmergencyWorking emergencyWorking, OwedTime owedTime, Fatigue fatigue) {
    this.emergencyWorking = emergencyWorking;
    this.owedTime = owedTime;
    this.fatigue = fatigue;
    this.policy = policy;
    this.workforce = workforce;
    this.clock = clock;
    this.out = out;
    this.maxShiftMinutes = Minutes.ofHours(policy.workingTime().maxShiftHours());
    this.check = new OfficerCheck(policy.workingTime(), workforce.roster, clock, policy.rerosterNoticeDays());
    this.mutualAid = new Capacity(clock.days(), policy.mutualAid().maxOfficers());
    this.military = new MilitaryPool(policy.military(), clock, out, dated);
    this.centre = new MutualAidCentre(policy, workforce, clock, out);
    this.preemption = new Preemption(policy.preemption(), clock.days());
    this.rolesByRole = rolesByRole(policy);
  }

  /**
   * Fills the demand and returns how many officers (or personnel) it got.
   *
   * @param threat the threat level and posture when the demand is filled (the military backfills only at CRITICAL,
   *     after its lead time from when CRITICAL began)
   */
  int fill(DemandShift d, ThreatSnapshot threat) {
    return fill(d, threat, null);
  }

  /**
   * Fills the demand, trying the members of {@code team} first (for every source in the fill order) and adding
   * every officer newly deployed to it. Investigations keep their team from shift to shift this way.
   */
  int fill(DemandShift d, ThreatSnapshot threat, List<Officer> team) {
    return fill(d, threat, team, null);
  }

  /**
   * Fills the demand as above, from the given forces in order ({@code null}: the lead force and the forces that
   * respond with it); an incident's first response is by the forces nearest to it.
   */
  int fill(DemandShift demand, ThreatSnapshot threat, List<Officer> team, List<ForceId> responders) {
    if (demand.officers() <= 0 || demand.end() <= 0 || demand.start() >= clock.endMinute()) return 0;
    List<SupplySource> order = policy.fillOrder();
    DemandShift d = demand;
    if (emergencyWorking.active(demand.ref().leadForce(), demand.start())) {
      order = emergencyWorking.fillOrder(order);
      if (!demand.emergency()) d = demand.underEmergencyWorking();
    }
    int need = d.officers();
    int teamSize = team == null ? 0 : team.size();
    if (team != null) {
      for (SupplySource source : order) {
        if (need > 0 && source != SupplySource.MUTUAL_AID && source != SupplySource.MILITARY) {
          need -= scanTeam(team, teamSize, source, d, need);
        }
      }
    }
    List<Role> roles = rolesByRole.get(d.role());
    List<ForceId> forces = responders != null ? responders : workforce.network().responders(d.ref().leadForce());
    need -= fillFrom(d, need, threat, order, roles, forces, team);
    if (need > 0 && preemption.preempts(d)) need -= preempt(d, need, threat, order, roles, forces, team);
    if (need > 0) out.accept(new SimEvent.DemandUnmet(d.start(), d.end(), d.ref(), d.role(), need));
    return d.officers() - need;
  }

  /**
   * Fills a shortfall of everyday work from the given sources only (rest days, leave), from the demand's own role
   * and force only; a shortfall left is the caller's to record.
   */
  int fillEveryday(DemandShift d, ThreatSnapshot threat, List<SupplySource> sources) {
    if (d.officers() <= 0 || d.end() <= 0 || d.start() >= clock.endMinute()) return 0;
    return fillFrom(d, d.officers(), threat, sources, List.of(d.role()), List.of(d.ref().leadForce()), null);
  }

  /**
   * Fills a shortfall of everyday work by keeping on officers of the demand's role and force whose tour ends as the
   * demand starts, for the demand's length, as overtime: each must have worked the whole tour on ordinary duty, be free
   * for the demand, stay within the longest shift and the weekly limit (no limit is suspended for everyday work).
   * Returns how many were kept on.
   */
  int extendTours(DemandShift d) {
    Pool pool = workforce.pool(d.ref().leadForce(), d.role());
    if (pool == null || pool.officers.isEmpty() || d.officers() <= 0 || d.start() >= clock.endMinute()) return 0;
    Roster roster = workforce.roster;
    int len = roster.cycleLength(pool.role);
    int n = pool.officers.size();
    int taken = 0;
    for (int o = 0; o < len && taken < d.officers(); o++) {
      int tourDay = roster.tourEndingAt(pool.role, o, d.start());
      if (tourDay == Integer.MIN_VALUE) continue;
      for (int at = o; at < n && taken < d.officers(); at += len) {
        Officer officer = pool.officers.get(at);
        Assignment a = extension(officer, d, tourDay);
        if (a == null) continue;
        assign(officer, pool, a, d, Minutes.dayOf(d.start()), SupplySource.OVERTIME);
        taken++;
      }
    }
    return taken;
  }

  private Assignment extension(Officer o, DemandShift d, int tourDay) {
    if (tourDay < 0 || !workforce.roster.working(o, tourDay)) return null;
    long tourStart = workforce.roster.shiftStart(o, tourDay);
    if (d.end() - tourStart > maxShiftMinutes || o.busy(tourStart, d.end())) return null;
    int week = clock.weekIndex(Minutes.dayOf(d.start()));
    long weekly = Minutes.ofHours(policy.workingTime().maxWeeklyHours());
    if (o.extraMinutes(week) + d.minutes() + workforce.roster.weeklyMinutes(o.role) > weekly) return null;
    return new Assignment(0, d.minutes(), List.of(), tourStart, d.start());
  }

  private int fillFrom(DemandShift d, int wanted, ThreatSnapshot threat, List<SupplySource> sources, List<Role> roles,
      List<ForceId> forces, List<Officer> joined) {
    int need = wanted;
    // Indexed loops: an iterator was made for each list of each of the many fills.
    for (int s = 0; s < sources.size() && need > 0; s++) {
      SupplySource source = sources.get(s);
      switch (source) {
        case MUTUAL_AID -> need -= mutualAid(d, need);
        case MILITARY -> need -= military.fill(d, need, threat);
        default -> {
          for (int r = 0; r < roles.size(); r++) {
            for (int f = 0; f < forces.size() && need > 0; f++) {
              need -= scan(workforce.pool(forces.get(f), roles.get(r)), source, d, need, joined);
            }
          }
        }
      }
    }
    return wanted - need;
  }

  /** Each role and then its substitutes, in the policy's order: made once, not for every fill. */
  private static Map<Role, List<Role>> rolesByRole(DeploymentPolicy policy) {
    Map<Role, List<Role>> byRole = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      List<Role> roles = new ArrayList<>();
      roles.add(role);
      roles.addAll(policy.substitutes().getOrDefault(role, List.of()));
      byRole.put(role, List.copyOf(roles));
    }
    return byRole;
  }

  private int scanTeam(List<Officer> team, int size, SupplySource source, DemandShift d, int need) {
    int day = Minutes.dayOf(d.start());
    boolean fromOrdinary = source == SupplySource.ON_DUTY || source == SupplySource.OVERTIME;
    teamOffsets.start();
    int taken = 0;
    for (int i = 0; i < size && taken < need; i++) {
      Officer officer = team.get(i);
      if (!officer.holds(d.accreditation())) continue;
      Pool pool = workforce.pool(officer.force, officer.role);
      if (fromOrdinary && !pool.aboveFloor(day)) continue;
      if (!teamOffsets.canSupply(officer.role, officer.rosterOffset, source, d, day)) continue;
      Assignment a = check.assess(officer, source, d, day);
      if (a == null) continue;
      assign(officer, pool, a, d, day, source);
      taken++;
    }
    return taken;
  }

  private int scan(Pool pool, SupplySource source, DemandShift d, int need, List<Officer> joined) {
    if (pool == null || pool.officers.isEmpty()) return 0;
    int day = Minutes.dayOf(d.start());
    boolean fromOrdinary = source == SupplySource.ON_DUTY || source == SupplySource.OVERTIME;
    if (fromOrdinary && !pool.aboveFloor(day)) return 0;
    // Officer i of a pool has roster offset i mod cycle, so the roster alone rules out whole residue classes.
    int len = workforce.roster.cycleLength(pool.role);
    int[] offsets = offsetBuffer(len);
    int eligible = eligibleOffsets(offsets, pool, source, d, day, len);
    if (eligible == 0) return 0;
    int n = pool.officers.size();
    int rounds = (n + len - 1) / len;
    int taken = 0;
    // Rounds are visited once each from where the last search left off; the cursor moves as officers are taken,
    // but the walk itself starts from a fixed round so that no round is skipped.
    int first = pool.cursor;
    for (int r = 0; r < rounds && taken < need; r++) {
      int k = (first + r) % rounds;
      for (int j = 0; j < eligible; j++) {
        int at = k * len + offsets[j];
        if (at >= n) continue;
        Officer officer = pool.officers.get(at);
        if (!officer.holds(d.accreditation())) continue;
        Assignment a = check.assess(officer, source, d, day);
        if (a == null) continue;
        assign(officer, pool, a, d, day, source);
        if (joined != null) joined.add(officer);
        pool.cursor = (k + 1) % rounds;
        if (++taken == need || fromOrdinary && !pool.aboveFloor(day)) return taken;
      }
    }
    return taken;
  }

  /**
   * Puts the roster offsets whose shift pattern can supply the demand from the source (before any per-officer check)
   * at the start of {@code out}, and returns how many there are.
   */
  private int eligibleOffsets(int[] out, Pool pool, SupplySource source, DemandShift d, int day, int len) {
    // The roster is by role, so the forces searched in turn for one demand, role and source share the answer.
    if (d == offsetsDemand && pool.role == offsetsRole && source == offsetsSource) return offsetsCount;
    Roster roster = workforce.roster;
    int count = 0;
    for (int o = 0; o < len; o++) {
      if (roster.offsetCanSupply(pool.role, o, source, d, day, maxShiftMinutes)) out[count++] = o;
    }
    offsetsDemand = d;
    offsetsRole = pool.role;
    offsetsSource = source;
    offsetsCount = count;
    return count;
  }

  /**
   * Whether a roster offset can supply, remembered for one team scan: a team's members share a few roles and offsets,
   * and the roster answers the same for each member of one role and offset (a team is searched once for every source).
   */
  private final class OffsetAnswers {
    private final int[][] stamps = new int[Role.values().length][];
    private final boolean[][] answers = new boolean[Role.values().length][];
    private int stamp;

    /** Forgets every answer: the next scan is for another demand or source. */
    void start() {
      stamp++;
    }

    boolean canSupply(Role role, int offset, SupplySource source, DemandShift d, int day) {
      int r = role.ordinal();
      int[] seen = stamps[r];
      if (seen == null || offset >= seen.length) {
        int len = Math.max(offset + 1, workforce.roster.cycleLength(role));
        stamps[r] = seen = seen == null ? new int[len] : Arrays.copyOf(seen, len);
        answers[r] = answers[r] == null ? new boolean[len] : Arrays.copyOf(answers[r], len);
      }
      if (seen[offset] != stamp) {
        answers[r][offset] = workforce.roster.offsetCanSupply(role, offset, source, d, day, maxShiftMinutes);
        seen[offset] = stamp;
      }
      return answers[r][offset];
    }
  }

  private final OffsetAnswers teamOffsets = new OffsetAnswers();

  /** Reused for the eligible offsets of each scan (a scan makes no nested scan). */
  private int[] offsets = new int[0];
  /** Whose eligible offsets {@link #offsets} holds: demand, role and source, and how many there are. */
  private DemandShift offsetsDemand;
  private Role offsetsRole;
  private SupplySource offsetsSource;
  private int offsetsCount;

  private int[] offsetBuffer(int len) {
    if (offsets.length < len) offsets = new int[len];
    return offsets;
  }

  private void assign(Officer o, Pool pool, Assignment a, DemandShift d, int day, SupplySource source) {
    book(o, pool, a, d, day, source);
    if (preemption.holds(d, source, a)) {
      preemption.hold(new Booking(o, pool, a, d, day, source));
    } else {
      record(o, a, d, day, source);
    }
  }

  /** Takes the officer's hours and the pool's place for the booking (undone by {@link #release}). */
  private void book(Officer o, Pool pool, Assignment a, DemandShift d, int day, SupplySource source) {
    o.commit(d.start(), d.end(), d.decidedAt());
    if (a.rosteredMinutes() > 0) {
      pool.abstracted[day]++;
      pool.abstractedMinutes[day] += a.rosteredMinutes();
    }
    o.addExtraMinutes(clock.weekIndex(day), extra(a, d, source));
  }

  private static int extra(Assignment a, DemandShift d, SupplySource source) {
    boolean off = source == SupplySource.REST_DAY || source == SupplySource.LEAVE;
    return a.overtimeMinutes() + (off ? d.minutes() : 0);
  }

  /**
   * Undoes what {@link #assign} did for a held booking (pre-emption), which was never recorded: a held booking is in
   * the officer's rostered time, so it added no extra minutes.
   */
  private void release(Booking b) {
    Officer o = b.officer();
    DemandShift d = b.demand();
    o.release(d.start(), d.end());
    if (b.assignment().rosteredMinutes() > 0) {
      b.pool().abstracted[b.day()]--;
      b.pool().abstractedMinutes[b.day()] -= b.assignment().rosteredMinutes();
    }
  }

  /** Records the held bookings whose shift started before {@code now}: they can no longer be pre-empted. */
  void recordStarted(long now) {
    if (!preemption.enabled()) return;
    for (Booking b : preemption.started(now)) record(b.officer(), b.assignment(), b.demand(), b.day(), b.source());
  }

  /** Records every booking still held (the end of the run). */
  void recordHeld() {
    if (!preemption.enabled()) return;
    for (Booking b : preemption.all()) record(b.officer(), b.assignment(), b.demand(), b.day(), b.source());
  }

  /**
   * Takes officers booked on later event or posture shifts starting within the horizon for the attack's demand: each
   * candidate's booking is released, and the officer deployed to the attack if the checks then allow (else the
   * booking is restored as it was). The released places are re-filled at once, at the notice then left. Returns how
   * many officers were taken.
   */
  private int preempt(DemandShift d, int need, ThreatSnapshot threat, List<SupplySource> order, List<Role> roles,
      List<ForceId> forces, List<Officer> team) {
    int day = Minutes.dayOf(d.start());
    int taken = 0;
    Map<DemandShift, Integer> lost = new LinkedHashMap<>();
    for (Booking b : preemption.candidates(d.decidedAt())) {
      if (taken == need) break;
      Officer o = b.officer();
      if (!roles.contains(o.role) || !forces.contains(o.force) || !o.holds(d.accreditation())) continue;
      release(b);
      if (!takeFor(o, b.pool(), d, day, order)) {
        book(o, b.pool(), b.assignment(), b.demand(), b.day(), b.source());
        continue;
      }
      preemption.released(b);
      out.accept(new SimEvent.OfficerPreempted(d.decidedAt(), o.id, o.force, o.role, b.demand().ref(),
          b.demand().start(), d.ref()));
      if (team != null) team.add(o);
      lost.merge(b.demand(), 1, Integer::sum);
      taken++;
    }
    lost.forEach((was, places) -> fill(shortNotice(was, places, d.decidedAt()), threat));
    return taken;
  }

  /** Deploys the officer to the demand from the first source of the order that the checks allow; false if none. */
  private boolean takeFor(Officer o, Pool pool, DemandShift d, int day, List<SupplySource> order) {
    for (SupplySource source : order) {
      if (source == SupplySource.MUTUAL_AID || source == SupplySource.MILITARY) continue;
      boolean fromOrdinary = source == SupplySource.ON_DUTY || source == SupplySource.OVERTIME;
      if (fromOrdinary && !pool.aboveFloor(day)) continue;
      if (!workforce.roster.offsetCanSupply(o.role, o.rosterOffset, source, d, day, maxShiftMinutes)) continue;
      Assignment a = check.assess(o, source, d, day);
      if (a == null) continue;
      assign(o, pool, a, d, day, source);
      return true;
    }
    return false;
  }

  /** The places a pre-emption took from a later shift, as a demand decided and notified now. */
  private static DemandShift shortNotice(DemandShift was, int places, long now) {
    return new DemandShift(was.ref(), was.role(), was.accreditation(), places, was.start(), was.end(), now,
        Minutes.clearDays(now, was.start()), false, false, now);
  }

  /** Records a deployment: its event, the rest day or leave cancelled, owed time, fatigue, suspended rules. */
  private void record(Officer o, Assignment a, DemandShift d, int day, SupplySource source) {
    int extra = extra(a, d, source);
    int restDay = source == SupplySource.REST_DAY ? d.minutes() : 0;
    int leave = source == SupplySource.LEAVE ? d.minutes() : 0;
    DutyMinutes split = new DutyMinutes(a.rosteredMinutes(), a.overtimeMinutes(), restDay, leave);
    out.accept(new SimEvent.OfficerDeployed(d.start(), d.end(), o.id, o.force, o.rank, o.role, d.ref(), source,
        split, d.noticeDays(), facts(o, a, d, day, source)));
    if (source == SupplySource.REST_DAY) {
      out.accept(new SimEvent.RestDayCancelled(d.decidedAt(), o.id, o.force, o.rank, o.role, clock.date(day), d.noticeDays(), d.ref()));
    } else if (source == SupplySource.LEAVE) {
      out.accept(new SimEvent.LeaveCancelled(d.decidedAt(), o.id, o.force, o.rank, o.role, clock.date(day), d.noticeDays(), d.ref()));
    }
    owedTime.worked(o, source, d, day);
    if (extra > 0) fatigue.worked(o, day);
    // Indexed: an iterator over the (mostly empty) list was made for every deployment.
    List<WorkingTimeRule> suspended = a.suspendedRules();
    for (int i = 0; i < suspended.size(); i++) {
      out.accept(new SimEvent.WorkingTimeSuspended(d.start(), o.id, suspended.get(i), d.ref()));
    }
  }

  /** What the pay rules need to know about the officer's duty, as facts. */
  private DutyFacts facts(Officer o, Assignment a, DemandShift d, int day, SupplySource source) {
    // A tour that began before the period (a night shift of day -1) has a negative start and is treated as no tour,
    // as it always was; kept so that results do not move (see the note in docs/MODEL.md).
    boolean onTour = a.tourStart() != Minutes.NONE && a.tourStart() >= 0;
    boolean unplanned = onTour && a.overtimeMinutes() > 0 && d.notifiedAt() > a.tourStart();
    int unsocial = Minutes.nightMinutes(d.start(), d.end());
    if (onTour) {
      unsocial -= Minutes.nightMinutes(Math.max(d.start(), a.tourStart()), Math.min(d.end(), a.tourEnd()));
    }
    boolean publicHoliday = clock.isBankHoliday(day);
    int absence = 0;
    int recalled = 0;
    if (source == SupplySource.LEAVE) {
      int[] bounds = absence(o, day);
      absence = bounds[1] - bounds[0] + 1;
      // A public holiday is a day's leave in its own right (reg 26), and duty on it is paid by Annex H: it is not one
      // of the absence's recalled days of annual leave, whose count sets Annex O's pay (docs/COSTS.md P7).
      if (!publicHoliday) recalled = o.recallFromLeave(bounds[0], day);
    }
    return new DutyFacts(d.notifiedAt(), publicHoliday, unplanned, Math.max(0, unsocial), absence, recalled,
        o.payStepsBelowTop(day), onTour ? retainedIntoRestDay(o, a, d) : 0);
  }

  /**
   * Minutes of the duty after the end of the officer's tour that fall on the next calendar day when the roster has
   * that day as a rest day: retention from a tour into a rest day (a day runs from 00:00, an assumption: forces fix
   * the start of their day).
   */
  private int retainedIntoRestDay(Officer o, Assignment a, DemandShift d) {
    int tourDay = Minutes.dayOf(a.tourStart());
    if (d.end() <= a.tourEnd() || workforce.roster.rosteredOn(o, tourDay + 1)) return 0;
    return (int) Math.max(0, d.end() - Math.max(a.tourEnd(), Minutes.startOfDay(tourDay + 1)));
  }

  /** First and last day of the officer's absence (leave and rest days in a row, at most a month each way) around the day. */
  private int[] absence(Officer o, int day) {
    int first = day;
    while (first > day - MAX_ABSENCE_DAYS && off(o, first - 1)) first--;
    int last = day;
    while (last < day + MAX_ABSENCE_DAYS && off(o, last + 1)) last++;
    return new int[] {first, last};
  }

  private boolean off(Officer o, int day) {
    return o.onLeave(day) || !workforce.roster.rosteredOn(o, day);
  }

  private int mutualAid(DemandShift d, int need) {
    if (centre.serves(d.ref().leadForce())) return centre.fill(d, need);
    MutualAidSpec spec = policy.mutualAid();
    long arrival = d.decidedAt() + Minutes.ofHours(spec.leadTimeHours());
    if (d.start() < arrival) return 0;
    int got = mutualAid.reserve(d.start(), d.end(), need);
    if (got > 0) {
      out.accept(new SimEvent.MutualAidRequested(d.decidedAt(), d.ref(), d.role(), got, arrival));
      out.accept(new SimEvent.MutualAidDeployed(d.start(), d.end(), d.ref(), d.role(), got, 1));
    }
    return got;
  }
}
