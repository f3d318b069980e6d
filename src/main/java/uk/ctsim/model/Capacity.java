package uk.ctsim.model;

import uk.ctsim.model.events.Minutes;

/** A pool of people counted by the hour (the generic mutual-aid pool): how many are in use in each hour of the period. */
final class Capacity {
  private final int[] inUse;
  private final int limit;

  Capacity(int days, int limit) {
    this.inUse = new int[(days + 2) * Minutes.PER_DAY / Minutes.PER_HOUR];
    this.limit = limit;
  }

  /** Reserves up to {@code want} for [start, end) and returns how many were reserved. */
  int reserve(long start, long end, int want) {
    int from = (int) Math.max(0, start / Minutes.PER_HOUR);
    int to = (int) Math.min(inUse.length, (end + Minutes.PER_HOUR - 1) / Minutes.PER_HOUR);
    int peak = 0;
    for (int h = from; h < to; h++) peak = Math.max(peak, inUse[h]);
    int got = Math.min(want, limit - peak);
    if (got <= 0) return 0;
    for (int h = from; h < to; h++) inUse[h] += got;
    return got;
  }
}
