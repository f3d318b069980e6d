package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(o.deployedOnDay(-DAY)).isTrue();
    assertThat(o.deployedOnDay(0)).isFalse();
    assertThat(o.deployedOnDay(63 * DAY)).isTrue();
    assertThat(o.deployedOnDay(64 * DAY)).isFalse();
  }

  @Test
  void commitmentsBeyondThePeriodAreStillFound() {
    Officer o = officer(10);
    o.commit(40 * DAY, 40 * DAY + 60);
    assertThat(o.busy(40 * DAY + 30, 40 * DAY + 31)).isTrue();
    assertThat(o.deployedOnDay(40 * DAY)).isTrue();
    assertThat(o.busy(-5 * DAY, -4 * DAY)).isFalse();
  }

  @Test
  void theFilterAnswersNoneOnlyWhenNoDayInTheRangeIsMarked() {
    long[] filter = new long[3];
    // day d is bit d + 2
    filter[1] = 1L << (70 - 64);
    assertThat(Officer.noneIn(filter, 0, 67)).isTrue();
    assertThat(Officer.noneIn(filter, 0, 68)).isFalse();
    assertThat(Officer.noneIn(filter, 68, 68)).isFalse();
    assertThat(Officer.noneIn(filter, 69, 130)).isTrue();
    assertThat(Officer.noneIn(filter, 60, 61)).isTrue();
    assertThat(Officer.noneIn(filter, -2, 0)).isTrue();
    assertThat(Officer.noneIn(filter, -3, 0)).isFalse();
    assertThat(Officer.noneIn(filter, 180, 189)).isTrue();
    assertThat(Officer.noneIn(filter, 180, 190)).isFalse();
    filter[0] = 1L << 63;
    assertThat(Officer.noneIn(filter, 61, 61)).isFalse();
    assertThat(Officer.noneIn(filter, 0, 60)).isTrue();
    filter[2] = 1L;
    assertThat(Officer.noneIn(filter, 126, 126)).isFalse();
    assertThat(Officer.noneIn(filter, 127, 150)).isTrue();
  }
}
