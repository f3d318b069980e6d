package uk.ctsim.scenario;

/**
 * Who pays for a cost line: the budget or payer it is booked to. A scenario names the funder of a force's roles
 * (for example SO15 investigators on the counter-terrorism policing grant); the cost rules name the rest.
 */
public enum Funder {
  /** The force's own revenue budget (for the Met and the City, police grant and precept; for BTP, the rail industry). */
  FORCE_CORE_BUDGET,
  /** The ring-fenced counter-terrorism policing grant (Home Office). */
  CT_POLICING_GRANT,
  /** The national and international capital city grant (Home Office): protection and capital-city events. */
  CAPITAL_CITY_GRANT,
  /** Home Office special grant: the claimable amount of an incident's additional cost above the threshold. */
  SPECIAL_GRANT,
  /** The organiser of an event, through special police services charges (s25 Police Act 1996). */
  EVENT_ORGANISER,
  /** Another force, lending officers as mutual aid (s24 Police Act 1996) and bearing what it does not charge. */
  OTHER_FORCE,
  /** The Ministry of Defence, for military aid that it does not charge to policing. */
  MINISTRY_OF_DEFENCE;

  /** Funders a scenario may give a role: the force's budget and the two grants that pay for officers' posts. */
  public boolean fundsRoles() {
    return this == FORCE_CORE_BUDGET || this == CT_POLICING_GRANT || this == CAPITAL_CITY_GRANT;
  }
}
