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
  static final Comparator<CostLine> ORDER = Comparator.comparing(CostLine::isoWeek)
      .thenComparing(CostLine::month)
      .thenComparing(CostLine::force)
      .thenComparing(CostLine::funder)
      .thenComparing(CostLine::category)
      .thenComparing(CostLine::strand)
      .thenComparing(CostLine::kind)
      .thenComparing(CostLine::demand)
      .thenComparing(CostLine::reference);

  private final List<CostLine> lines;

  private CostLedger(List<CostLine> lines) {
    this.lines = lines;
  }

  /** The ledger of {@code lines}, merged over identical keys and sorted. Lines whose merged amount is zero stay. */
  public static CostLedger of(List<CostLine> lines) {
    Map<CostLine, Long> merged = new HashMap<>();
    for (CostLine line : lines) {
      checkKey(line);
      merged.merge(line.withPence(0), line.pence(), Math::addExact);
    }
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
