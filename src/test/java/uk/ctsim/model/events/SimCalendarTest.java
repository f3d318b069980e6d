package uk.ctsim.model.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.Period;

/**
 * The one calendar and the units of simulated time, against values worked out by hand: days, dates, weeks, bank
 * holidays, the labels costs are counted in, clear days of notice and unsocial minutes, and the duty records.
 */
class SimCalendarTest {
  private static final int DAY = Minutes.PER_DAY;

  @Test
  void theUnitsAreDefinedOnceAndConvertBothWays() {
    assertThat(Minutes.PER_HOUR).isEqualTo(60);
    assertThat(Minutes.PER_DAY).isEqualTo(1440);
    assertThat(Minutes.startOfDay(3)).isEqualTo(4320L);
    assertThat(Minutes.startOfDay(-1)).isEqualTo(-1440L);
    assertThat(Minutes.startOfDay(2_000_000)).as("no int overflow").isEqualTo(2_880_000_000L);
    assertThat(Minutes.ofHours(7.5)).isEqualTo(450);
    assertThat(Minutes.ofHours(0.0083)).as("rounded to the nearest minute").isEqualTo(0);
    assertThat(Minutes.ofHours(0.0084)).isEqualTo(1);
    assertThat(Minutes.ofDays(1.5)).isEqualTo(2160);
    assertThat(Minutes.hours(90)).isEqualTo(1.5);
    assertThat(Minutes.days(720)).isEqualTo(0.5);
    assertThat(Minutes.ofTimeOfDay(LocalTime.of(19, 45, 59))).isEqualTo(19 * 60 + 45);
    assertThat(Minutes.NONE).isLessThan(-1_000_000_000_000L);
  }

  @Test
  void labelsOfWeeksMonthsAndFinancialYears() {
    assertThat(SimCalendar.isoWeek(LocalDate.of(2017, 3, 6))).isEqualTo("2017-W10");
    assertThat(SimCalendar.isoWeek(LocalDate.of(2017, 3, 5))).isEqualTo("2017-W09");
    assertThat(SimCalendar.isoWeek(LocalDate.of(2017, 1, 1))).as("week-based year").isEqualTo("2016-W52");
    assertThat(SimCalendar.isoWeek(LocalDate.of(2018, 12, 31))).isEqualTo("2019-W01");
    assertThat(SimCalendar.month(LocalDate.of(2017, 9, 30))).isEqualTo("2017-09");
    assertThat(SimCalendar.month(LocalDate.of(2017, 10, 1))).isEqualTo("2017-10");
    assertThat(SimCalendar.financialYear(LocalDate.of(2017, 3, 31))).isEqualTo("2016-17");
    assertThat(SimCalendar.financialYear(LocalDate.of(2017, 4, 1))).isEqualTo("2017-18");
    assertThat(SimCalendar.financialYear(LocalDate.of(2009, 4, 1))).isEqualTo("2009-10");
    assertThat(SimCalendar.financialYear(LocalDate.of(2000, 2, 29))).isEqualTo("1999-00");
  }

  @Test
  void datesOfMinutesBeforeInsideAndAfterThePeriod() {
    SimCalendar c = new SimCalendar(LocalDate.of(2017, 3, 31), 2);
    assertThat(c.start()).isEqualTo(LocalDate.of(2017, 3, 31));
    assertThat(c.dateOf(0)).isEqualTo(LocalDate.of(2017, 3, 31));
    assertThat(c.dateOf(DAY - 1)).isEqualTo(LocalDate.of(2017, 3, 31));
    assertThat(c.dateOf(DAY)).isEqualTo(LocalDate.of(2017, 4, 1));
    assertThat(c.dateOf(-1)).isEqualTo(LocalDate.of(2017, 3, 30));
    assertThat(c.endMinute()).isEqualTo(2L * DAY);
  }

