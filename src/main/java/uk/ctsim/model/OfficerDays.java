package uk.ctsim.model;

/**
 * The day bits (leave, sickness, commitment, deployment start) and weekly extra minutes of a pool's officers, stored
 * day-major: the bits of 64 neighbouring officers on one day share a cache line, as do the extra minutes of 32
 * neighbouring officers in one week. A pool's officers are searched in pool order, so a candidate's day word is
 * mostly already in the cache from its neighbour's check; stored officer by officer, each candidate's word was a
 * cache line of its own, and reading it was one of the largest costs of a replication (docs/MODEL.md 7.6, "How an
 * officer's state is held").
 *
 * <p>Officer {@code slot} of the table has bit {@code slot & 63} of word
 * {@code (day + DAY_SHIFT) * stride + (slot >> 6) * KINDS + kind}, a day's row being {@code stride} words: the four
 * kinds of one day and 64 officers are 32 bytes side by side. Days outside the table's rows read as unset and are not
 * set; {@link #noneIn} answers "not sure" for them, so the commitment filters stay conservative.
 */
final class OfficerDays {
  static final int LEAVE = 0;
  static final int SICK = 1;
  /**
   * Days touched by a commitment (a filter: a set bit only sends a check to the search, and a released commitment's
   * bits stay), and days a commitment starts on (exact: a release clears its day unless another starts on it).
   */
  static final int COMMITTED = 2;
  static final int STARTS = 3;
  private static final int KINDS = 4;
  /** Commitments may start the day before the period (a night shift): day -1 is row 1. */
  private static final int DAY_SHIFT = 2;

  private final int officers;
  /** Words from one day's row to the next: {@link #KINDS} for each 64 officers. */
  private final int stride;
  /** Rows of days covered, from day {@code -DAY_SHIFT}: the period and at least two months after it. */
  private final int rows;
  private final long[] bits;
  /** Weeks counted from the period's first (part) week: a period of n days touches at most n / 7 + 2. */
  private final int weeks;
  /** Extra minutes by week, then officer; each capped at {@link Short#MAX_VALUE}. */
  private final short[] extra;

  /** A table for {@code officers} officers over a period of {@code days} days. */
  OfficerDays(int officers, int days) {
    if (officers < 0 || days < 0) throw new IllegalArgumentException("officers " + officers + ", days " + days);
    this.officers = officers;
    this.stride = ((officers + 63) >> 6) * KINDS;
    // The rows the officer-major layout covered (whole 64-day blocks past the period), so that which days the filters
    // are sure of did not change with the layout.
    this.rows = ((days + 2 * DAY_SHIFT + 64) / 64 + 1) * 64;
    this.bits = new long[rows * stride];
    this.weeks = days / 7 + 2;
    this.extra = new short[weeks * officers];
  }

  int officers() {
    return officers;
  }

  private int word(int kind, int slot, int at) {
    return at * stride + (slot >> 6) * KINDS + kind;
  }

  boolean bit(int kind, int slot, int day) {
    int at = day + DAY_SHIFT;
    return at >= 0 && at < rows && (bits[word(kind, slot, at)] & (1L << slot)) != 0;
  }

  /** Whether the day has a row (its bits can be set and are exact). */
  boolean covers(int day) {
    int at = day + DAY_SHIFT;
    return at >= 0 && at < rows;
  }

  /** Sets the day's bit; a day outside the rows sets nothing (and {@link #noneIn} is then never sure of it). */
  void set(int kind, int slot, int day) {
    int at = day + DAY_SHIFT;
    if (at >= 0 && at < rows) bits[word(kind, slot, at)] |= 1L << slot;
  }

  void clear(int kind, int slot, int day) {
    int at = day + DAY_SHIFT;
    if (at >= 0 && at < rows) bits[word(kind, slot, at)] &= ~(1L << slot);
  }

  /** Whether the officer certainly has no bit of the kind in days [first, last]; false when unsure (days outside). */
  boolean noneIn(int kind, int slot, int first, int last) {
    int lo = first + DAY_SHIFT;
    int hi = last + DAY_SHIFT;
    if (lo < 0 || hi >= rows) return false;
    long mask = 1L << slot;
    int end = word(kind, slot, hi);
    for (int i = word(kind, slot, lo); i <= end; i += stride) {
      if ((bits[i] & mask) != 0) return false;
    }
    return true;
  }

  /** Extra minutes in the week (index from the period's first week); 0 outside the period's weeks. */
  int extraMinutes(int slot, int week) {
    if (week < 0 || week >= weeks) return 0;
    return extra[week * officers + slot];
  }

  /** Adds minutes to the week's extra minutes, capped at {@link Short#MAX_VALUE}; nothing outside the period's weeks. */
  void addExtraMinutes(int slot, int week, int minutes) {
    if (minutes <= 0 || week < 0 || week >= weeks) return;
    int at = week * officers + slot;
    extra[at] = (short) Math.min(Short.MAX_VALUE, extra[at] + minutes);
  }
}
