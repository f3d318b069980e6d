package uk.ctsim.scenario;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Protective posture: how staffing scales with the threat level and with recent attacks.
 *
 * <p>The posture multiplier of a level is {@code levelMultiplier[level] / levelMultiplier[reference] × (1 + uplift)},
 * where the uplift is the sum over past attacks of {@code attackUplift × 2^(-days since attack /
 * attackUpliftHalfLifeDays)}, capped at {@code maxAttackUplift}. The reference is {@code referenceLevel} (SUBSTANTIAL
 * by default) for citywide posture and the daily posture reported, and an event's own {@code referenceLevel} (the
 * level its staffing is stated at) for its plan. This is the speech's "shift, not a spike": after the spring 2017
 * attacks posture rose at an unchanged national level. The model applies the rule in one class, {@code
 * model.Posture}.
 *
 * @param levelMultiplier staffing multiplier by threat level for unarmed roles; only ratios between levels matter
 *     (the multiplier applied is the level's divided by the reference level's)
 * @param armedMultiplier the same for armed, CTSFO and search rows
 * @param eventTypeFactor extra factor per event type on top of the level multiplier's rise (default 1)
 * @param protectedSiteGuards armed officers on static guard at protected sites at any moment, by level; the level
 *     of the scenario's reference is covered by ordinary duty, only the excess is a demand
 * @param visiblePatrols officers on visible patrol at crowded places each day, by level; as above
 * @param patrolStart start of the daily patrol shift
 * @param patrolHours length of the daily patrol shift
 * @param referenceLevel the level whose guards and patrols are covered by ordinary duty
 * @param periods dated periods in which posture is held at least at a level, decoupled from the threat level (with a
 *     threat TIMELINE only); outside them, and without them, posture follows the threat level
 * @param patrolRole the role that walks the visible patrols (default NEIGHBOURHOOD; the CRITICAL patrols of 2017, freed
 *     by Operation Temperer, were armed)
 * @param patrolAccreditation the accreditation every patrol officer must hold (default none)
 */
public record PostureSpec(Map<ThreatLevel, Double> levelMultiplier, Map<ThreatLevel, Double> armedMultiplier,
    Map<EventType, Double> eventTypeFactor, Double attackUplift, Double attackUpliftHalfLifeDays, Double maxAttackUplift,
    Map<ThreatLevel, Integer> protectedSiteGuards, Map<ThreatLevel, Integer> visiblePatrols, LocalTime patrolStart,
    Double patrolHours, ThreatLevel referenceLevel, List<PosturePeriod> periods, Role patrolRole,
    Accreditation patrolAccreditation) {

  public PostureSpec {
    levelMultiplier = complete(levelMultiplier, "levelMultiplier");
    armedMultiplier = complete(armedMultiplier, "armedMultiplier");
    eventTypeFactor = Require.copy(eventTypeFactor);
    eventTypeFactor.forEach((k, v) -> Require.range(v, "eventTypeFactor." + k, 0, 10));
    attackUplift = Require.range(Require.orDefault(attackUplift, 0.0), "attackUplift", 0, 5);
    attackUpliftHalfLifeDays = Require.range(Require.orDefault(attackUpliftHalfLifeDays, 120.0), "attackUpliftHalfLifeDays", 1, 3650);
    maxAttackUplift = Require.range(Require.orDefault(maxAttackUplift, 1.0), "maxAttackUplift", 0, 10);
    protectedSiteGuards = counts(protectedSiteGuards, "protectedSiteGuards");
    visiblePatrols = counts(visiblePatrols, "visiblePatrols");
    patrolStart = Require.orDefault(patrolStart, LocalTime.of(10, 0));
    patrolHours = Require.range(Require.orDefault(patrolHours, 10.0), "patrolHours", 1, 16);
    referenceLevel = Require.orDefault(referenceLevel, ThreatLevel.SUBSTANTIAL);
    periods = List.copyOf(Require.orDefault(periods, List.of()));
    patrolRole = Require.orDefault(patrolRole, Role.NEIGHBOURHOOD);
    for (int i = 1; i < periods.size(); i++) {
      Require.isTrue(!periods.get(i).from().isBefore(periods.get(i - 1).until()),
          "periods[" + i + "]: begins at " + periods.get(i).from() + ", before the period before it ends ("
              + periods.get(i - 1).until() + "); periods must be in order and must not overlap");
    }
  }

  /** Posture that follows the threat level (no dated periods). */
  public PostureSpec(Map<ThreatLevel, Double> levelMultiplier, Map<ThreatLevel, Double> armedMultiplier,
      Map<EventType, Double> eventTypeFactor, Double attackUplift, Double attackUpliftHalfLifeDays,
      Double maxAttackUplift, Map<ThreatLevel, Integer> protectedSiteGuards, Map<ThreatLevel, Integer> visiblePatrols,
      LocalTime patrolStart, Double patrolHours, ThreatLevel referenceLevel) {
    this(levelMultiplier, armedMultiplier, eventTypeFactor, attackUplift, attackUpliftHalfLifeDays, maxAttackUplift,
        protectedSiteGuards, visiblePatrols, patrolStart, patrolHours, referenceLevel, null, null, null);
  }

  private static Map<ThreatLevel, Double> complete(Map<ThreatLevel, Double> map, String field) {
    Require.present(map, field);
    for (ThreatLevel level : ThreatLevel.values()) {
      Require.isTrue(map.containsKey(level), field + ": no value for level " + level);
      Require.range(map.get(level), field + "." + level, 0, 20);
    }
    return Map.copyOf(map);
  }

  private static Map<ThreatLevel, Integer> counts(Map<ThreatLevel, Integer> map, String field) {
    Require.present(map, field);
    for (ThreatLevel level : ThreatLevel.values()) {
      Require.isTrue(map.containsKey(level), field + ": no value for level " + level);
      Require.count(map.get(level), field + "." + level, 50_000);
    }
    return Map.copyOf(map);
  }

  public double eventTypeFactor(EventType type) {
    return eventTypeFactor.getOrDefault(type, 1.0);
  }
}
