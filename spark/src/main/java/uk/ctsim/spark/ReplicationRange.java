package uk.ctsim.spark;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --replication-range FROM..TO} (inclusive, from 0) as the half-open range {@code [from, to + 1)}. */
final class ReplicationRange {
  private static final Pattern RANGE = Pattern.compile("(\\d{1,9})\\.\\.(\\d{1,9})");

  private ReplicationRange() {}

  /** {from, to exclusive}; every replication when {@code text} is null; a bad range is {@code bad}'s exception. */
  static int[] parse(String text, int count, Function<String, ? extends RuntimeException> bad) {
    if (text == null) return new int[] {0, count};
    Matcher m = RANGE.matcher(text);
    if (!m.matches()) throw bad.apply("--replication-range " + text + ": expected FROM..TO, such as 0..99");
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    if (from > to || to >= count) {
      throw bad.apply("--replication-range " + text + ": must be within 0.." + (count - 1) + " (the experiment's "
          + count + " replications) with FROM <= TO");
    }
    return new int[] {from, to + 1};
  }
}
