package uk.ctsim.model.events;

/**
 * Kinds of demand for officers, in priority order (life-threatening first), each with its CONTEST strand; the last,
 * {@code EVERYDAY}, is ordinary (non-counter-terrorism) work whose shortfall is filled from rest days or leave.
 */
public enum DemandKind {
  INCIDENT_IMMEDIATE(Strand.PREPARE),
  PROTECTED_SITES(Strand.PROTECT),
  INCIDENT_SCENE(Strand.PREPARE),
  INVESTIGATION(Strand.PURSUE),
  EVENT(Strand.PROTECT),
  VISIBLE_PATROL(Strand.PROTECT),
  /** Custody and search after the arrests that follow a plot's end. */
  ARREST(Strand.PURSUE),
  /** Prevent referrals, Channel panels and cases. */
  PREVENT(Strand.PREVENT),
  EVERYDAY(Strand.EVERYDAY);

  private final Strand strand;

  DemandKind(Strand strand) {
    this.strand = strand;
  }

  public Strand strand() {
    return strand;
  }
}
