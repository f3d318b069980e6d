package uk.ctsim.scenario;

import java.util.List;

/**
 * Emergency working: while the threat level is CRITICAL, or for some days after an incident whose immediate response
 * asks many officers at once, a force works long shifts and cancels rest days and leave, then returns to its normal
 * rosters. Every start and end is recorded.
 *
 * @param enabled whether the scenario uses it (default false: no force ever moves to emergency working)
 * @param onCritical whether CRITICAL starts it in every force, until CRITICAL ends (default true)
 * @param incidentOfficers an incident whose immediate phase asks at least this many officers at once starts it in the
 *     incident's force (default 0: incidents never start it)
 * @param incidentDays days an incident's emergency working lasts (default 4: CRITICAL episodes since 2006 lasted 4, 4,
 *     4 and 2 days)
 * @param shiftHours length of the shifts demands are staffed in (default 12); 24 must be a whole number of them
 * @param fillOrder the sources tried under emergency working (default: the deployment's fill order); rest days and
 *     leave listed here are cancelled without the working-time limits that hold otherwise
 */
public record EmergencyWorkingSpec(Boolean enabled, Boolean onCritical, Integer incidentOfficers, Double incidentDays,
    Integer shiftHours, List<SupplySource> fillOrder) {
  public EmergencyWorkingSpec {
    enabled = Require.orDefault(enabled, Boolean.FALSE);
    onCritical = Require.orDefault(onCritical, Boolean.TRUE);
    incidentOfficers = Require.count(Require.orDefault(incidentOfficers, 0), "incidentOfficers", 1_000_000);
    incidentDays = Require.range(Require.orDefault(incidentDays, 4.0), "incidentDays", 0, 365);
    shiftHours = Require.count(Require.orDefault(shiftHours, 12), "shiftHours", 24);
    Require.isTrue(shiftHours >= 8 && 24 % shiftHours == 0, "shiftHours: must be 8, 12 or 24 (24 a whole number of shifts)");
    fillOrder = fillOrder == null ? null : List.copyOf(fillOrder);
    Require.isTrue(fillOrder == null || !fillOrder.isEmpty(), "fillOrder: needs at least one source");
    Require.isTrue(fillOrder == null || fillOrder.stream().distinct().count() == fillOrder.size(),
        "fillOrder: a source is listed twice");
  }

  public static EmergencyWorkingSpec defaults() {
    return new EmergencyWorkingSpec(null, null, null, null, null, null);
  }

  /** The sources tried under emergency working: the stated order, else {@code normal}. */
  public List<SupplySource> fillOrder(List<SupplySource> normal) {
    return fillOrder == null ? normal : fillOrder;
  }
}
