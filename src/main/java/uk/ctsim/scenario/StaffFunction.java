package uk.ctsim.scenario;

/**
 * What a member of police staff does, for the functions that incidents draw on: scene examination, analysis, digital
 * forensics and call handling; and the uniformed people beside officers: PCSOs and special constables. Other police staff (custody, finance, human resources) are not modelled.
 */
public enum StaffFunction {
  /** Crime scene investigators (scenes of crime officers): forensic scene examination. */
  CSI,
  /** Intelligence and crime analysts. */
  ANALYST,
  /** Digital forensic examiners: phones, computers, CCTV recovery. */
  DIGITAL_FORENSICS,
  /** Control-room call handlers (999 and 101). */
  CALL_HANDLER,
  /**
   * Police community support officers: police staff in uniform on patrol, counted from the force dataset's PCSOs
   * (full-time equivalent), not from {@code functionShares}; they work shifts from 07:00 to midnight on any day.
   */
  PCSO,
  /**
   * Special constables: unpaid volunteer officers, counted from the force dataset's specials (headcount), paid
   * expenses per duty and given at most {@code specialsMaxWeeklyHours} a week.
   */
  SPECIAL_CONSTABLE;

  /** Whether the function's members are counted from the force dataset rather than as a share of police staff. */
  public boolean countedFromDataset() {
    return this == PCSO || this == SPECIAL_CONSTABLE;
  }
}
