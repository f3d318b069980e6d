package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;

/**
 * The small parts the engine rests on, each against values worked out by hand (the calendar is in
 * {@code SimCalendarTest}): an officer's days, commitments and weekly extra hours, the hourly capacity of mutual aid and the military, a pool's
 * floor, and the random streams.
 */
class ModelPartsTest {
  private static Officer officer(int days, int accreditations) {
    return new Officer(7, ForceId.CITY, Rank.SERGEANT, Role.ARMED, accreditations, 3, days);
  }

  @Test
  void anOfficersLeaveAndSickDaysAreBitsOfItsOwn() {
    Officer o = officer(130, 0);
    for (int d : new int[] {0, 63, 64, 129}) o.setLeave(d);
    o.setSick(65);
    for (int d : new int[] {0, 63, 64, 129}) assertThat(o.onLeave(d)).as("day %d", d).isTrue();
    for (int d : new int[] {1, 62, 65, 128, 130, 10_000, -1}) assertThat(o.onLeave(d)).as("day %d", d).isFalse();
    assertThat(o.sick(65)).isTrue();
    assertThat(o.sick(64)).isFalse();
    assertThat(o.sick(66)).isFalse();
  }

  @Test
  void anOfficerHoldsOnlyItsAccreditations() {
    Officer o = officer(10, (1 << Accreditation.AFO.ordinal()) | (1 << Accreditation.SEARCH.ordinal()));
    assertThat(o.holds(null)).isTrue();
    assertThat(o.holds(Accreditation.AFO)).isTrue();
    assertThat(o.holds(Accreditation.SEARCH)).isTrue();
    assertThat(o.holds(Accreditation.ARV)).isFalse();
    assertThat(o.holds(Accreditation.PUBLIC_ORDER)).isFalse();
    assertThat(o.holds(Accreditation.FORENSIC)).isFalse();
    assertThat(officer(10, 0).holds(Accreditation.PUBLIC_ORDER)).isFalse();
    assertThat(o.id()).isEqualTo(7);
    assertThat(o.force()).isEqualTo(ForceId.CITY);
    assertThat(o.rank()).isEqualTo(Rank.SERGEANT);
    assertThat(o.role()).isEqualTo(Role.ARMED);
  }

  @Test
  void commitmentsAreKeptInOrderAndOverlapIsHalfOpen() {
    Officer o = officer(10, 0);
    long[][] shifts = {{5000, 5480}, {100, 200}, {3000, 3100}, {1440, 1500}, {9000, 9100}, {2000, 2010}};
    for (long[] s : shifts) o.commit(s[0], s[1]);
    assertThat(o.commitmentCount()).isEqualTo(6);
    long[] starts = new long[6];
    for (int i = 0; i < 6; i++) starts[i] = o.commitmentStart(i);
    assertThat(starts).containsExactly(100, 1440, 2000, 3000, 5000, 9000);
    assertThat(o.commitmentEnd(0)).isEqualTo(200);
    assertThat(o.commitmentEnd(5)).isEqualTo(9100);
    assertThat(o.busy(50, 100)).isFalse();
    assertThat(o.busy(50, 101)).isTrue();
    assertThat(o.busy(199, 300)).isTrue();
    assertThat(o.busy(200, 300)).isFalse();
    assertThat(o.busy(5479, 5600)).isTrue();
    assertThat(o.busy(5480, 8999)).isFalse();
    assertThat(o.busy(3050, 3060)).isTrue();
    // One deployment starting a day: [dayStart, dayStart + 1 day).
    assertThat(o.deployedOnDay(1)).isTrue();
    assertThat(o.deployedOnDay(4)).isFalse();  // 5760: nothing starts on day 4 (5000 is day 3)
    assertThat(o.deployedOnDay(3)).isTrue();
    assertThat(o.deployedOnDay(6)).isTrue();   // 9000 is day 6
    assertThat(o.deployedOnDay(7)).isFalse();
    Officer edge = officer(10, 0);
    edge.commit(2 * 1440 - 1, 2 * 1440 + 60);
    assertThat(edge.deployedOnDay(2)).isFalse();
    assertThat(edge.deployedOnDay(1)).isTrue();
    edge.commit(3 * 1440, 3 * 1440 + 60);
    assertThat(edge.deployedOnDay(2)).isFalse();
    assertThat(edge.deployedOnDay(3)).isTrue();
  }

  @Test
  void extraMinutesAreCountedByWeekAndCapped() {
    Officer o = officer(28, 0);                       // 28 days touch at most weeks 0 to 5
    assertThat(o.extraMinutes(0)).isZero();
    o.addExtraMinutes(0, 100);
    o.addExtraMinutes(0, 50);
    o.addExtraMinutes(3, 10);
    o.addExtraMinutes(4, 7);                          // weeks 0-3 share a word, 4 and 5 the next
    o.addExtraMinutes(5, 3);
    o.addExtraMinutes(6, 99);
    o.addExtraMinutes(-1, 99);
    o.addExtraMinutes(1, 0);
    o.addExtraMinutes(1, -5);
    assertThat(o.extraMinutes(0)).isEqualTo(150);
    assertThat(o.extraMinutes(1)).isZero();
    assertThat(o.extraMinutes(3)).isEqualTo(10);
    assertThat(o.extraMinutes(4)).isEqualTo(7);
    assertThat(o.extraMinutes(5)).isEqualTo(3);
    assertThat(o.extraMinutes(6)).isZero();
    assertThat(o.extraMinutes(-1)).isZero();
    o.addExtraMinutes(2, 40_000);
    assertThat(o.extraMinutes(2)).isEqualTo(Short.MAX_VALUE);
    o.addExtraMinutes(2, 1);
    assertThat(o.extraMinutes(2)).isEqualTo(Short.MAX_VALUE);
    assertThat(o.extraMinutes(1)).isZero();
    assertThat(o.extraMinutes(3)).isEqualTo(10);
  }

