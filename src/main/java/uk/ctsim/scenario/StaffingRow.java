package uk.ctsim.scenario;

/**
 * Officers of a role required at the same time, optionally holding an accreditation.
 *
 * @param role the role asked for; officers of other roles are used only where deployment.substitutes allows
 * @param officers how many, concurrently
 * @param accreditation an accreditation every officer of the row must hold (optional)
 */
public record StaffingRow(Role role, Integer officers, Accreditation accreditation) {
  public static final int MAX_OFFICERS = 50_000;

  public StaffingRow {
    Require.present(role, "role");
    officers = Require.count(officers, "officers", MAX_OFFICERS);
  }
}
