package uk.ctsim.output.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of {@code docs/PUBLIC-FIGURES.md}, so that a source written "row: X [section]" in {@code docs/SOURCES.md}
 * can be shown with the figure's own text, its publication and a link to the row's section.
 */
final class PublicFigures {
  static final String RESOURCE = "/docs/PUBLIC-FIGURES.md";
  static final String DOC = "docs/PUBLIC-FIGURES.md";
  private static final Pattern REFERENCE = Pattern.compile("row: ([^\\[;]+?)\\s*(?:\\[([^\\]]+)\\]|;|$)");

  /** One row: its section heading, first column, value and source (the last column). */
  record Figure(String section, String figure, String value, String source) {
    String text() {
      return figure + ": " + value + (source.isEmpty() ? "" : " (" + source + ")");
    }

    /** A link to the row's section, as GitHub and most Markdown viewers anchor headings. */
    String link() {
      return DOC + "#" + section.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").trim().replace(' ', '-');
    }
  }

  private final List<Figure> figures;

  PublicFigures(List<Figure> figures) {
    this.figures = List.copyOf(figures);
  }

  static PublicFigures load() {
    try (InputStream in = PublicFigures.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path; the build copies docs/ there");
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static PublicFigures parse(String markdown) {
    List<Figure> figures = new ArrayList<>();
    String section = "";
    for (String line : markdown.split("\n")) {
      if (line.startsWith("## ")) section = line.substring(3).trim();
      if (!line.startsWith("|") || line.startsWith("|---")) continue;
      String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
      if (cells.length < 2 || cells[0].trim().equals("figure") || cells[0].trim().equals("event")) continue;
      figures.add(new Figure(section, cells[0].trim(), cells[1].trim(), cells.length > 2 ? cells[cells.length - 1].trim() : ""));
    }
    return new PublicFigures(figures);
  }

  /** The rows a source text refers to ("row: X [section]"), in the order referred to. */
  List<Figure> referredTo(String sourceText) {
    List<Figure> found = new ArrayList<>();
    Matcher m = REFERENCE.matcher(sourceText);
    while (m.find()) {
      Figure f = best(m.group(1), m.group(2));
      if (f != null && !found.contains(f)) found.add(f);
    }
    return found;
  }

  /** The row of the section (any section if none is named) whose first column shares most leading words with X. */
  private Figure best(String name, String section) {
    List<String> words = words(name);
    Figure best = null;
    double bestScore = 0;
    for (Figure f : figures) {
      if (section != null && !f.section().toLowerCase(Locale.ROOT).startsWith(section.trim().toLowerCase(Locale.ROOT))) continue;
      List<String> own = words(f.figure());
      int common = 0;
      while (common < words.size() && common < own.size() && words.get(common).equals(own.get(common))) common++;
      // A row whose whole name was matched beats a longer row that only starts the same way.
      double score = common + (common > 0 && common == own.size() ? 0.5 : 0);
      if (score > bestScore) {
        best = f;
        bestScore = score;
      }
    }
    return best;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) if (!w.isEmpty()) words.add(w);
    return words;
  }
}
