package uk.ctsim.cli;

/** The exit codes of every command. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  /** Bad input: a scenario with errors, a bad option, an output folder that is in use. */
  static final int BAD_INPUT = 2;
  /** A check ran and found a failure: a calibration target outside its acceptable range. */
  static final int CHECK_FAILED = 3;

  private ExitCodes() {}
}
