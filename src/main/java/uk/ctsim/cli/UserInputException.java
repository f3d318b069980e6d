package uk.ctsim.cli;

/** A mistake in what the user asked for on the command line; its message is shown as is, with exit code 2. */
public final class UserInputException extends RuntimeException {
  public UserInputException(String message) {
    super(message);
  }

  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
