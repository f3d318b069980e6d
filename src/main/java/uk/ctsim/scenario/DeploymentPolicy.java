package uk.ctsim.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How demands are filled.
 *
 * @param fillOrder the sources tried, in order (default: on duty, overtime, rest day, leave, mutual aid, military)
 * @param floors share of each role's on-duty officers that must stay on ordinary duty
 * @param substitutes roles whose officers may fill a role's demand when its own are exhausted, in order
 * @param rerosterNoticeDays with at least this much notice, any officer rostered on the day can be moved onto the
 *     demand's hours; with less, only officers whose shift overlaps the demand can be taken from ordinary duty
 * @param finalPlanDays days before an event's start when its plan is finalised: if posture has risen since the plan,
 *     the extra officers are found then, at that notice; inside this window any rise in posture re-plans at once
 * @param workingTime working-time limits
 * @param mutualAid the national mutual-aid pool
 * @param military military backfill at CRITICAL
 * @param emergencyWorking long shifts and cancelled rest days and leave at CRITICAL or after a major incident
 * @param owedTime rest days re-rostered and leave given back: repaid later as days off, or bought out
 * @param fatigue sickness absence after weeks of long hours
 * @param preemption attacks taking officers booked for later event or posture shifts
 */
public record DeploymentPolicy(List<SupplySource> fillOrder, Map<Role, Double> floors, Map<Role, List<Role>> substitutes,
    Integer rerosterNoticeDays, Integer finalPlanDays, WorkingTimeLimits workingTime, MutualAidSpec mutualAid, MilitarySpec military,
    EmergencyWorkingSpec emergencyWorking, OwedTimeSpec owedTime, FatigueSpec fatigue, PreemptionSpec preemption) {

  public DeploymentPolicy {
    fillOrder = List.copyOf(Require.orDefault(fillOrder, List.of(SupplySource.values())));
    Require.isTrue(!fillOrder.isEmpty(), "fillOrder: needs at least one source");
    Require.isTrue(fillOrder.stream().distinct().count() == fillOrder.size(), "fillOrder: a source is listed twice");
    Map<Role, Double> f = new EnumMap<>(Role.class);
    for (Role r : Role.values()) f.put(r, 0.5);
    if (floors != null) floors.forEach((k, v) -> f.put(k, Require.share(v, "floors." + k)));
    floors = Map.copyOf(f);
    substitutes = Require.copy(substitutes);
    substitutes.forEach((k, v) -> Require.isTrue(!v.contains(k), "substitutes." + k + ": a role cannot substitute for itself"));
    rerosterNoticeDays = Require.count(Require.orDefault(rerosterNoticeDays, 7), "rerosterNoticeDays", 365);
    finalPlanDays = Require.count(Require.orDefault(finalPlanDays, 14), "finalPlanDays", 365);
    workingTime = Require.orDefault(workingTime, WorkingTimeLimits.defaults());
    mutualAid = Require.orDefault(mutualAid, MutualAidSpec.defaults());
    military = Require.orDefault(military, MilitarySpec.defaults());
    emergencyWorking = Require.orDefault(emergencyWorking, EmergencyWorkingSpec.defaults());
    owedTime = Require.orDefault(owedTime, OwedTimeSpec.defaults());
    fatigue = Require.orDefault(fatigue, FatigueSpec.defaults());
    preemption = Require.orDefault(preemption, PreemptionSpec.defaults());
  }

  /** The policy without emergency working, owed time or fatigue, as before they existed. */
  public DeploymentPolicy(List<SupplySource> fillOrder, Map<Role, Double> floors, Map<Role, List<Role>> substitutes,
      Integer rerosterNoticeDays, Integer finalPlanDays, WorkingTimeLimits workingTime, MutualAidSpec mutualAid,
      MilitarySpec military) {
    this(fillOrder, floors, substitutes, rerosterNoticeDays, finalPlanDays, workingTime, mutualAid, military, null, null, null,
        null);
  }

  public static DeploymentPolicy defaults() {
    return new DeploymentPolicy(null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
