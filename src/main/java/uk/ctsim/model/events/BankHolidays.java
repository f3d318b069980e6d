package uk.ctsim.model.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * England and Wales bank holidays, computed by the rules of the Banking and Financial Dealings Act 1971 and the
 * royal proclamations that moved or added days (2002, 2011, 2012, 2020, 2022, 2023). Valid 1995-2040.
 */
public final class BankHolidays {
  private BankHolidays() {}

  public static Set<LocalDate> forYear(int year) {
    Set<LocalDate> days = new TreeSet<>();
    days.add(substitute(LocalDate.of(year, 1, 1)));
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    LocalDate earlyMay = LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    if (year == 1995) earlyMay = LocalDate.of(1995, 5, 8);
    if (year == 2020) earlyMay = LocalDate.of(2020, 5, 8);
    days.add(earlyMay);
    LocalDate spring = LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    if (year == 2002) spring = LocalDate.of(2002, 6, 4);
    if (year == 2012) spring = LocalDate.of(2012, 6, 4);
    if (year == 2022) spring = LocalDate.of(2022, 6, 2);
    days.add(spring);
    days.add(LocalDate.of(year, Month.AUGUST, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    addChristmas(days, year);
    switch (year) {
      case 1999 -> days.add(LocalDate.of(1999, 12, 31));
      case 2002 -> days.add(LocalDate.of(2002, 6, 3));
      case 2011 -> days.add(LocalDate.of(2011, 4, 29));
      case 2012 -> days.add(LocalDate.of(2012, 6, 5));
      case 2022 -> {
        days.add(LocalDate.of(2022, 6, 3));
        days.add(LocalDate.of(2022, 9, 19));
      }
      case 2023 -> days.add(LocalDate.of(2023, 5, 8));
      default -> { }
    }
    return days;
  }

  private static void addChristmas(Set<LocalDate> days, int year) {
    LocalDate christmas = LocalDate.of(year, 12, 25);
    LocalDate boxing = LocalDate.of(year, 12, 26);
    switch (christmas.getDayOfWeek()) {
      case SATURDAY -> {
        days.add(christmas.plusDays(2));
        days.add(christmas.plusDays(3));
      }
      case SUNDAY -> {
        days.add(christmas.plusDays(1).plusDays(1));
        days.add(boxing);
      }
      case FRIDAY -> {
        days.add(christmas);
        days.add(christmas.plusDays(3));
      }
      default -> {
        days.add(christmas);
        days.add(boxing);
      }
    }
  }

  private static LocalDate substitute(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.plusDays(2);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }

  /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
