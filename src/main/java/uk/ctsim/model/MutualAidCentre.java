package uk.ctsim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.DeploymentPolicy;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.MutualAidSpec;
import uk.ctsim.scenario.Role;

/**
 * The national coordination centre: mutual aid as people. A force that cannot fill a demand from its own officers and
 * its neighbours' asks for officers of the role and accreditation; the lending forces, its CT hub first and then
 * nearest first, release individual officers who are free for the whole tour (so above their own concurrent demand)
 * and whose pool stays above its floor on every day of it. Each travels from the lender's headquarters, works the
 * receiving force's shifts for {@code tourDays} under the working-time limits (least rest between shifts, longest
 * shift), and travels home. While away the officer is committed, so the lender's capacity drops.
 */
final class MutualAidCentre {
  private final MutualAidSpec terms;
  private final DeploymentPolicy policy;
  private final Workforce workforce;
  private final ForceNetwork network;
  private final SimCalendar clock;
  private final Consumer<SimEvent> out;
  private final long minRestMinutes;
  private final long maxShiftMinutes;
  private final Map<ForceId, List<Visitor>> visitors = new HashMap<>();

  /** An officer on a mutual-aid tour at a receiving force. */
  private static final class Visitor {
    final Officer officer;
    final long arrive;
    final long leave;
    long lastEnd = Long.MIN_VALUE / 2;

    Visitor(Officer officer, long arrive, long leave) {
      this.officer = officer;
      this.arrive = arrive;
      this.leave = leave;
    }
  }

  MutualAidCentre(DeploymentPolicy policy, Workforce workforce, SimCalendar clock, Consumer<SimEvent> out) {
    this.policy = policy;
    this.terms = policy.mutualAid();
    this.workforce = workforce;
    this.network = workforce.network();
    this.clock = clock;
    this.out = out;
    this.minRestMinutes = Math.round(policy.workingTime().minRestHours() * 60);
    this.maxShiftMinutes = Math.round(policy.workingTime().maxShiftHours() * 60);
  }

  /** Whether the receiving force has forces to lend to it (otherwise the generic pool serves it). */
  boolean serves(ForceId receiving) {
    return !network.lenders(receiving).isEmpty();
  }

  /** Fills up to {@code need} of the demand with lent officers, those already there first; returns how many. */
  int fill(DemandShift d, int need) {
    ForceId receiving = d.ref().leadForce();
    List<Visitor> here = visitors.computeIfAbsent(receiving, f -> new ArrayList<>());
    here.removeIf(v -> v.leave <= d.decidedAt());
    int got = 0;
    for (Visitor v : here) {
      if (got == need) return got;
      if (canWork(v, d)) got += work(v, d);
    }
    long arrive = Math.max(d.start(), d.decidedAt() + Math.round(terms.leadTimeHours() * 60));
    if (arrive > d.start()) return got;
    for (ForceId lender : network.lenders(receiving)) {
      if (got == need) break;
      got += request(lender, d, need - got, here);
    }
    return got;
  }

  private boolean canWork(Visitor v, DemandShift d) {
    Officer o = v.officer;
    return o.role == d.role() && o.holds(d.accreditation()) && v.arrive <= d.start() && d.end() <= v.leave
        && d.start() >= v.lastEnd + minRestMinutes && (d.emergency() || d.minutes() <= maxShiftMinutes);
  }

  private int work(Visitor v, DemandShift d) {
    v.lastEnd = d.end();
    Officer o = v.officer;
    out.accept(new SimEvent.MutualAidShiftWorked(d.start(), d.end(), o.id, o.force, o.rank, o.role, d.ref()));
    return 1;
  }

  /** Lends up to {@code want} officers of the lender for a tour that starts with the demand's shift. */
  private int request(ForceId lender, DemandShift d, int want, List<Visitor> here) {
    Pool pool = workforce.pool(lender, d.role());
    if (pool == null || pool.officers.isEmpty()) return 0;
    int travel = network.travelMinutes(lender, d.ref().leadForce());
    long depart = d.start() - travel;
    if (depart < d.decidedAt() || d.minutes() > maxShiftMinutes && !d.emergency()) return 0;
    long leave = Math.min(clock.endMinute(), d.start() + Math.round(terms.tourDays() * Minutes.PER_DAY));
    leave = Math.max(leave, d.end());
    long home = leave + travel;
    int first = Math.max(0, Minutes.dayOf(depart));
    int last = Math.min(clock.days() - 1, Minutes.dayOf(home - 1));
    int taken = 0;
    for (Officer o : pool.officers) {
      if (taken == want) break;
      if (!o.holds(d.accreditation()) || o.busy(depart, home) || absent(o, first, last)) continue;
      if (!releasable(pool, o, first, last)) continue;
      commitByDay(o, depart, home, d.decidedAt());
      for (int day = first; day <= last; day++) {
        if (workforce.roster.rosteredOn(o, day)) pool.abstracted[day]++;
      }
      out.accept(new SimEvent.MutualAidOfficerLent(depart, home, o.id, lender, o.rank, o.role, d.ref(), travel));
      Visitor v = new Visitor(o, d.start(), leave);
      here.add(v);
      taken += work(v, d);
    }
    return taken;
  }

  /**
   * Commits the officer for the whole tour, in pieces of at most a day: an officer's commitments are searched on the
   * understanding that none lasts longer than a day ({@link Officer#busy}).
   */
  private static void commitByDay(Officer o, long from, long to, long now) {
    for (long t = from; t < to; t += Minutes.PER_DAY) o.commit(t, Math.min(to, t + Minutes.PER_DAY), now);
  }

  /** Whether the officer is on leave or sick on any day of the tour. */
  private static boolean absent(Officer o, int first, int last) {
    for (int day = first; day <= last; day++) if (o.onLeave(day) || o.sick(day)) return true;
    return false;
  }

  /** Whether lending the officer keeps the lender's pool above its floor on every day the officer is rostered. */
  private boolean releasable(Pool pool, Officer o, int first, int last) {
    for (int day = first; day <= last; day++) {
      if (workforce.roster.rosteredOn(o, day) && !pool.aboveFloor(day)) return false;
    }
    return true;
  }
}
