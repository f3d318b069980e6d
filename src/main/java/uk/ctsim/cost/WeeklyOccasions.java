package uk.ctsim.cost;

import java.time.LocalDate;
import java.util.Arrays;
import uk.ctsim.model.events.Minutes;

/**
 * Counts occasions by officer and ISO week, for the 30-minute disregard of unplanned overtime (Annex G: the first
 * occasions in a week only). Weeks are numbered from the ISO week (Monday to Sunday) holding the period's first day, so
 * the number is one to one with the week's label. Each week has an array by officer id, made at the week's first
 * occasion: this is asked once for every unplanned overtime, and a pool's officers have neighbouring ids and are
 * deployed in pool order, so neighbouring occasions share a cache line (a hash table keyed by officer and week cost a
 * probe into a large table each time, and an array per officer a cold line each time). Officers with a negative id and
 * weeks beyond the arrays' reach (no recorded deployment should have one) are counted in a table instead.
 */
final class WeeklyOccasions {
  /** The weeks the arrays cover: those the period touches, and one on each side of it. */
  private final int weeks;
  /** Days from the Monday of the period's first week to the period's first day. */
  private final int mondayOffset;
  /** Occasions by week + 1 (so the week before the period is at 0), then by officer id; null until the first. */
  private final short[][] byWeek;
  /** A week's first array: room for a large force's officers, so that it seldom grows. */
  private static final int FIRST_LENGTH = 1024;
  /** Occasions of officers and weeks outside the arrays, keyed by officer id (high half) and week (low half). */
  private final PenceTable others = new PenceTable();

  WeeklyOccasions(LocalDate start, int days) {
    this.mondayOffset = start.getDayOfWeek().getValue() - 1;
    this.weeks = (mondayOffset + days + 6) / 7 + 2;
    this.byWeek = new short[weeks][];
  }

  /**
   * Counts one more occasion of the officer in the ISO week of a minute; gives the week's occasions so far, this one
   * included. A count stops at {@link Short#MAX_VALUE}, far above any officer's shifts in a week.
   */
  long add(int officerId, long minute) {
    int week = Math.floorDiv(Minutes.dayOf(minute) + mondayOffset, 7);
    int at = week + 1;
    if (officerId < 0 || at < 0 || at >= weeks) {
      long key = (long) officerId << 32 | (week & 0xffffffffL);
      others.add(key, 1);
      return others.get(key);
    }
    short[] counts = byWeek[at];
    if (counts == null || officerId >= counts.length) {
      counts = counts == null ? new short[Math.max(FIRST_LENGTH, officerId + 1)]
          : Arrays.copyOf(counts, Math.max(officerId + 1, counts.length * 2));
      byWeek[at] = counts;
    }
    if (counts[officerId] < Short.MAX_VALUE) counts[officerId]++;
    return counts[officerId];
  }

  /** Officer and week pairs counted in the table, not in the arrays: those of the rare occasions beyond them. */
  int countedApart() {
    return others.size();
  }
}
