package uk.ctsim.scenario;

import java.nio.file.Path;

/**
 * The bounds on a scenario file, checked before it is parsed, so that no file can make the parser hang or exhaust
 * memory. The shipped year-long scenario is 56 kB with lines under 300 characters; the limits leave ample room.
 */
public final class ScenarioLimits {
  /** Largest scenario file: 2 MiB. */
  public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
  /** Longest line of a scenario file, in characters; so also the longest value written on one line. */
  public static final int MAX_LINE_CHARS = 4_000;
  /** Longest text value, in characters, including one written over several lines. */
  public static final int MAX_STRING_CHARS = 10_000;
  /** Deepest nesting of mappings and lists (the schema itself needs 7). */
  public static final int MAX_DEPTH = 32;

  private ScenarioLimits() {}

  /** Refuses a file over {@link #MAX_FILE_BYTES}, before reading it. */
  static void checkSize(Path file, long bytes) {
    if (bytes > MAX_FILE_BYTES) {
      throw new ScenarioException(new Problem(file, 0, 0, "", "the file is " + bytes + " bytes; a scenario file may be at "
          + "most " + MAX_FILE_BYTES + " bytes (2 MiB)"));
    }
  }

  /** Refuses a line over {@link #MAX_LINE_CHARS}, before parsing, with where it is. */
  static void checkLines(Path file, String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > MAX_LINE_CHARS) {
          throw new ScenarioException(new Problem(file, line, 1, "", "line " + line + " is " + (i - start)
              + " characters long; a scenario line may be at most " + MAX_LINE_CHARS + " (it starts: "
              + Quote.cut(text.substring(start, start + Quote.MAX_CHARS)) + "...)"));
        }
        line++;
        start = i + 1;
      }
    }
  }
}
