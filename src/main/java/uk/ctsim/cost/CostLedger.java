package uk.ctsim.cost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** An immutable ledger: cost lines aggregated over identical keys, in a deterministic order. */
public final class CostLedger {
  private static final Comparator<CostLine> ORDER = Comparator.comparing(CostLine::isoWeek)
      .thenComparing(CostLine::force).thenComparing(CostLine::category).thenComparing(CostLine::strand)
      .thenComparing(CostLine::kind).thenComparing(CostLine::demand).thenComparing(CostLine::reference);

  private final List<CostLine> lines;

  private CostLedger(List<CostLine> lines) {
    this.lines = lines;
  }

  /** Aggregates lines with the same key (every field but the amount) and sorts them. */
  public static CostLedger of(List<CostLine> raw) {
    Map<CostLine, Long> sums = new TreeMap<>(ORDER);
    for (CostLine line : raw) sums.merge(line.withPence(0), line.pence(), Long::sum);
    List<CostLine> merged = new ArrayList<>(sums.size());
    sums.forEach((key, pence) -> merged.add(key.withPence(pence)));
    return new CostLedger(List.copyOf(merged));
  }

  public List<CostLine> lines() {
    return lines;
  }

  public long totalPence() {
    return lines.stream().mapToLong(CostLine::pence).sum();
  }

  public long totalPence(CostKind kind) {
    return lines.stream().filter(l -> l.kind() == kind).mapToLong(CostLine::pence).sum();
  }

  /** Sums by a key, in order of first appearance in the ledger's order. */
  public <K> Map<K, Long> sumBy(Function<CostLine, K> key) {
    Map<K, Long> out = new LinkedHashMap<>();
    for (CostLine line : lines) out.merge(key.apply(line), line.pence(), Long::sum);
    return out;
  }
}
