package uk.ctsim.scenario;

import java.nio.file.Path;

/**
 * One mistake in a scenario file, located for the person who wrote it.
 *
 * @param file the scenario file
 * @param line 1-based line, or 0 when the mistake has no place in the file (a {@code --set} override, a missing file)
 * @param column 1-based column, or 0 as for {@code line}
 * @param field the path of the field, such as {@code forces[0].establishment.NEIGHBOURHOOD.officers}; empty when the
 *     mistake is not about one field
 * @param message what is wrong, for a planner
 */
public record Problem(Path file, int line, int column, String field, String message) {
  public Problem {
    Require.present(file, "file");
    field = Require.orDefault(field, "");
    if (field.length() > 2 * Quote.MAX_CHARS) field = Quote.cut(field); // a path through a pasted paragraph of a key
    Require.present(message, "message");
  }

  /** The problem as one line: {@code scenarios/x.yaml:42:7: forces[0].officers: must not be negative, was -3}. */
  public String render() {
    StringBuilder out = new StringBuilder(file.toString());
    if (line > 0) out.append(':').append(line).append(':').append(column);
    out.append(": ");
    if (!field.isEmpty()) out.append(field).append(": ");
    return out.append(message).toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
