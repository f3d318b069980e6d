package uk.ctsim.scenario;

/**
 * Police staff of a function required at the same time in a phase of an incident, from the incident force's own staff.
 *
 * @param function what they do (CSI, ANALYST, DIGITAL_FORENSICS, CALL_HANDLER)
 * @param people how many, concurrently
 */
public record StaffRow(StaffFunction function, Integer people) {
  public static final int MAX_PEOPLE = 10_000;

  public StaffRow {
    Require.present(function, "function");
    people = Require.count(people, "people", MAX_PEOPLE);
  }
}
