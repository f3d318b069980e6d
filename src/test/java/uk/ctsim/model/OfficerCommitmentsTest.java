package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;

/** The day filters in front of an officer's commitment search answer exactly as the search does. */
class OfficerCommitmentsTest {
  private static final int DAY = 1440;

  private static Officer officer(int days) {
    return new Officer(1, ForceId.MET, Rank.CONSTABLE, Role.RESPONSE, 0, 0, days);
  }

  @Test
  void busyOnlyWhereACommitmentOverlaps() {
    Officer o = officer(200);
    o.commit(130 * DAY + 600, 130 * DAY + 1080);
    assertThat(o.busy(130 * DAY + 1079, 130 * DAY + 1200)).isTrue();
    assertThat(o.busy(130 * DAY + 1080, 130 * DAY + 1200)).isFalse();
    assertThat(o.busy(130 * DAY, 130 * DAY + 601)).isTrue();
    assertThat(o.busy(130 * DAY, 130 * DAY + 600)).isFalse();
    assertThat(o.busy(129 * DAY, 131 * DAY + 5)).isTrue();
    assertThat(o.busy(131 * DAY, 132 * DAY)).isFalse();
    assertThat(o.busy(129 * DAY, 130 * DAY)).isFalse();
  }

  @Test
  void aNightShiftTouchesBothDaysAndOneBeforeThePeriodCounts() {
    Officer o = officer(100);
    o.commit(63 * DAY + 1320, 64 * DAY + 420);
    assertThat(o.busy(64 * DAY + 419, 64 * DAY + 500)).isTrue();
    assertThat(o.busy(64 * DAY + 420, 64 * DAY + 500)).isFalse();
    o.commit(-120, 360);
    assertThat(o.busy(-60, -30)).isTrue();
    assertThat(o.busy(300, 400)).isTrue();
    assertThat(o.busy(360, 400)).isFalse();
    assertThat(o.deployedOnDay(-1)).isTrue();
    assertThat(o.deployedOnDay(0)).isFalse();
    assertThat(o.deployedOnDay(63)).isTrue();
    assertThat(o.deployedOnDay(64)).isFalse();
  }

  @Test
  void commitmentsBeyondThePeriodAreStillFound() {
    Officer o = officer(10);
    o.commit(40 * DAY, 40 * DAY + 60);
    assertThat(o.busy(40 * DAY + 30, 40 * DAY + 31)).isTrue();
    assertThat(o.deployedOnDay(40)).isTrue();
    assertThat(o.busy(-5 * DAY, -4 * DAY)).isFalse();
  }

  @Test
  void theFilterAnswersNoneOnlyWhenNoDayInTheRangeIsMarked() {
    Officer o = officer(100);                          // three 64-day blocks: days -2 to 189
    o.commit(68 * DAY + 60, 68 * DAY + 120);           // bit 6 of block 1
    assertThat(o.noCommitmentIn(0, 67)).isTrue();
    assertThat(o.noCommitmentIn(0, 68)).isFalse();
    assertThat(o.noCommitmentIn(68, 68)).isFalse();
    assertThat(o.noCommitmentIn(69, 130)).isTrue();
    assertThat(o.noCommitmentIn(60, 61)).isTrue();
    assertThat(o.noCommitmentIn(-2, 0)).isTrue();
    assertThat(o.noCommitmentIn(-3, 0)).as("a day before the filter: unsure").isFalse();
    assertThat(o.noCommitmentIn(180, 189)).isTrue();
    assertThat(o.noCommitmentIn(180, 190)).as("a day after the filter: unsure").isFalse();
    o.commit(61 * DAY, 61 * DAY + 60);                 // bit 63 of block 0
    assertThat(o.noCommitmentIn(61, 61)).isFalse();
    assertThat(o.noCommitmentIn(0, 60)).isTrue();
    o.commit(126 * DAY, 126 * DAY + 60);               // bit 0 of block 2
    assertThat(o.noCommitmentIn(126, 126)).isFalse();
    assertThat(o.noCommitmentIn(127, 150)).isTrue();
    assertThat(o.noCommitmentIn(62, 67)).isTrue();
  }

  @Test
  void answersMatchAPlainListWhateverTheOrderOfBooking() {
    java.util.Random random = new java.util.Random(11);
    for (int trial = 0; trial < 50; trial++) {
      Officer o = officer(60);
      java.util.List<long[]> spans = new java.util.ArrayList<>();
      // Up to 30 shifts on distinct days (no two overlap), booked in a shuffled order.
      java.util.List<Integer> days = new java.util.ArrayList<>();
      for (int d = -1; d < 59; d++) days.add(d);
      java.util.Collections.shuffle(days, random);
      for (int d : days.subList(0, 1 + random.nextInt(30))) {
        long start = (long) d * DAY + random.nextInt(16) * 60;
        long end = start + 60 + random.nextInt(12) * 60;
        o.commit(start, end);
        spans.add(new long[] {start, end});
      }
      for (int q = 0; q < 200; q++) {
        long from = random.nextInt(62 * DAY) - DAY;
        long to = from + 1 + random.nextInt(2 * DAY);
        boolean busy = spans.stream().anyMatch(s -> s[0] < to && s[1] > from);
        assertThat(o.busy(from, to)).as("busy %d-%d", from, to).isEqualTo(busy);
        long dayStart = Math.floorDiv(from, DAY) * DAY;
        boolean starts = spans.stream().anyMatch(s -> s[0] >= dayStart && s[0] < dayStart + DAY);
        assertThat(o.deployedOnDay(Math.toIntExact(dayStart / DAY))).as("deployed on %d", dayStart)
            .isEqualTo(starts);
      }
      for (int i = 1; i < o.commitmentCount(); i++) {
        assertThat(o.commitmentStart(i)).isGreaterThan(o.commitmentStart(i - 1));
      }
    }
  }

