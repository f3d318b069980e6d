package uk.ctsim.model;

import java.util.ArrayList;
import java.util.List;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.PostureSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;

/**
 * The posture rule, in one place: how protective staffing scales with the threat level and with recent attacks.
 *
 * <ul>
 *   <li>A level's multiplier is its table entry (unarmed or armed) divided by the reference level's, times one plus
 *       the attack uplift: the sum of each past attack's uplift halved every half-life, capped.
 *   <li>An event scales its staffing by {@code 1 + (multiplier - 1) × eventTypeFactor}; armed, CTSFO and search rows
 *       by the armed multiplier, the others by the unarmed one.
 *   <li>Citywide posture asks for the guards and patrols of the level, times one plus the uplift, above the
 *       reference level's (which ordinary duty covers); those above what the level alone asks are the attack's.
 *   <li>Posture rises when the level rises or an attack adds uplift; demands that follow get notice from then.
 * </ul>
 */
final class Posture {
  /**
   * When a posture that has not risen during the period was raised: long before it, so that any notice counted from
   * it is ample, yet far enough from {@code Long.MIN_VALUE} that differences of minutes do not overflow.
   */
  static final long STANDING = Long.MIN_VALUE / 4;

  private final PostureSpec spec;
  private final List<Long> attackMinutes = new ArrayList<>();
  private final List<String> attackIds = new ArrayList<>();
  private long raisedAt = STANDING;

  Posture(PostureSpec spec) {
    this.spec = spec;
  }

  /** The level whose guards and patrols ordinary duty covers. */
  ThreatLevel referenceLevel() {
    return spec.referenceLevel();
  }

  /** Notes a change of the posture level: posture rises with it. */
  void levelChanged(ThreatLevel before, ThreatLevel after, long minute) {
    if (after.compareTo(before) > 0) raisedAt = minute;
  }

  /** Notes an attack: it adds uplift from now on (and raises posture if the uplift is not zero). */
  void attack(long minute, String incidentId) {
    attackMinutes.add(minute);
    attackIds.add(incidentId);
    if (spec.attackUplift() > 0) raisedAt = minute;
  }

  /** Minute posture last rose, or {@link #STANDING}. */
  long raisedAt() {
    return raisedAt;
  }

  /** The attack uplift at a minute: sum of decayed uplifts of attacks before it, capped. */
  double uplift(long minute) {
    double sum = 0;
    double halfLife = spec.attackUpliftHalfLifeDays() * Minutes.PER_DAY;
    for (long a : attackMinutes) if (a <= minute) sum += spec.attackUplift() * Math.pow(2, -(minute - a) / halfLife);
    return Math.min(sum, spec.maxAttackUplift());
  }

  /**
   * The attack that posture above the level's own is attributed to at a minute: the attack whose decayed uplift is
   * the largest then (every attack adds the same uplift, so the latest attack before the minute); null before any.
   */
  String upliftCause(long minute) {
    String cause = null;
    for (int i = 0; i < attackMinutes.size(); i++) if (attackMinutes.get(i) <= minute) cause = attackIds.get(i);
    return cause;
  }

  /**
   * The snapshot at a minute of the threat level and the posture level (and of when CRITICAL posture began), with the
   * posture it brings: multipliers, guards and patrols follow the posture level.
   */
  ThreatSnapshot snapshot(long minute, ThreatLevel level, ThreatLevel postureLevel, long criticalSince) {
    double uplift = uplift(minute);
    return new ThreatSnapshot(minute, level, postureLevel, criticalSince, uplift, upliftCause(minute),
        multiplier(postureLevel, uplift, false, spec.referenceLevel()),
        multiplier(postureLevel, uplift, true, spec.referenceLevel()));
  }

  /** Posture multiplier for unarmed (false) or armed (true) staffing stated at {@code reference}. */
  double multiplier(ThreatSnapshot now, boolean armed, ThreatLevel reference) {
    return multiplier(now.postureLevel(), now.uplift(), armed, reference);
  }

  private double multiplier(ThreatLevel level, double uplift, boolean armed, ThreatLevel reference) {
    var table = armed ? spec.armedMultiplier() : spec.levelMultiplier();
    double ref = table.get(reference);
    double ratio = ref > 0 ? table.get(level) / ref : table.get(level);
    return ratio * (1 + uplift);
  }

  /** The factor an event of a type applies to its staffing at a posture multiplier. */
  double eventFactor(EventType type, double multiplier) {
    return 1 + (multiplier - 1) * spec.eventTypeFactor(type);
  }

  /** Armed, CTSFO and search rows scale with the armed posture multiplier. */
  static boolean armed(StaffingRow row) {
    return row.role() == Role.ARMED || row.role() == Role.CTSFO || row.accreditation() == Accreditation.AFO
        || row.accreditation() == Accreditation.ARV || row.accreditation() == Accreditation.CTSFO
        || row.accreditation() == Accreditation.SEARCH;
  }

  /** Armed guards at protected sites above the reference level's, at any moment. */
  int extraGuards(ThreatSnapshot now) {
    return extra(spec.protectedSiteGuards().get(now.postureLevel()), now.uplift(),
        spec.protectedSiteGuards().get(spec.referenceLevel()));
  }

  /** Officers on visible patrol above the reference level's, each day. */
  int extraPatrols(ThreatSnapshot now) {
    return extra(spec.visiblePatrols().get(now.postureLevel()), now.uplift(), spec.visiblePatrols().get(spec.referenceLevel()));
  }

  /** Of the extra guards, those the attack uplift adds. */
  int attackGuards(ThreatSnapshot now, int extra) {
    return attackShare(extra, spec.protectedSiteGuards().get(now.postureLevel()),
        spec.protectedSiteGuards().get(spec.referenceLevel()));
  }

  /** Of the extra patrols, those the attack uplift adds. */
  int attackPatrols(ThreatSnapshot now, int extra) {
    return attackShare(extra, spec.visiblePatrols().get(now.postureLevel()), spec.visiblePatrols().get(spec.referenceLevel()));
  }

  private static int extra(int atLevel, double uplift, int atReference) {
    double wanted = atLevel * (1 + uplift);
    return Math.max(0, (int) Math.round(wanted) - atReference);
  }

  /**
   * Of {@code extra} officers above the reference level's, those above what the level alone asks ({@code atLevel}
   * less the reference's): the part the attack uplift adds.
   */
  static int attackShare(int extra, int atLevel, int atReference) {
    return Math.max(0, extra - Math.max(0, atLevel - atReference));
  }
}
