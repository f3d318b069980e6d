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
}
