package uk.ctsim.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;

/**
 * A cost line's key (every field but the amount) packed into one {@code long}, so that the accountant can sum pence
 * in a {@link PenceTable} and build each {@link CostLine} once, at the end. Enums are packed by ordinal; forces,
 * references and dates by an index given on first sight: the scenario's forces first, in its order (so a force's
 * index is fixed at set-up), then any other (the mutual-aid pool). Days of the period map to their dates' index
 * through an array, so a line's week, month and financial year are not looked up by label.
 *
 * <p>Layout, from the low bits: kind, strand, demand, category, funder (each as wide as its enum needs), force
 * ({@value #FORCE_BITS} bits), dates ({@value #DATES_BITS} bits), then the reference in the bits left.
 */
final class LineKeys {
  static final int FORCE_BITS = 10;
  static final int DATES_BITS = 13;
  private static final int KIND_SHIFT = 0;
  private static final int STRAND_SHIFT = KIND_SHIFT + bits(CostKind.values().length);
  private static final int DEMAND_SHIFT = STRAND_SHIFT + bits(Strand.values().length);
  private static final int CATEGORY_SHIFT = DEMAND_SHIFT + bits(DemandKind.values().length);
  private static final int FUNDER_SHIFT = CATEGORY_SHIFT + bits(CostCategory.values().length);
  private static final int FORCE_SHIFT = FUNDER_SHIFT + bits(Funder.values().length);
  private static final int DATES_SHIFT = FORCE_SHIFT + FORCE_BITS;
  private static final int REFERENCE_SHIFT = DATES_SHIFT + DATES_BITS;
  /** References use the bits left below the sign bit. */
  static final int REFERENCE_BITS = 63 - REFERENCE_SHIFT;
  private static final CostCategory[] CATEGORIES = CostCategory.values();
  private static final CostKind[] KINDS = CostKind.values();

  private final CostDates.Cache dates;
  private final Interned<ForceId> forces = new Interned<>(FORCE_BITS, "forces");
  private final Interned<String> references = new Interned<>(REFERENCE_BITS, "references");
  private final Interned<CostDates> periods = new Interned<>(DATES_BITS, "week-and-month periods");
  /** Dates index of each day of the period, -1 until first asked. */
  private final int[] datesOfDay;

  LineKeys(List<ForceId> scenarioForces, CostDates.Cache dates, int days) {
    for (ForceId f : scenarioForces) forces.index(f);
    this.dates = dates;
    this.datesOfDay = new int[days];
    Arrays.fill(datesOfDay, -1);
  }

  /** The key of a line dated by the day of a simulation minute. */
  long key(ForceId force, Funder funder, CostCategory category, Strand strand, CostKind kind, DemandKind demand,
      String reference, long minute) {
    return pack(force, funder, category, strand, kind, demand, reference, datesIndex(minute));
  }

  /**
   * The key of a line dated by the day of a simulation minute less its category and kind, which {@link #withLine}
   * adds: a deployment's few lines share every other field, so it is worked out once for all of them.
   */
  long lineless(ForceId force, Funder funder, Strand strand, DemandKind demand, String reference, long minute) {
    // category and kind are packed as ordinal 0, that is as no bits at all
    return pack(force, funder, CATEGORIES[0], strand, KINDS[0], demand, reference, datesIndex(minute));
  }

  /** A {@link #lineless} key with its category and kind: the key {@link #key} gives for the same fields. */
  static long withLine(long lineless, CostCategory category, CostKind kind) {
    return lineless | (long) category.ordinal() << CATEGORY_SHIFT | (long) kind.ordinal() << KIND_SHIFT;
  }

  /** The key of a line dated {@code day}. */
  long key(ForceId force, Funder funder, CostCategory category, Strand strand, CostKind kind, DemandKind demand,
      String reference, LocalDate day) {
    return pack(force, funder, category, strand, kind, demand, reference, periods.index(CostDates.of(day)));
  }

  /** The line of a key, with its amount. */
  CostLine line(long key, long pence) {
    return new CostLine(forces.value(field(key, FORCE_SHIFT, FORCE_BITS)),
        Funder.values()[field(key, FUNDER_SHIFT, FORCE_SHIFT - FUNDER_SHIFT)],
        CostCategory.values()[field(key, CATEGORY_SHIFT, FUNDER_SHIFT - CATEGORY_SHIFT)],
        Strand.values()[field(key, STRAND_SHIFT, DEMAND_SHIFT - STRAND_SHIFT)],
        CostKind.values()[field(key, KIND_SHIFT, STRAND_SHIFT - KIND_SHIFT)],
        DemandKind.values()[field(key, DEMAND_SHIFT, CATEGORY_SHIFT - DEMAND_SHIFT)],
        references.value(field(key, REFERENCE_SHIFT, REFERENCE_BITS)),
        periods.value(field(key, DATES_SHIFT, DATES_BITS)), pence);
  }

  private long pack(ForceId force, Funder funder, CostCategory category, Strand strand, CostKind kind,
      DemandKind demand, String reference, int datesIndex) {
    return (long) kind.ordinal() << KIND_SHIFT
        | (long) strand.ordinal() << STRAND_SHIFT
        | (long) demand.ordinal() << DEMAND_SHIFT
        | (long) category.ordinal() << CATEGORY_SHIFT
        | (long) funder.ordinal() << FUNDER_SHIFT
        | (long) forces.index(force) << FORCE_SHIFT
        | (long) datesIndex << DATES_SHIFT
        | (long) references.index(reference) << REFERENCE_SHIFT;
  }

  private int datesIndex(long minute) {
    int day = Minutes.dayOf(minute);
    if (day < 0 || day >= datesOfDay.length) return periods.index(dates.of(minute));
    int found = datesOfDay[day];
    if (found < 0) {
      found = periods.index(dates.of(minute));
      datesOfDay[day] = found;
    }
    return found;
  }

  private static int field(long key, int shift, int width) {
    return (int) ((key >>> shift) & ((1L << width) - 1));
  }

  /** Bits needed for the ordinals of an enum of {@code n} constants. */
  static int bits(int n) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
  }

  /** Values numbered 0, 1, 2 ... in the order first seen. */
  private static final class Interned<T> {
    private final Map<T, Integer> index = new HashMap<>();
    private final List<T> values = new ArrayList<>();
    private final int limit;
    private final String what;
    /** The value last asked for and its index: a deployment's lines share their force and reference. */
    private T last;
    private int lastIndex;

    Interned(int bits, String what) {
      this.limit = 1 << bits;
      this.what = what;
    }

    int index(T value) {
      if (value == null) throw new IllegalArgumentException("cost line has a missing field: no " + what);
      if (value == last) return lastIndex;
      Integer found = index.get(value);
      if (found != null) {
        last = value;
        lastIndex = found;
        return found;
      }
      if (values.size() == limit) throw new IllegalStateException("more than " + limit + " " + what + " in one ledger");
      index.put(value, values.size());
      values.add(value);
      return values.size() - 1;
    }

    T value(int i) {
      return values.get(i);
    }
  }
}
