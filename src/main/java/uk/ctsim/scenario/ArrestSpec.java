package uk.ctsim.scenario;

/**
 * Arrests that follow a disrupted plot or an attack, and the officer-hours of custody and search each arrest needs. A
 * disrupted plot leads to {@code perDisruption} arrests on average and an attack (from a plot, scheduled or random) to
 * {@code perAttack} (Poisson counts). The custody and search hours are one demand each, filled through the deployment policy on the day of the
 * arrests by officers of {@code custodyRole} and {@code searchRole}, in whole 8-hour shifts.
 *
 * @param perDisruption mean arrests after a disrupted plot
 * @param perAttack mean arrests after an attack
 * @param custodyHoursPerArrest officer-hours of custody (detention, guarding, interviews' escort) per arrest
 * @param searchHoursPerArrest officer-hours of premises search per arrest
 */
public record ArrestSpec(Double perDisruption, Double perAttack, Double custodyHoursPerArrest,
    Double searchHoursPerArrest, Role custodyRole, Role searchRole) {
  public ArrestSpec {
    perDisruption = Require.range(Require.orDefault(perDisruption, 0.0), "perDisruption", 0, 1000);
    perAttack = Require.range(Require.orDefault(perAttack, 0.0), "perAttack", 0, 1000);
    custodyHoursPerArrest = Require.range(Require.orDefault(custodyHoursPerArrest, 0.0), "custodyHoursPerArrest", 0, 10_000);
    searchHoursPerArrest = Require.range(Require.orDefault(searchHoursPerArrest, 0.0), "searchHoursPerArrest", 0, 10_000);
    custodyRole = Require.orDefault(custodyRole, Role.RESPONSE);
    searchRole = Require.orDefault(searchRole, Role.PUBLIC_ORDER);
  }

  /** No arrests: the default. */
  public static ArrestSpec none() {
    return new ArrestSpec(0.0, 0.0, 0.0, 0.0, null, null);
  }
}
