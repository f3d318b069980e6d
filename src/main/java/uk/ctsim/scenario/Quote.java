package uk.ctsim.scenario;

/**
 * Values quoted in messages are cut to {@value #MAX_CHARS} characters, so that a mistaken 50 MB value or a pasted
 * paragraph in a key gives a readable one-line error, not a screenful.
 */
public final class Quote {
  /** Longest part of a value that a message quotes. */
  public static final int MAX_CHARS = 80;

  private Quote() {}

  /** {@code text} itself when short; else its first {@value #MAX_CHARS} characters, "..." and its length. */
  public static String cut(String text) {
    if (text == null) return "null";
    String oneLine = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    if (oneLine.length() <= MAX_CHARS) return oneLine;
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(oneLine.charAt(end - 1))) end--;
    return oneLine.substring(0, end) + "... (" + text.length() + " characters)";
  }
}
