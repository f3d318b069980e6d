package uk.ctsim.scenario;

/**
 * What a member of police staff does, for the functions that incidents draw on: scene examination, analysis, digital
 * forensics and call handling. Other police staff (custody, finance, human resources) are not modelled.
 */
public enum StaffFunction {
  /** Crime scene investigators (scenes of crime officers): forensic scene examination. */
  CSI,
  /** Intelligence and crime analysts. */
  ANALYST,
  /** Digital forensic examiners: phones, computers, CCTV recovery. */
  DIGITAL_FORENSICS,
  /** Control-room call handlers (999 and 101). */
  CALL_HANDLER
}