  /**
   * Bookings and releases (pre-emption) interleaved, mostly in time order as a simulation books them, with every
   * question asked after each change: the latest commitment's start and end, which answer most questions without a
   * search, stay right when the latest is released or a booking lands before it.
   */
  @Test
  void answersMatchAPlainListThroughBookingsAndReleases() {
    java.util.Random random = new java.util.Random(29);
    for (int trial = 0; trial < 40; trial++) {
      Officer o = officer(60);
      java.util.List<long[]> spans = new java.util.ArrayList<>();
      java.util.Set<Integer> used = new java.util.HashSet<>();
      for (int step = 0; step < 60; step++) {
        if (!spans.isEmpty() && random.nextInt(4) == 0) {
          long[] gone = random.nextBoolean() ? spans.get(spans.size() - 1) : spans.get(random.nextInt(spans.size()));
          o.release(gone[0], gone[1]);
          spans.remove(gone);
          used.remove((int) Math.floorDiv(gone[0], DAY));
        } else {
          // Mostly the day after the latest booked so far, sometimes any free day (a booking ahead, or one behind).
          int day = random.nextInt(3) > 0 ? step : random.nextInt(59) - 1;
          if (!used.add(day)) continue;
          long start = (long) day * DAY + random.nextInt(16) * 60;
          long end = start + 60 + random.nextInt(12) * 60;
          o.commit(start, end);
          spans.add(new long[] {start, end});
          spans.sort(java.util.Comparator.comparingLong(s -> s[0]));
        }
        for (int q = 0; q < 20; q++) {
          long from = random.nextInt(62 * DAY) - DAY;
          long to = from + random.nextInt(2 * DAY) - (random.nextInt(10) == 0 ? 1 : 0);
          // An empty or reversed span asks whether a commitment is under way at 'from' (restBroken with no rest).
          boolean busy = spans.stream().anyMatch(s -> s[0] < to && s[1] > from);
          assertThat(o.busy(from, to)).as("trial %d step %d: busy %d-%d", trial, step, from, to).isEqualTo(busy);
          long dayStart = Math.floorDiv(from, DAY) * DAY;
          boolean starts = spans.stream().anyMatch(s -> s[0] >= dayStart && s[0] < dayStart + DAY);
          assertThat(o.deployedOnDay(Math.toIntExact(dayStart / DAY))).as("deployed on %d", dayStart)
            .isEqualTo(starts);
        }
      }
    }
  }

  @Test
  void aFullArrayForgetsWhatEndedAWeekBeforeTheBookingAndRefusesQuestionsAboutThen() {
    int full = Officer.FIRST_CAPACITY;
    Officer o = officer(60);
    for (int d = 0; d < full; d++) o.commit(d * DAY + 480, d * DAY + 960, d * DAY);   // fills every place
    assertThat(o.commitmentCount()).isEqualTo(full);
    // Booked at 07:00 a week after the day after the last: everything ended by then is forgotten first.
    o.commit((full + 20) * DAY + 480, (full + 20) * DAY + 960, (full + 7) * DAY + 420);
    assertThat(o.commitmentCount()).isEqualTo(1);
    assertThat(o.commitmentStart(0)).isEqualTo((full + 20) * DAY + 480);
    assertThat(o.busy((full + 20) * DAY + 900, (full + 20) * DAY + 1000)).isTrue();
    assertThat(o.busy(full * DAY + 420, (full + 1) * DAY)).isFalse();
    assertThatThrownBy(() -> o.busy((full - 1) * DAY + 900, (full - 1) * DAY + 1000))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("forgotten");
    assertThatThrownBy(() -> o.deployedOnDay(full - 1)).isInstanceOf(IllegalStateException.class);
    assertThat(o.deployedOnDay(full + 20)).isTrue();
  }

  @Test
  void nothingIsForgottenWhileItMightStillBeAskedAbout() {
    int full = Officer.FIRST_CAPACITY;
    int last = full - 1;
    Officer o = officer(60);
    for (int d = 0; d < full; d++) o.commit(d * DAY + 480, d * DAY + 960, d * DAY);
    // Booked exactly a week after the last shift ended: it is forgotten with the others.
    o.commit((last + 9) * DAY + 480, (last + 9) * DAY + 960, (last + 7) * DAY + 960);
    assertThat(o.commitmentCount()).isEqualTo(1);
    Officer p = officer(60);
    for (int d = 0; d < full; d++) p.commit(d * DAY + 480, d * DAY + 960, d * DAY);
    p.commit((last + 9) * DAY + 480, (last + 9) * DAY + 960, (last + 7) * DAY + 959);   // a minute earlier: kept
    assertThat(p.commitmentCount()).isEqualTo(2);
    assertThat(p.busy(last * DAY + 959, last * DAY + 1000)).isTrue();                  // its last minute
    Officer q = officer(60);
    for (int d = 0; d <= full; d++) q.commit(d * DAY + 480, d * DAY + 960);              // time unknown: all kept
    assertThat(q.commitmentCount()).isEqualTo(full + 1);
    assertThat(q.busy(480, 481)).isTrue();
  }
}
