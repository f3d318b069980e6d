package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;

/**
 * The pool's day-major table keeps each officer's bits and weekly minutes apart from its neighbours', wherever they
 * sit in a 64-officer word, and answers as a plain set of (kind, officer, day) would.
 */
class OfficerDaysTest {
  private static final int[] KINDS =
      {OfficerDays.LEAVE, OfficerDays.SICK, OfficerDays.COMMITTED, OfficerDays.STARTS};

  @Test
  void randomSetsAndClearsAnswerAsASetDoes() {
    int officers = 150; // three words a day, the last part full
    int days = 365;
    OfficerDays table = new OfficerDays(officers, days);
    Set<Long> set = new HashSet<>();
    Random rng = new Random(11);
    for (int i = 0; i < 40_000; i++) {
      int kind = KINDS[rng.nextInt(KINDS.length)];
      int slot = rng.nextInt(officers);
      int day = rng.nextInt(days + 4) - 2;
      if (rng.nextInt(4) == 0) {
        table.clear(kind, slot, day);
        set.remove(key(kind, slot, day));
      } else {
        table.set(kind, slot, day);
        set.add(key(kind, slot, day));
      }
    }
    for (int kind : KINDS) {
      for (int slot = 0; slot < officers; slot++) {
        for (int day = -2; day < days + 2; day++) {
          assertThat(table.bit(kind, slot, day)).as("kind %d officer %d day %d", kind, slot, day)
              .isEqualTo(set.contains(key(kind, slot, day)));
        }
        int first = rng.nextInt(days);
        int last = first + rng.nextInt(5);
        boolean none = true;
        for (int day = first; day <= last; day++) none &= !set.contains(key(kind, slot, day));
        assertThat(table.noneIn(kind, slot, first, last)).isEqualTo(none);
      }
    }
  }

  @Test
  void aBitBelongsToOneOfficerAndOneKind() {
    OfficerDays table = new OfficerDays(130, 30);
    table.set(OfficerDays.SICK, 64, 10);
    assertThat(table.bit(OfficerDays.SICK, 64, 10)).isTrue();
    assertThat(table.bit(OfficerDays.SICK, 0, 10)).isFalse();
    assertThat(table.bit(OfficerDays.SICK, 63, 10)).isFalse();
    assertThat(table.bit(OfficerDays.SICK, 65, 10)).isFalse();
    assertThat(table.bit(OfficerDays.SICK, 128, 10)).isFalse();
    assertThat(table.bit(OfficerDays.LEAVE, 64, 10)).isFalse();
    assertThat(table.bit(OfficerDays.SICK, 64, 9)).isFalse();
    assertThat(table.bit(OfficerDays.SICK, 64, 11)).isFalse();
  }

  @Test
  void daysOutsideTheRowsAreNeverSetAndNeverSure() {
    OfficerDays table = new OfficerDays(3, 30);
    assertThat(table.covers(-2)).isTrue();
    assertThat(table.covers(-3)).isFalse();
    table.set(OfficerDays.COMMITTED, 1, -3);
    assertThat(table.bit(OfficerDays.COMMITTED, 1, -3)).isFalse();
    assertThat(table.noneIn(OfficerDays.COMMITTED, 1, -3, 0)).isFalse();
    int beyond = 10_000;
    assertThat(table.covers(beyond)).isFalse();
    assertThat(table.noneIn(OfficerDays.COMMITTED, 1, 0, beyond)).isFalse();
    assertThat(table.noneIn(OfficerDays.COMMITTED, 1, 0, 29)).isTrue();
  }

  @Test
  void weeklyMinutesAreEachOfficersOwnAndCapped() {
    OfficerDays table = new OfficerDays(70, 365);
    Map<String, Integer> expected = new HashMap<>();
    Random rng = new Random(5);
    for (int i = 0; i < 5_000; i++) {
      int slot = rng.nextInt(70);
      int week = rng.nextInt(56) - 1;
      int minutes = rng.nextInt(900) - 100;
      table.addExtraMinutes(slot, week, minutes);
      if (minutes > 0 && week >= 0 && week < 365 / 7 + 2) {
        expected.merge(slot + "/" + week, minutes, (a, b) -> Math.min(Short.MAX_VALUE, a + b));
      }
    }
    for (int slot = 0; slot < 70; slot++) {
      for (int week = -1; week < 56; week++) {
        assertThat(table.extraMinutes(slot, week)).isEqualTo(expected.getOrDefault(slot + "/" + week, 0));
      }
    }
    table.addExtraMinutes(3, 5, Short.MAX_VALUE);
    table.addExtraMinutes(3, 5, Short.MAX_VALUE);
    assertThat(table.extraMinutes(3, 5)).isEqualTo(Short.MAX_VALUE);
  }

  @Test
  void officersOfOnePoolShareATableWithoutMixingState() {
    OfficerDays table = new OfficerDays(2, 30);
    Officer a = new Officer(10, ForceId.MET, Rank.CONSTABLE, Role.RESPONSE, 0, 0, table, 0);
    Officer b = new Officer(11, ForceId.MET, Rank.CONSTABLE, Role.RESPONSE, 0, 1, table, 1);
    a.setSick(4);
    b.commit(5 * 1440 + 60, 5 * 1440 + 600);
    b.addExtraMinutes(0, 90);
    assertThat(a.sick(4)).isTrue();
    assertThat(b.sick(4)).isFalse();
    assertThat(b.deployedOnDay(5)).isTrue();
    assertThat(a.deployedOnDay(5)).isFalse();
    assertThat(a.busy(5 * 1440, 6 * 1440)).isFalse();
    assertThat(b.extraMinutes(0)).isEqualTo(90);
    assertThat(a.extraMinutes(0)).isZero();
    assertThatThrownBy(() -> new Officer(12, ForceId.MET, Rank.CONSTABLE, Role.RESPONSE, 0, 0, table, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long key(int kind, int slot, int day) {
    return ((long) kind << 40) | ((long) slot << 20) | (day + 10);
  }
}
