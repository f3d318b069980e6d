package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeeklyOccasionsTest {
  private static final int DAY = 1440;

  /** A period of 10 days from Wednesday 29 March 2017: ISO weeks 2017-W13 (days -2 to 4) and W14 (days 5 to 11). */
  private static WeeklyOccasions occasions() {
    return new WeeklyOccasions(LocalDate.of(2017, 3, 29), 10);
  }

  @Test
  void occasionsAreCountedByOfficerAndIsoWeek() {
    WeeklyOccasions w = occasions();
    assertThat(w.add(0, 0)).isEqualTo(1);
    assertThat(w.add(0, 4 * DAY + DAY - 1)).isEqualTo(2);  // Sunday 2 April, 23:59: still W13
    assertThat(w.add(0, 5 * DAY)).isEqualTo(1);  // Monday 3 April: W14
    assertThat(w.add(1, 0)).isEqualTo(1);  // another officer
    assertThat(w.add(0, 2 * DAY)).isEqualTo(3);
    assertThat(w.add(7, 9 * DAY)).isEqualTo(1);  // a later officer grows the arrays
    assertThat(w.add(7, 11 * DAY + 5)).isEqualTo(2);  // Sunday 9 April: the week after the period's last day, W14
  }

  @Test
  void daysBeforeThePeriodInItsFirstWeekShareTheWeeksCount() {
    WeeklyOccasions w = occasions();
    assertThat(w.add(3, -2 * DAY)).isEqualTo(1);  // Monday 27 March, W13
    assertThat(w.add(3, 0)).isEqualTo(2);
    assertThat(w.add(3, -3 * DAY)).isEqualTo(1);  // Sunday 26 March: W12, the week before the period
    assertThat(w.add(3, -2 * DAY - 1)).isEqualTo(2);
  }

  @Test
  void weeksBeyondTheArraysAndNegativeIdsAreCountedToo() {
    WeeklyOccasions w = occasions();
    assertThat(w.add(2, -10 * DAY)).isEqualTo(1);  // 19 March, W11
    assertThat(w.add(2, -9 * DAY)).isEqualTo(1);  // 20 March is a Monday: W12
    assertThat(w.add(2, -16 * DAY)).isEqualTo(2);  // 13 March, W11 again
    assertThat(w.add(2, 12 * DAY)).isEqualTo(1);  // Monday 10 April, W15
    assertThat(w.add(2, 18 * DAY)).isEqualTo(2);  // Sunday 16 April, W15
    assertThat(w.add(2, 19 * DAY)).isEqualTo(1);  // W16
    assertThat(w.add(-1, 0)).isEqualTo(1);
    assertThat(w.add(-1, DAY)).isEqualTo(2);
    assertThat(w.add(-2, DAY)).isEqualTo(1);
  }

  @Test
  void theWeeksOfThePeriodAndOneOnEachSideAreInTheArraysAndOthersApart() {
    WeeklyOccasions w = occasions();
    // W12 (the week before), W13, W14 (the period's last day, 7 April) and W15 (the week after) in the arrays
    w.add(0, -3 * DAY);
    w.add(0, 0);
    w.add(0, 9 * DAY + DAY - 1);
    w.add(0, 11 * DAY + 1);
    w.add(0, 18 * DAY);
    assertThat(w.countedApart()).isZero();
    w.add(0, -4 * DAY + 30);  // W12 still (Saturday 25 March)
    w.add(0, 19 * DAY);  // Monday 17 April: W16, beyond the arrays
    assertThat(w.countedApart()).isEqualTo(1);
    w.add(0, -10 * DAY);  // 19 March: W11
    assertThat(w.countedApart()).isEqualTo(2);
    w.add(-1, 0);
    assertThat(w.countedApart()).isEqualTo(3);
    w.add(40, 0);  // a later officer id grows the arrays
    assertThat(w.countedApart()).isEqualTo(3);
  }

  @Test
  void aCountStopsAtTheLargestShort() {
    WeeklyOccasions w = occasions();
    for (int i = 1; i < Short.MAX_VALUE; i++) w.add(0, 0);
    assertThat(w.add(0, 0)).isEqualTo(Short.MAX_VALUE);
    assertThat(w.add(0, 0)).isEqualTo(Short.MAX_VALUE);
    assertThat(w.add(0, 5 * DAY)).isEqualTo(1);
  }

  @Test
  void aPeriodStartingOnMondayHasNoDaysOfAnEarlierWeek() {
    WeeklyOccasions w = new WeeklyOccasions(LocalDate.of(2017, 3, 27), 7);
    assertThat(w.add(0, -1)).isEqualTo(1);  // Sunday 26 March
    assertThat(w.add(0, 0)).isEqualTo(1);
    assertThat(w.add(0, 6 * DAY + DAY - 1)).isEqualTo(2);
    assertThat(w.add(0, 7 * DAY)).isEqualTo(1);
    assertThat(w.add(0, 14 * DAY)).isEqualTo(1);
    assertThat(w.add(0, 14 * DAY + 1)).isEqualTo(2);
  }
}
