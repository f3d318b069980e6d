package uk.ctsim.model.events;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Night minutes are counted by a formula (the night minutes up to the end less those up to the start); this holds it
 * to the plain count it replaced, day by day over the span, for spans anywhere within a few years either side of the
 * period's start, of any length up to three days, empty and reversed.
 */
class NightMinutesTest {
  private static final int DAY = Minutes.PER_DAY;

  @Property(tries = 5000)
  void theFormulaCountsWhatTheDayByDayCountCounts(
      @ForAll @IntRange(min = -3 * 366 * DAY, max = 3 * 366 * DAY) int from,
      @ForAll @IntRange(min = -60, max = 3 * DAY) int length) {
    assertThat(Minutes.nightMinutes(from, (long) from + length)).isEqualTo(dayByDay(from, (long) from + length));
  }

  /** The count as it was made before: the overlap with 00:00-06:00 and 20:00-24:00 of each day the span touches. */
  private static int dayByDay(long from, long to) {
    long minutes = 0;
    for (long day = Math.floorDiv(from, DAY); day * DAY < to; day++) {
      long midnight = day * DAY;
      minutes += overlap(from, to, midnight, midnight + Minutes.NIGHT_TO);
      minutes += overlap(from, to, midnight + Minutes.NIGHT_FROM, midnight + DAY);
    }
    return (int) minutes;
  }

  private static long overlap(long a, long b, long c, long d) {
    return Math.max(0, Math.min(b, d) - Math.max(a, c));
  }
}
