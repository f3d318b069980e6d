package uk.ctsim.cost;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An immutable ledger: cost lines with identical keys (every field but the amount) merged into one, sorted by week,
 * month, force, funder, category, strand, kind, demand and reference. Lines sum exactly to the totals, because money is whole pence.
 */
public final class CostLedger {
  /**
   * Week, month, force, funder, category, strand, kind, demand, reference: written out rather than chained with
   * {@code Comparator.comparing}, because a replication's ledger sorts some ten thousand lines and the chain's lambdas
   * and casts cost more than the comparisons.
   */
  static final Comparator<CostLine> ORDER = CostLedger::compare;

  private static int compare(CostLine a, CostLine b) {
    int c = a.isoWeek().compareTo(b.isoWeek());
    if (c == 0) c = a.month().compareTo(b.month());
    if (c == 0) c = a.force().compareTo(b.force());
    if (c == 0) c = a.funder().compareTo(b.funder());
    if (c == 0) c = a.category().compareTo(b.category());
    if (c == 0) c = a.strand().compareTo(b.strand());
    if (c == 0) c = a.kind().compareTo(b.kind());
    if (c == 0) c = a.demand().compareTo(b.demand());
    if (c == 0) c = a.reference().compareTo(b.reference());
    return c;
  }

  private final List<CostLine> lines;

  private CostLedger(List<CostLine> lines) {
    this.lines = lines;
  }

  /**
   * The ledger of {@code lines}, merged over identical keys and sorted. Lines whose merged amount is zero stay. The
   * lines are sorted first and the lines of a key, then next to each other, summed in one pass: no map of lines.
   */
  public static CostLedger of(List<CostLine> lines) {
    for (CostLine line : lines) checkKey(line);
    List<CostLine> sorted = new ArrayList<>(lines);
    sorted.sort(ORDER);  // stable: the lines of a key keep their order, so they are summed in the order given
    List<CostLine> merged = new ArrayList<>(sorted.size());
    int i = 0;
    while (i < sorted.size()) {
      CostLine first = sorted.get(i);
      long pence = first.pence();
      int next = i + 1;
      for (; next < sorted.size() && ORDER.compare(first, sorted.get(next)) == 0; next++) {
        CostLine same = sorted.get(next);
        // The order leaves the financial year out (a line's month gives it): lines that differ in it alone are not
        // next to each other by key, so they are merged through a map instead.
        if (!same.financialYear().equals(first.financialYear())) return byMap(lines);
        pence = Math.addExact(pence, same.pence());
      }
      merged.add(next == i + 1 ? first : first.withPence(pence));
      i = next;
    }
    return new CostLedger(List.copyOf(merged));
  }

  /** The ledger of lines merged through a map keyed by line: for lines whose financial year disagrees with their month. */
  private static CostLedger byMap(List<CostLine> lines) {
    Map<CostLine, Long> merged = new HashMap<>();
    for (CostLine line : lines) merged.merge(line.withPence(0), line.pence(), Math::addExact);
    List<CostLine> sorted = new ArrayList<>(merged.size());
    merged.forEach((key, pence) -> sorted.add(key.withPence(pence)));
    sorted.sort(ORDER);
    return new CostLedger(List.copyOf(sorted));
  }

  private static void checkKey(CostLine line) {
    Objects.requireNonNull(line, "a cost line is null");
    if (line.force() == null || line.funder() == null || line.category() == null || line.strand() == null || line.kind() == null
        || line.demand() == null || line.reference() == null || line.isoWeek() == null
        || line.month() == null || line.financialYear() == null) {
      throw new IllegalArgumentException("cost line has a missing field: " + line);
    }
  }

  /** The merged lines, in ledger order. */
  public List<CostLine> lines() {
    return lines;
  }

  public long totalPence() {
    return lines.stream().mapToLong(CostLine::pence).reduce(0L, Math::addExact);
  }

  public long totalPence(CostKind kind) {
    return lines.stream().filter(l -> l.kind() == kind).mapToLong(CostLine::pence).reduce(0L, Math::addExact);
  }

  /** The ledger of the additional (cash) lines only. */
  public CostLedger additional() {
    return new CostLedger(lines.stream().filter(l -> l.kind() == CostKind.ADDITIONAL).toList());
  }

  /**
   * Pence summed by a key of each line; keys appear in the order they first occur in {@link #lines()}, so the map is
   * the same for the same ledger. The map cannot be modified.
   */
  public <K> Map<K, Long> sumBy(Function<CostLine, K> key) {
    Map<K, Long> sums = new LinkedHashMap<>();
    for (CostLine line : lines) {
      K k = Objects.requireNonNull(key.apply(line), () -> "sumBy: the key of " + line + " is null");
      sums.merge(k, line.pence(), Math::addExact);
    }
    return Collections.unmodifiableMap(sums);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CostLedger other && lines.equals(other.lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  @Override
  public String toString() {
    return "CostLedger" + lines;
  }
}
