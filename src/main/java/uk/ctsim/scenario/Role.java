package uk.ctsim.scenario;

/** An officer's primary role: what they do on ordinary (business-as-usual) duty. */
public enum Role {
  NEIGHBOURHOOD, RESPONSE, PUBLIC_ORDER, ARMED, CTSFO, CT_INVESTIGATION, PROTECTION, INVESTIGATION, SPECIALIST;

  /** Counter-terrorism roles, counted as "CT" in the incident investigation split. */
  public boolean isCounterTerrorism() {
    return this == CT_INVESTIGATION || this == CTSFO;
  }
}
