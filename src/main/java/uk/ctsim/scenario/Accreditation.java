package uk.ctsim.scenario;

/** Accreditations an officer may hold and a staffing row may require. */
public enum Accreditation {
  /** Level 2 public-order trained (police support unit). */
  PUBLIC_ORDER,
  /** Authorised firearms officer. */
  AFO,
  /** Armed response vehicle crew. */
  ARV,
  /** Counter-terrorism specialist firearms officer. */
  CTSFO,
  /** Search trained (PolSA/PSA teams). */
  SEARCH,
  /** Detective (PIP2). */
  DETECTIVE,
  /** Forensic or technical specialist. */
  FORENSIC
}