  @Test
  void theClockConvertsMinutesDaysAndDates() {
    // 1 June 2017 is a Thursday: days 0-3 are ISO week 0, Monday 5 June starts week 1.
    SimCalendar c = new SimCalendar(new Period(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 30)));
    assertThat(c.days()).isEqualTo(30);
    assertThat(c.endMinute()).isEqualTo(30 * 1440L);
    assertThat(c.date(4)).isEqualTo(LocalDate.of(2017, 6, 5));
    assertThat(Minutes.dayOf(1439)).isZero();
    assertThat(Minutes.dayOf(1440)).isEqualTo(1);
    assertThat(Minutes.dayOf(-1)).isEqualTo(-1);
    assertThat(c.dateTime(1530)).isEqualTo(LocalDateTime.of(2017, 6, 2, 1, 30));
    assertThat(c.minuteOf(LocalDateTime.of(2017, 6, 2, 1, 30))).isEqualTo(1530);
    assertThat(c.minuteOf(LocalDate.of(2017, 6, 3))).isEqualTo(2 * 1440);
    assertThat(c.minuteOf(LocalDate.of(2017, 5, 31))).isEqualTo(-1440);
    assertThat(c.dayOf(LocalDate.of(2017, 6, 11))).isEqualTo(10);
    assertThat(c.weekIndex(0)).isZero();
    assertThat(c.weekIndex(3)).isZero();
    assertThat(c.weekIndex(4)).isEqualTo(1);
    assertThat(c.weekIndex(11)).isEqualTo(2);
    assertThat(c.weekIndex(-1)).isZero();
    assertThat(c.weekIndex(-4)).isEqualTo(-1);
  }

  @Test
  void theClockKnowsBankHolidaysInsideAndJustAfterThePeriod() {
    // 2017: Monday 2 January (for the Sunday New Year), Good Friday 14 April; 1 January 2018 is a Monday.
    SimCalendar c = new SimCalendar(new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)));
    assertThat(c.isBankHoliday(0)).isFalse();
    assertThat(c.isBankHoliday(1)).isTrue();
    assertThat(c.isBankHoliday(103)).isTrue();
    assertThat(c.isBankHoliday(102)).isFalse();
    assertThat(c.isBankHoliday(365)).isTrue();
    assertThat(c.isBankHoliday(366)).isFalse();
    assertThat(c.isBankHoliday(367)).isFalse();
    assertThat(c.isBankHoliday(-1)).isFalse();
    SimCalendar december = new SimCalendar(new Period(LocalDate.of(2016, 12, 25), LocalDate.of(2016, 12, 31)));
    assertThat(december.isBankHoliday(0)).isFalse();  // Christmas Day 2016 was a Sunday
    assertThat(december.isBankHoliday(1)).isTrue();   // Boxing Day, Monday
    assertThat(december.isBankHoliday(2)).isTrue();   // substitute for Christmas, Tuesday
    assertThat(december.isBankHoliday(7)).isFalse();  // 1 January 2017, a Sunday
    assertThat(december.isBankHoliday(8)).isTrue();   // 2 January 2017: next year's holidays count too
  }

  @Test
  void easterSundayOverFourDecades() {
    String[] dates = {"2000-04-23", "2001-04-15", "2002-03-31", "2003-04-20", "2004-04-11", "2005-03-27", "2006-04-16",
        "2007-04-08", "2008-03-23", "2009-04-12", "2010-04-04", "2011-04-24", "2012-04-08", "2013-03-31", "2014-04-20",
        "2015-04-05", "2016-03-27", "2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04", "2022-04-17",
        "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21",
        "2038-04-25"};
    for (String d : dates) {
      LocalDate easter = LocalDate.parse(d);
      assertThat(BankHolidays.easterSunday(easter.getYear())).as("Easter %d", easter.getYear()).isEqualTo(easter);
      assertThat(BankHolidays.forYear(easter.getYear())).contains(easter.minusDays(2), easter.plusDays(1));
    }
  }

  @Test
  void clearDaysCountNeitherTheDayOfNoticeNorTheDayOfDuty() {
    // told Monday 23:59 for Wednesday 00:00: only Tuesday is clear
    assertThat(Minutes.clearDays(DAY - 1, 2L * DAY)).isEqualTo(1);
    // told Monday 00:00 for Wednesday 23:59: still 1
    assertThat(Minutes.clearDays(0, 3L * DAY - 1)).isEqualTo(1);
    // same day or next day: 0; never negative
    assertThat(Minutes.clearDays(10, 20)).isZero();
    assertThat(Minutes.clearDays(0, DAY + 600)).isZero();
    assertThat(Minutes.clearDays(5L * DAY, 0)).isZero();
    // 15 whole days between: 15 clear days (the rest-day premium stops at 15)
    assertThat(Minutes.clearDays(0, 16L * DAY + 480)).isEqualTo(15);
    // before the period (negative minutes) counts by calendar day too
    assertThat(Minutes.clearDays(-1, DAY)).isEqualTo(1);
    // notice from long ago is capped at the largest int, never wrapped round
    assertThat(Minutes.clearDays(Long.MIN_VALUE / 4, 0)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void nightMinutesAreThoseBetween20And06() {
    assertThat(Minutes.nightMinutes(8 * 60, 17 * 60)).isZero();
    assertThat(Minutes.nightMinutes(18 * 60, 22 * 60)).isEqualTo(120);
    assertThat(Minutes.nightMinutes(22 * 60, DAY + 7 * 60)).isEqualTo(120 + 360);
    assertThat(Minutes.nightMinutes(5 * 60, 6 * 60 + 30)).isEqualTo(60);
    assertThat(Minutes.nightMinutes(0, 2L * DAY)).isEqualTo(2 * 600);
    assertThat(Minutes.nightMinutes(-120, 0)).isEqualTo(120);
    assertThat(Minutes.nightMinutes(600, 600)).isZero();
    assertThat(Minutes.nightMinutes(20 * 60, 20 * 60 + 1)).isEqualTo(1);
    assertThat(Minutes.nightMinutes(6 * 60 - 1, 6 * 60 + 1)).isEqualTo(1);
  }

  @Test
  void dutyRecordsRejectNegativeCounts() {
    assertThat(DutyFacts.plain(42)).isEqualTo(new DutyFacts(42, false, false, 0, 0, 0));
    assertThatThrownBy(() -> new DutyFacts(0, false, false, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DutyFacts(0, false, false, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DutyFacts(0, false, false, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DutyFacts(0, false, false, 0, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pay step -1");
    assertThat(new DutyMinutes(1, 20, 300, 4000).total()).isEqualTo(4321);
    assertThat(new DutyMinutes(0, 0, 0, 0).total()).isZero();
    assertThatThrownBy(() -> new DutyMinutes(-1, 0, 0, 0)).hasMessageContaining("rostered -1");
    assertThatThrownBy(() -> new DutyMinutes(0, -1, 0, 0)).hasMessageContaining("overtime -1");
    assertThatThrownBy(() -> new DutyMinutes(0, 0, -1, 0)).hasMessageContaining("rest day -1");
    assertThatThrownBy(() -> new DutyMinutes(0, 0, 0, -1)).hasMessageContaining("leave -1");
  }

  @Test
  void threatChangeCausesNameTheirAttackAndSayWhatHappened() {
    assertThat(ThreatChangeCause.TIMELINE).hasToString("timeline");
    assertThat(ThreatChangeCause.CRITICAL_PERIOD_ENDED).hasToString("critical period ended");
    assertThat(ThreatChangeCause.attack("plot-3")).hasToString("attack plot-3")
        .isEqualTo(new ThreatChangeCause(ThreatChangeCause.Kind.ATTACK, "plot-3"));
    assertThat(ThreatChangeCause.attack("plot-3").incidentId()).isEqualTo("plot-3");
    assertThatThrownBy(() -> new ThreatChangeCause(ThreatChangeCause.Kind.ATTACK, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThreatChangeCause(ThreatChangeCause.Kind.TIMELINE, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThreatChangeCause(null, null)).isInstanceOf(NullPointerException.class);
  }
}
