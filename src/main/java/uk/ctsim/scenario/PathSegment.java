package uk.ctsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** One step of a field path: a key, a list index, or a list element chosen by a key's value ({@code [id=x]}). */
sealed interface PathSegment {
  record Key(String name) implements PathSegment {}

  record Index(int index) implements PathSegment {}

  record Select(String key, String value) implements PathSegment {}

  /**
   * Parses {@code events[id=wac-2017].staffing[0].officers}.
   *
   * @throws IllegalArgumentException naming what is wrong with the path
   */
  static List<PathSegment> parse(String path) {
    List<PathSegment> out = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) throw new IllegalArgumentException("'[' without a closing ']'");
        out.add(bracket(path.substring(i + 1, close)));
        i = close + 1;
      } else if (c == '.') {
        if (i == 0 || i == path.length() - 1 || path.charAt(i + 1) == '.') throw new IllegalArgumentException("empty key in the path");
        i++;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') end++;
        out.add(new Key(path.substring(i, end)));
        i = end;
      }
    }
    if (out.isEmpty()) throw new IllegalArgumentException("empty path");
    return out;
  }

  private static PathSegment bracket(String inside) {
    int eq = inside.indexOf('=');
    if (eq > 0) return new Select(inside.substring(0, eq).trim(), inside.substring(eq + 1).trim());
    try {
      int index = Integer.parseInt(inside.trim());
      if (index < 0) throw new IllegalArgumentException("a list index must not be negative, was " + index);
      return new Index(index);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'[" + inside + "]' is neither a list index like [0] nor a selection like [id=x]");
    }
  }
}
