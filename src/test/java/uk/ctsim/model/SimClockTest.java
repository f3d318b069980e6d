package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DutyFacts;

/** The calendar arithmetic the pay rules rely on: clear days of notice, unsocial minutes, recalls from leave. */
class SimClockTest {
  private static final int DAY = SimClock.MINUTES_PER_DAY;

  @Test
  void clearDaysCountNeitherTheDayOfNoticeNorTheDayOfDuty() {
    // told Monday 23:59 for Wednesday 00:00: only Tuesday is clear
    assertThat(SimClock.clearDays(DAY - 1, 2L * DAY)).isEqualTo(1);
    // told Monday 00:00 for Wednesday 23:59: still 1
    assertThat(SimClock.clearDays(0, 3L * DAY - 1)).isEqualTo(1);
    // same day or next day: 0; never negative
    assertThat(SimClock.clearDays(10, 20)).isZero();
    assertThat(SimClock.clearDays(0, DAY + 600)).isZero();
    assertThat(SimClock.clearDays(5L * DAY, 0)).isZero();
    // 15 whole days between: 15 clear days (the rest-day premium stops at 15)
    assertThat(SimClock.clearDays(0, 16L * DAY + 480)).isEqualTo(15);
    // before the period (negative minutes) counts by calendar day too
    assertThat(SimClock.clearDays(-1, DAY)).isEqualTo(1);
  }

  @Test
  void nightMinutesAreThoseBetween20And06() {
    assertThat(SimClock.nightMinutes(8 * 60, 17 * 60)).isZero();
    assertThat(SimClock.nightMinutes(18 * 60, 22 * 60)).isEqualTo(120);
    assertThat(SimClock.nightMinutes(22 * 60, DAY + 7 * 60)).isEqualTo(120 + 360);
    assertThat(SimClock.nightMinutes(5 * 60, 6 * 60 + 30)).isEqualTo(60);
    assertThat(SimClock.nightMinutes(0, 2L * DAY)).isEqualTo(2 * 600);
    assertThat(SimClock.nightMinutes(-120, 0)).isEqualTo(120);
    assertThat(SimClock.nightMinutes(600, 600)).isZero();
    assertThat(SimClock.nightMinutes(20 * 60, 20 * 60 + 1)).isEqualTo(1);
    assertThat(SimClock.nightMinutes(6 * 60 - 1, 6 * 60 + 1)).isEqualTo(1);
  }

  @Test
  void recallsAreCountedPerAbsenceAndOncePerDay() {
    Officer o = new Officer(1, uk.ctsim.scenario.ForceId.MET, uk.ctsim.scenario.Rank.CONSTABLE,
        uk.ctsim.scenario.Role.RESPONSE, 0, 0, 30);
    assertThat(o.recallFromLeave(10, 11)).isEqualTo(1);
    assertThat(o.recallFromLeave(10, 11)).as("the same day again").isEqualTo(1);
    assertThat(o.recallFromLeave(10, 12)).isEqualTo(2);
    assertThat(o.recallFromLeave(10, 14)).isEqualTo(3);
    assertThat(o.recallFromLeave(20, 21)).as("a new absence").isEqualTo(1);
  }

  @Test
  void dutyFactsRejectNegativeCounts() {
    assertThat(DutyFacts.plain(42)).isEqualTo(new DutyFacts(42, false, false, 0, 0, 0));
    assertThatThrownBy(() -> new DutyFacts(0, false, false, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DutyFacts(0, false, false, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DutyFacts(0, false, false, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DutyFacts(0, false, false, 0, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pay step -1");
  }
}