  @Test
  void capacityIsReservedByTheHourUpToItsLimit() {
    Capacity c = new Capacity(2, 10);
    assertThat(c.reserve(60, 120, 4)).isEqualTo(4);     // hour 1
    assertThat(c.reserve(119, 180, 10)).isEqualTo(6);   // hours 1 and 2: 4 already in hour 1
    assertThat(c.reserve(120, 121, 10)).isEqualTo(4);   // hour 2 holds 6
    assertThat(c.reserve(0, 60, 10)).isEqualTo(10);     // hour 0 only
    assertThat(c.reserve(0, 60, 1)).isZero();
    assertThat(c.reserve(180, 240, 0)).isZero();
    assertThat(c.reserve(180, 240, 3)).isEqualTo(3);    // hour 3
    assertThat(c.reserve(181, 239, 8)).isEqualTo(7);
    // Hours past the end of the period (and a day's margin) are not counted; before the start, from hour 0.
    assertThat(c.reserve(-120, 30, 10)).isZero();
    Capacity lastHours = new Capacity(1, 5);
    assertThat(lastHours.reserve(47 * 60, 50 * 60, 5)).isEqualTo(5);
    assertThat(lastHours.reserve(47 * 60 + 1, 47 * 60 + 2, 1)).isZero();
    assertThat(lastHours.reserve(46 * 60, 47 * 60, 5)).isEqualTo(5);
    assertThat(new Capacity(1, 0).reserve(0, 60, 1)).isZero();
  }

  @Test
  void aPoolsFloorCapsWhatMayBeTakenEachDay() {
    Pool p = new Pool(ForceId.MET, Role.RESPONSE, java.util.List.of(), 3, 0.5);
    p.onDuty[1] = 10;
    p.abstracted[1] = 4;
    assertThat(p.aboveFloor(1)).isTrue();
    assertThat(p.ordinary(1)).isEqualTo(6);
    p.abstracted[1] = 5;
    assertThat(p.aboveFloor(1)).isFalse();
    assertThat(p.ordinary(1)).isEqualTo(5);
    assertThat(p.aboveFloor(-1)).isFalse();
    assertThat(p.aboveFloor(5)).isFalse();
    p.onDuty[4] = 3;
    assertThat(p.aboveFloor(4)).isTrue();  // the two spare days after the period
    Pool none = new Pool(ForceId.MET, Role.RESPONSE, java.util.List.of(), 3, 1.0);
    none.onDuty[0] = 10;
    assertThat(none.aboveFloor(0)).isFalse();
  }

  @Test
  void eachPurposeHasItsOwnStreamFromTheSeed() {
    long seed = 42;
    RandomStreams streams = new RandomStreams(seed);
    for (RandomStreams.Purpose p : RandomStreams.Purpose.values()) {
      long s = RandomStreams.splitMix64(seed ^ RandomStreams.splitMix64(p.ordinal() + 1L));
      Well19937c expected = new Well19937c(new int[] {(int) s, (int) (s >>> 32), p.ordinal()});
      assertThat(streams.get(p).nextLong()).as("%s", p).isEqualTo(expected.nextLong());
    }
    assertThat(RandomStreams.splitMix64(0)).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(RandomStreams.splitMix64(0x9E3779B97F4A7C15L)).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(new RandomStreams(1).get(RandomStreams.Purpose.PLOTS).nextLong())
        .isNotEqualTo(new RandomStreams(1).get(RandomStreams.Purpose.THREAT).nextLong());
  }

  @Test
  void recallsAreCountedPerAbsenceAndOncePerDay() {
    Officer o = new Officer(1, ForceId.MET, Rank.CONSTABLE, Role.RESPONSE, 0, 0, 30);
    assertThat(o.recallFromLeave(10, 11)).isEqualTo(1);
    assertThat(o.recallFromLeave(10, 11)).as("the same day again").isEqualTo(1);
    assertThat(o.recallFromLeave(10, 12)).isEqualTo(2);
    assertThat(o.recallFromLeave(10, 14)).isEqualTo(3);
    assertThat(o.recallFromLeave(20, 21)).as("a new absence").isEqualTo(1);
  }

  @Test
  void generatedEventNumbersArePaddedToFourDigitsAsTheFormatterDid() {
    for (int n : new int[] {0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 123456}) {
      assertThat(EventGenerators.fourDigits(n)).isEqualTo(String.format("%04d", n));
    }
  }
}
