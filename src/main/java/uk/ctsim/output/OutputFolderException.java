package uk.ctsim.output;

/** A run folder could not be created or written because of the file system's state, such as a non-empty folder. */
public final class OutputFolderException extends RuntimeException {
  public OutputFolderException(String message) {
    super(message);
  }

  public OutputFolderException(String message, Throwable cause) {
    super(message, cause);
  }
}
