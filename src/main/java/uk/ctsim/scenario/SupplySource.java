package uk.ctsim.scenario;

/** Where the officers for a demand come from, in the order the deployment policy tries them. */
public enum SupplySource {
  /** An on-duty officer taken from ordinary duty, above the role's floor: abstraction, no extra cash. */
  ON_DUTY,
  /** An on-duty officer whose shift is extended: overtime. */
  OVERTIME,
  /** An officer recalled on a rest day: rest-day premium by notice. */
  REST_DAY,
  /** An officer whose annual leave is cancelled. */
  LEAVE,
  /** Officers of other forces, after the mutual-aid lead time, charged for. */
  MUTUAL_AID,
  /** Military personnel taking over static guarding (Operation Temperer), only where allowed. */
  MILITARY
}
